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
    /// - Throws: `UsageError` worded as swift-argument-parser words it, without the command filled in.
    static func parse<Options: ParsableOptions>(_ arguments: [String], as type: Options.Type = Options.self) throws(UsageError) -> Options {
        var parser = Parser<Options>(arguments: arguments)
        try parser.run()
        try parser.options.validate()
        return parser.options
    }
}

// MARK: - The parser

/// One pass over a command line.
private struct Parser<Options: ParsableOptions> {
    typealias Member = Declaration<Options>.Member

    let arguments: [String]
    var options = Options()
    private var index = 0
    private var positionals: [String] = []
    /// The long names of the options given, to find a required one left out.
    private var given: Set<String> = []
    private let optionMembers: [(spec: OptionSpec, member: Member)]
    private let argumentMembers: [(spec: ArgumentSpec, member: Member)]

    init(arguments: [String]) {
        self.arguments = arguments
        var optionMembers: [(OptionSpec, Member)] = []
        var argumentMembers: [(ArgumentSpec, Member)] = []
        for member in Options.members {
            switch member.role {
            case .option(let spec): optionMembers.append((spec, member))
            case .argument(let spec): argumentMembers.append((spec, member))
            }
        }
        self.optionMembers = optionMembers
        self.argumentMembers = argumentMembers
    }

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
        let missing = optionMembers.first { spec, member in
            spec.isRequired && !given.contains(spec.name) && !(member.standsIn?(options) ?? false)
        }
        if let missing {
            var error = UsageError.missingArgument(missing.spec.synopsis)
            let choices = missing.spec.choices
            if !choices.isEmpty {
                let list = Bilingual.list(choices, quoted: false)
                error.hint = Bilingual("Choose \(list.english).", "\(list.japanese) のいずれかを選んでください。")
            }
            throw error
        }
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
        guard let (spec, member) = optionMembers.first(where: { $0.spec.name == name }) else {
            if name == "help" { return }
            let longNames = (optionMembers.filter { !$0.spec.isHidden }.map(\.spec.name) + ["help"]).map { "--" + $0 }
            let (english, japanese) = UsageError.unknownOption("--" + name)
            throw UsageError.suggesting(english, japanese, closestTo: "--" + name, among: longNames)
        }
        try take(spec, member, written: "--" + name, inlineValue: inlineValue)
    }

    /// `-n 3`, `-n3`, `-y`, or bundled flags such as `-yq`.
    private mutating func shortOptions(_ argument: String) throws(UsageError) {
        var letters = Array(argument.dropFirst())
        while !letters.isEmpty {
            let letter = letters.removeFirst()
            guard let (spec, member) = optionMembers.first(where: { $0.spec.short == letter }) else {
                if letter == "h" { continue }
                let (english, japanese) = UsageError.unknownOption("-\(letter)")
                throw UsageError(english, japanese)
            }
            if spec.takesValue {
                try take(spec, member, written: "-\(letter)", inlineValue: letters.isEmpty ? nil : String(letters))
                return
            }
            try take(spec, member, written: "-\(letter)", inlineValue: nil)
        }
    }

    /// Applies one occurrence of an option; a single-value option given again simply overwrites (the last wins).
    private mutating func take(_ spec: OptionSpec, _ member: Member, written: String, inlineValue: String?) throws(UsageError) {
        guard spec.takesValue else {
            if let inlineValue {
                throw UsageError(
                    "The option '\(written)' does not take any value, but '\(inlineValue)' was specified",
                    "オプション '\(written)' は値を取りませんが、'\(inlineValue)' が指定されています")
            }
            try apply(member, nil, spec: spec)
            return
        }
        let value: String
        if let inlineValue {
            value = inlineValue
        } else {
            guard index < arguments.count, !ArgumentParser.looksLikeOption(arguments[index]) else {
                let synopsis = "\(written) <\(spec.valueName ?? "value")>"
                throw UsageError("Missing value for '\(synopsis)'", "'\(synopsis)' の値がありません")
            }
            value = arguments[index]
            index += 1
        }
        try apply(member, value, spec: spec)
    }

    private mutating func apply(_ member: Member, _ value: String?, spec: OptionSpec) throws(UsageError) {
        given.insert(spec.name)
        do {
            try member.apply(&options, value)
        } catch {
            throw ArgumentParser.invalidValue(error.value ?? value ?? "", for: spec.synopsis, detail: error.detail, choices: spec.choices)
        }
    }

    /// Hands the positional words to the declared arguments, in order.
    private mutating func assignPositionals() throws(UsageError) {
        if positionals.count > argumentMembers.count {
            throw UsageError.unexpectedArgument(positionals[argumentMembers.count])
        }
        for (offset, (spec, member)) in argumentMembers.enumerated() {
            guard offset < positionals.count else {
                if spec.isOptional { continue }
                throw UsageError.missingArgument("<\(spec.name)>")
            }
            do {
                try member.apply(&options, positionals[offset])
            } catch {
                throw ArgumentParser.invalidValue(positionals[offset], for: "<\(spec.name)>", detail: error.detail, choices: [])
            }
        }
    }
}

// MARK: - Wording

extension ArgumentParser {
    /// `The value 'x' is invalid for '--count <n>'`, with the detail after a colon, or the choices and a suggestion.
    static func invalidValue(
        _ value: String, for synopsis: String, detail: Bilingual? = nil, choices: [String]
    ) -> UsageError {
        let english = "The value '\(value)' is invalid for '\(synopsis)'"
        let japanese = "'\(synopsis)' に '\(value)' は指定できません"
        if let detail {
            return UsageError(english + ": " + detail.english, japanese + "（\(detail.japanese)）")
        }
        if !choices.isEmpty {
            let list = Bilingual.list(choices, quoted: true)
            return .suggesting(
                english + ". Please provide one of \(list.english).", japanese + "。\(list.japanese) のいずれかを指定してください。",
                closestTo: value, among: choices)
        }
        return UsageError(english, japanese)
    }
}

extension ArgumentParser {
    /// Whether a word is an option (`-n`, `--count`, `--`) rather than a value; `-` and negative numbers are values.
    static func looksLikeOption(_ text: String) -> Bool {
        text.hasPrefix("-") && text != "-" && !(text.count > 1 && text.dropFirst().allSatisfy { $0.isNumber })
    }
}
