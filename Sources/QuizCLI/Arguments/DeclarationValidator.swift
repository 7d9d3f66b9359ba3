/// Checks a command's declarations as swift-argument-parser's validators do (`UniqueNamesValidator`,
/// `PositionalArgumentsValidator`, `CodingKeyValidator`), plus this project's rules for help and completions. A
/// test runs it over every command, so a declaration mistake fails the suite instead of a user's command line.
enum DeclarationValidator {
    /// What is wrong with the declarations of `type`, one sentence each; empty when nothing is.
    static func problems(of type: any ParsableArguments.Type) -> [String] {
        problems(in: type.declarations)
    }

    /// What is wrong with a set of declarations.
    static func problems(in declarations: Declarations) -> [String] {
        var problems = declarations.undeclared.map {
            "'\($0)' is stored but declares nothing: make it an @Option, @Flag, @Argument or @OptionGroup, or compute it"
        }
        problems += names(declarations.definitions)
        problems += positionals(declarations.definitions.filter(\.isPositional))
        for definition in declarations.definitions {
            problems += texts(of: definition) + completion(of: definition)
        }
        return problems
    }

    // MARK: Names

    /// Every option has a long name; long and short names are unique in the command, `--help` and `-h` included.
    private static func names(_ definitions: [ArgumentDefinition]) -> [String] {
        var problems: [String] = []
        var longs: [String: String] = ["help": "--help"]
        var shorts: [Character: String] = ["h": "--help"]
        for definition in definitions where !definition.isPositional {
            let owner = definition.storageKey
            if let long = definition.long, !long.isEmpty {
                if let other = longs[long] {
                    problems.append("'--\(long)' is declared twice: by '\(other)' and '\(owner)'")
                }
                longs[long] = owner
            } else {
                problems.append("'\(owner)' has no long name")
            }
            if let short = definition.short {
                if let other = shorts[short] {
                    problems.append("'-\(short)' is declared twice: by '\(other)' and '\(owner)'")
                }
                shorts[short] = owner
            }
        }
        return problems
    }

    /// Required arguments come first; a repeatable one, which takes every word left, comes last.
    private static func positionals(_ arguments: [ArgumentDefinition]) -> [String] {
        var problems: [String] = []
        var optionalSeen: String?
        for (index, argument) in arguments.enumerated() {
            if argument.requirement.isRequired, let optional = optionalSeen {
                problems.append(
                    "the required argument '<\(argument.valueName)>' comes after the optional '<\(optional)>'")
            }
            if !argument.requirement.isRequired { optionalSeen = argument.valueName }
            if argument.kind == .argument(isRepeatable: true), index != arguments.count - 1 {
                problems.append("the repeatable argument '<\(argument.valueName)>' is not the last")
            }
        }
        return problems
    }

    // MARK: Help and completions

    /// A value name, and help in both languages, each in its own script.
    private static func texts(of definition: ArgumentDefinition) -> [String] {
        var problems: [String] = []
        let owner = definition.synopsis
        if definition.takesValue && definition.valueName.trimmed().isEmpty {
            problems.append("'\(definition.storageKey)' takes a value but has no value name")
        }
        let help = definition.help
        if help.english.trimmed().isEmpty { problems.append("'\(owner)' has no English help") }
        if help.japanese.trimmed().isEmpty { problems.append("'\(owner)' has no Japanese help") }
        if !help.japanese.isEmpty && !hasJapanese(help.japanese) {
            problems.append("the Japanese help of '\(owner)' is not Japanese: \(help.japanese)")
        }
        if hasJapanese(help.english) {
            problems.append("the English help of '\(owner)' is not English: \(help.english)")
        }
        return problems
    }

    /// A value says what a shell completes for it: a kind, its choices, or `.freeText` for nothing.
    private static func completion(of definition: ArgumentDefinition) -> [String] {
        guard definition.takesValue, definition.completion == nil, definition.choices.isEmpty else { return [] }
        return ["'\(definition.synopsis)' says nothing about completing its value: give a completion kind or .freeText"]
    }

    /// Whether a text has kana, kanji or fullwidth punctuation in it.
    static func hasJapanese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }
}
