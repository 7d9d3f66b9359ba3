import QuizKit

/// One entry of a command's option declarations, tied to a field of its typed options by a key path: the single
/// source of parsing, help, usage lines and did-you-mean suggestions.
///
/// Shaped like swift-argument-parser's `@Option`, `@Flag`, `@Argument` and `@OptionGroup`:
///
///     .option("count", short: "n", \.count, valueName: "n", help: "How many.", parse: .integer(1...))
///     .flag("json", \.json, help: "Print only JSON.")
///     .group(\.common, "deck", "lang")
struct Declaration<Options> {
    typealias Role = DeclarationRole

    /// One option, flag or argument, with what it does to the options when given.
    struct Member {
        var role: Role
        /// Applies one occurrence: the value for an option or argument, nil for a flag.
        var apply: (inout Options, String?) throws(ValueError) -> Void
        /// For a required option: whether the other options, once parsed, stand in for it when it is left out.
        var standsIn: ((Options) -> Bool)? = nil
    }

    /// One member for an option, flag or argument; several for a group.
    var members: [Member]

    // MARK: Options and flags

    /// A single-value option stored in an optional field; nil when absent, the last value when repeated.
    static func option<Value>(
        _ name: String, short: Character? = nil, _ keyPath: WritableKeyPath<Options, Value?>, valueName: String,
        help: String, ja japaneseHelp: String, defaultValue: String? = nil, parse: ValueParser<Value>
    ) -> Declaration {
        let optional = ValueParser<Value?>(choices: parse.choices) { (text) throws(ValueError) in try parse.parse(text) }
        return option(
            name, short: short, keyPath, valueName: valueName, help: help, ja: japaneseHelp, defaultValue: defaultValue,
            parse: optional)
    }

    /// A single-value option with a default in its field; the last value wins when repeated.
    static func option<Value>(
        _ name: String, short: Character? = nil, _ keyPath: WritableKeyPath<Options, Value>, valueName: String,
        help: String, ja japaneseHelp: String, defaultValue: String? = nil, parse: ValueParser<Value>
    ) -> Declaration {
        let spec = OptionSpec(
            name: name, short: short, valueName: valueName, help: help, defaultValue: defaultValue,
            isRepeatable: false, choices: parse.choices, japaneseHelp: japaneseHelp)
        return Declaration(members: [Member(role: .option(spec)) { (options, text) throws(ValueError) in
            options[keyPath: keyPath] = try parse.parse(text ?? "")
        }])
    }

    /// A repeatable option whose values (each also split at commas) are appended in order: `--ids a,b --ids c`.
    static func repeated<Value>(
        _ name: String, _ keyPath: WritableKeyPath<Options, [Value]>, valueName: String, help: String,
        ja japaneseHelp: String, parse: ValueParser<Value>
    ) -> Declaration {
        let spec = OptionSpec(
            name: name, short: nil, valueName: valueName, help: help, defaultValue: nil, isRepeatable: true,
            choices: parse.choices, japaneseHelp: japaneseHelp)
        return Declaration(members: [Member(role: .option(spec)) { (options, text) throws(ValueError) in
            for part in (text ?? "").split(separator: ",").map({ $0.trimmed() }) where !part.isEmpty {
                do throws(ValueError) {
                    options[keyPath: keyPath].append(try parse.parse(part))
                } catch {
                    throw ValueError(error.detail, value: part)
                }
            }
        }])
    }

    /// A flag: true when given.
    static func flag(
        _ name: String, short: Character? = nil, _ keyPath: WritableKeyPath<Options, Bool>, help: String,
        ja japaneseHelp: String
    ) -> Declaration {
        let spec = OptionSpec(
            name: name, short: short, valueName: nil, help: help, defaultValue: nil, isRepeatable: false, choices: [],
            japaneseHelp: japaneseHelp)
        return Declaration(members: [Member(role: .option(spec)) { options, _ in options[keyPath: keyPath] = true }])
    }

    // MARK: Arguments and groups

    /// A required positional argument.
    static func argument(
        _ name: String, _ keyPath: WritableKeyPath<Options, String>, help: String, ja japaneseHelp: String
    ) -> Declaration {
        let spec = ArgumentSpec(name: name, help: help, isOptional: false, japaneseHelp: japaneseHelp)
        return Declaration(members: [Member(role: .argument(spec)) {
            options, text in options[keyPath: keyPath] = text ?? ""
        }])
    }

    /// A positional argument that may be left out: nil then.
    static func argument(
        _ name: String, _ keyPath: WritableKeyPath<Options, String?>, help: String, ja japaneseHelp: String
    ) -> Declaration {
        let spec = ArgumentSpec(name: name, help: help, isOptional: true, japaneseHelp: japaneseHelp)
        return Declaration(members: [Member(role: .argument(spec)) {
            options, text in options[keyPath: keyPath] = text
        }])
    }

    /// Some members of a shared group of options, in the order named (all of them when `names` is empty), composed
    /// in at this place like swift-argument-parser's `@OptionGroup`, so a shared option is spelled once.
    static func group<Group: ParsableOptions>(_ keyPath: WritableKeyPath<Options, Group>, _ names: String...) -> Declaration {
        let all = Group.members
        let members = names.isEmpty ? all : names.compactMap { name in
            all.first { member in
                if case .option(let spec) = member.role { return spec.name == name }
                return false
            }
        }
        return Declaration(members: members.map { member in
            Member(
                role: member.role,
                apply: { (options, text) throws(ValueError) in try member.apply(&options[keyPath: keyPath], text) },
                standsIn: member.standsIn.map { standsIn in { options in standsIn(options[keyPath: keyPath]) } })
        })
    }

    /// The same declaration with another help text for the option `name`, for a command whose use of a shared
    /// option differs.
    func help(for name: String, _ help: String, ja japaneseHelp: String) -> Declaration {
        updatingOptions { spec in
            guard spec.name == name else { return }
            (spec.help, spec.japaneseHelp) = (help, japaneseHelp)
        }
    }

    /// The same declaration whose options and arguments complete `kind` in a shell.
    func completing(_ kind: CompletionKind) -> Declaration {
        Declaration(members: members.map { member in
            switch member.role {
            case .option(var spec):
                spec.completion = kind
                return Member(role: .option(spec), apply: member.apply, standsIn: member.standsIn)
            case .argument(var spec):
                spec.completion = kind
                return Member(role: .argument(spec), apply: member.apply, standsIn: member.standsIn)
            }
        })
    }

    /// The same declaration with its options required: shown without brackets in the usage line, and a usage error
    /// when left out, unless `otherwise` says the other options stand in for it (as `--output sheet.html` names a
    /// format).
    func required(unless otherwise: ((Options) -> Bool)? = nil) -> Declaration {
        Declaration(members: updatingOptions { $0.isRequired = true }.members.map { member in
            var member = member
            member.standsIn = otherwise
            return member
        })
    }

    /// The same declaration with its options hidden from help, usage lines, the manual page and completions.
    func hidden() -> Declaration {
        updatingOptions { $0.isHidden = true }
    }

    private func updatingOptions(_ update: (inout OptionSpec) -> Void) -> Declaration {
        Declaration(members: members.map { member in
            guard case .option(var spec) = member.role else { return member }
            update(&spec)
            return Member(role: .option(spec), apply: member.apply, standsIn: member.standsIn)
        })
    }
}

/// What one declared member contributes to the command line.
enum DeclarationRole {
    /// An option or flag.
    case option(OptionSpec)
    /// A positional argument.
    case argument(ArgumentSpec)
}

// MARK: - Values

/// Why a value was refused: an optional detail shown after the standard sentence.
struct ValueError: Error, Equatable {
    /// `must be at least 1`, shown as `The value '0' is invalid for '--count <n>': must be at least 1`.
    var detail: Bilingual?
    /// The part of the text refused, when not all of it (one item of a comma-separated list).
    var value: String?

    init(_ detail: Bilingual? = nil, value: String? = nil) {
        self.detail = detail
        self.value = value
    }

    /// A refusal with its detail in English and Japanese.
    init(_ english: String, _ japanese: String) {
        self.init(Bilingual(english, japanese))
    }
}

/// Turns an option's text into a typed value, or refuses it.
struct ValueParser<Value> {
    /// The only texts accepted, when the option takes one of a fixed set (listed in errors and suggestions).
    var choices: [String] = []
    /// The conversion.
    var parse: (String) throws(ValueError) -> Value
}

extension ValueParser where Value == String {
    /// Any text.
    static var string: ValueParser { ValueParser { $0 } }
}

extension ValueParser where Value == Int {
    /// A whole number within `range`.
    static func integer(_ range: ClosedRange<Int>) -> ValueParser {
        ValueParser { (text) throws(ValueError) in
            guard let number = Int(text) else { throw ValueError() }
            guard range.contains(number) else {
                if range.upperBound == Int.max {
                    throw ValueError("must be at least \(range.lowerBound)", "\(range.lowerBound) 以上にしてください")
                }
                throw ValueError(
                    "must be from \(range.lowerBound) to \(range.upperBound)",
                    "\(range.lowerBound) から \(range.upperBound) までにしてください")
            }
            return number
        }
    }

    /// A whole number of at least `range.lowerBound`.
    static func integer(_ range: PartialRangeFrom<Int>) -> ValueParser {
        integer(range.lowerBound...Int.max)
    }

    /// A difficulty level: 1, 2 or 3.
    static var difficulty: ValueParser {
        ValueParser { (text) throws(ValueError) in
            guard let level = Int(text), (1...3).contains(level) else {
                throw ValueError("must be 1, 2 or 3", "1、2、3 のいずれかにしてください")
            }
            return level
        }
    }
}

extension ValueParser where Value == UInt64 {
    /// An unsigned 64-bit number, such as a seed.
    static var uint64: ValueParser {
        ValueParser { (text) throws(ValueError) in
            guard let number = UInt64(text) else {
                throw ValueError(
                    "must be a whole number from 0 to \(UInt64.max)", "0 から \(UInt64.max) までの整数にしてください")
            }
            return number
        }
    }
}

extension ValueParser where Value: CaseIterable & RawRepresentable, Value.RawValue == String {
    /// One of an enumeration's raw values.
    static var choice: ValueParser {
        ValueParser(choices: Value.allCases.map(\.rawValue)) { (text) throws(ValueError) in
            guard let value = Value(rawValue: text) else { throw ValueError() }
            return value
        }
    }
}
