import QuizKit

/// The options and positional arguments of one command line, checked against its spec.
public struct ParsedArguments: Sendable {
    /// The command they belong to.
    public let command: CommandSpec
    /// Long names of the flags given.
    public private(set) var flags: Set<String> = []
    /// Values given per long option name, in order.
    public private(set) var values: [String: [String]] = [:]
    /// Positional arguments, in order.
    public private(set) var positionals: [String] = []

    init(command: CommandSpec) {
        self.command = command
    }

    mutating func addFlag(_ name: String) { flags.insert(name) }
    mutating func addValue(_ value: String, for name: String) { values[name, default: []].append(value) }
    mutating func addPositional(_ value: String) { positionals.append(value) }

    /// Whether a flag was given.
    public func flag(_ name: String) -> Bool { flags.contains(name) }

    /// The last value given for an option.
    public func value(_ name: String) -> String? { values[name]?.last }

    /// Every value given for a repeatable option; comma-separated values are split too (`--ids a,b`).
    public func list(_ name: String) -> [String] {
        (values[name] ?? []).flatMap { $0.split(separator: ",").map { $0.trimmed() } }
            .filter { !$0.isEmpty }
    }

    /// A whole-number option within a range, or nil when absent.
    public func integer(_ name: String, in range: ClosedRange<Int>) throws(UsageError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text) else {
            throw UsageError("The value '\(text)' for '\(synopsis(name))' is not a whole number.", command: command)
        }
        guard range.contains(number) else {
            let bounds = range.upperBound == Int.max ? "at least \(range.lowerBound)" : "from \(range.lowerBound) to \(range.upperBound)"
            throw UsageError("The value '\(text)' for '\(synopsis(name))' must be \(bounds).", command: command)
        }
        return number
    }

    /// An unsigned 64-bit option such as a seed, or nil when absent.
    public func seed(_ name: String) throws(UsageError) -> UInt64? {
        guard let text = value(name) else { return nil }
        guard let number = UInt64(text) else {
            throw UsageError("The value '\(text)' for '\(synopsis(name))' is not a whole number from 0 to \(UInt64.max).", command: command)
        }
        return number
    }

    /// An option restricted to its spec's choices, or nil when absent.
    public func choice(_ name: String) throws(UsageError) -> String? {
        guard let text = value(name) else { return nil }
        let choices = command.option(named: name)?.choices ?? []
        guard choices.isEmpty || choices.contains(text) else {
            var message = "The value '\(text)' for '\(synopsis(name))' is not one of: \(choices.joined(separator: ", "))."
            if let suggestion = Suggestions.closest(to: text, among: choices, limit: 1).first {
                message += " Did you mean '\(suggestion)'?"
            }
            throw UsageError(message, command: command)
        }
        return text
    }

    /// The levels given with the repeatable `--difficulty`, each 1, 2 or 3.
    public func difficulties() throws(UsageError) -> Set<Int> {
        var levels = Set<Int>()
        for text in list("difficulty") {
            guard let level = Int(text), (1...3).contains(level) else {
                throw UsageError("The value '\(text)' for '--difficulty <level>' must be 1, 2 or 3.", command: command)
            }
            levels.insert(level)
        }
        return levels
    }

    /// Fails when more positional arguments were given than the command takes.
    public func requirePositionals(_ range: ClosedRange<Int>) throws(UsageError) {
        if positionals.count > range.upperBound {
            let extra = positionals[range.upperBound]
            throw UsageError("Unexpected argument '\(extra)'.", command: command)
        }
        if positionals.count < range.lowerBound {
            let missing = command.arguments.dropFirst(positionals.count).first?.name ?? "argument"
            throw UsageError("Missing expected argument '<\(missing)>'.", command: command)
        }
    }

    private func synopsis(_ name: String) -> String {
        command.option(named: name)?.synopsis ?? "--\(name)"
    }
}
