import QuizKit

/// Fills a command's typed options from its arguments the way swift-argument-parser does: `--opt value`,
/// `--opt=value`, `-n 3`, `-n3`, bundled short flags (`-yq`), `--` to end options; a repeated single-value option
/// keeps its last value; repeatable options keep every value.
enum ArgumentParser {
    /// Whether `-h` or `--help` appears before `--`, alone or in a bundle of short flags (`-yh`): help wins over
    /// every other error on the line. In a bundle, the letters after one of `shortOptionsTakingValues` are its value.
    static func asksForHelp(_ arguments: [String], shortOptionsTakingValues: Set<Character> = []) -> Bool {
        for argument in arguments {
            if argument == "--" { return false }
            if argument == "--help" { return true }
            guard looksLikeOption(argument), !argument.hasPrefix("--") else { continue }
            for letter in argument.dropFirst() {
                if letter == "h" { return true }
                if shortOptionsTakingValues.contains(letter) { break }
            }
        }
        return false
    }

    /// Parses `arguments` (the words after the command's own) into `Options`, then runs its `validate()`.
    ///
    /// - Throws: `UsageError` worded as swift-argument-parser words it, without the command filled in;
    ///   `DeclarationError` for a property without a declaration (a programmer's error the declaration tests catch).
    static func parse<Options: ParsableArguments>(
        _ arguments: [String], as type: Options.Type = Options.self
    ) throws -> Options {
        let declarations = Options.declarations
        var parser = Parser(arguments: arguments, definitions: declarations.definitions)
        try parser.run()
        var options = try Options(from: ArgumentDecoder(values: parser.values))
        try parser.checkRequired(options)
        try options.validate()
        return options
    }
}

// MARK: - The parser

/// One pass over a command line, storing each declared property's value under its path.
private struct Parser {
    let arguments: [String]
    let definitions: [ArgumentDefinition]
    /// Every declared property's value by path: the defaults, replaced by what the command line gives.
    var values: [String: any Sendable] = [:]
    private var index = 0
    private var positionals: [String] = []
    /// The paths of the properties given, to find a required one left out.
    private var given: Set<String> = []

    init(arguments: [String], definitions: [ArgumentDefinition]) {
        self.arguments = arguments
        self.definitions = definitions
        for definition in definitions {
            if let initial = definition.initialValue { values[definition.storageKey] = initial }
        }
    }

    private var options: [ArgumentDefinition] { definitions.filter { !$0.isPositional } }
    private var positionalDefinitions: [ArgumentDefinition] { definitions.filter(\.isPositional) }

    mutating func run() throws(UsageError) {
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !ArgumentParser.looksLikeOption(argument) {
                positionals.append(argument)
            } else if argument == "--" {
                optionsEnded = true
            } else if argument.hasPrefix("--") {
                try longOption(argument)
            } else {
                try shortOptions(argument)
            }
        }
        try assignPositionals()
    }

    /// A required option left out, unless the parsed command says another option stands in for it.
    func checkRequired(_ command: Any) throws(UsageError) {
        let missing = options.first { definition in
            definition.requirement.isRequired && !given.contains(definition.storageKey)
                && !(definition.requirement.standsIn?(command) ?? false)
        }
        guard let missing else { return }
        throw UsageError(.missingArgument(missing.synopsis, choices: missing.choices))
    }

    /// `--name`, `--name value` or `--name=value`.
    private mutating func longOption(_ argument: String) throws(UsageError) {
        let body = argument.dropFirst(2)
        var name = String(body)
        var inlineValue: String?
        if let equals = body.firstIndex(of: "=") {
            name = String(body[..<equals])
            inlineValue = String(body[body.index(after: equals)...])
        }
        guard let definition = options.first(where: { $0.long == name }) else {
            if name == "help" { return }
            let longNames = (options.filter { !$0.isHidden }.compactMap(\.long) + ["help"]).map { "--" + $0 }
            let suggestion = Suggestions.closest(to: "--" + name, among: longNames, limit: 1).first
            throw UsageError(.unknownOption("--" + name, suggestion: suggestion))
        }
        try take(definition, written: "--" + name, inlineValue: inlineValue)
    }

    /// `-n 3`, `-n3`, `-y`, or bundled flags such as `-yq`.
    private mutating func shortOptions(_ argument: String) throws(UsageError) {
        var letters = Array(argument.dropFirst())
        while !letters.isEmpty {
            let letter = letters.removeFirst()
            guard let definition = options.first(where: { $0.short == letter }) else {
                if letter == "h" { continue }
                throw UsageError(.unknownOption("-\(letter)", suggestion: nil))
            }
            if definition.takesValue {
                try take(definition, written: "-\(letter)", inlineValue: letters.isEmpty ? nil : String(letters))
                return
            }
            try take(definition, written: "-\(letter)", inlineValue: nil)
        }
    }

    /// Applies one occurrence of an option; a single-value option given again simply overwrites (the last wins).
    private mutating func take(
        _ definition: ArgumentDefinition, written: String, inlineValue: String?
    ) throws(UsageError) {
        guard definition.takesValue else {
            if let inlineValue {
                throw UsageError(.valueNotTaken(option: written, value: inlineValue))
            }
            try apply(definition, "")
            return
        }
        let value: String
        if let inlineValue {
            value = inlineValue
        } else {
            guard index < arguments.count, !ArgumentParser.looksLikeOption(arguments[index]) else {
                throw UsageError(.missingValue(option: "\(written) <\(definition.valueName)>"))
            }
            value = arguments[index]
            index += 1
        }
        try apply(definition, value)
    }

    private mutating func apply(_ definition: ArgumentDefinition, _ text: String) throws(UsageError) {
        let key = definition.storageKey
        let current = given.contains(key) ? values[key] : nil
        given.insert(key)
        do {
            values[key] = try definition.apply(current, text)
        } catch {
            throw UsageError(.invalidValue(error.value ?? text, for: definition.synopsis, error.problem))
        }
    }

    /// Hands the positional words to the declared arguments, in order; a repeatable one takes the rest.
    private mutating func assignPositionals() throws(UsageError) {
        var words = positionals[...]
        for definition in positionalDefinitions {
            guard let word = words.first else {
                guard !definition.requirement.isRequired else {
                    throw UsageError(.missingArgument(definition.synopsis, choices: []))
                }
                continue
            }
            let taken = definition.kind == .argument(isRepeatable: true) ? Array(words) : [word]
            words = words.dropFirst(taken.count)
            for word in taken { try apply(definition, word) }
        }
        if let extra = words.first { throw UsageError(.unexpectedArgument(extra)) }
    }
}

extension ArgumentParser {
    /// Whether a word is an option (`-n`, `--count`, `--`) rather than a value; `-` and negative numbers are values.
    static func looksLikeOption(_ text: String) -> Bool {
        text.hasPrefix("-") && text != "-" && !(text.count > 1 && text.dropFirst().allSatisfy { $0.isNumber })
    }
}
