/// What a command is called, what it does, and what it accepts, as help, usage lines and errors show it; generated
/// from the command's declarations by `ParsableCommand.spec(path:)`.
struct CommandSpec: Sendable, Hashable {
    /// The words after `dlquiz`: `quiz`, or `progress reset`.
    var path: [String]
    /// One line for the overview.
    var abstract: String
    /// Paragraphs shown after the overview line in the command's help.
    var discussion: String
    /// Positional arguments.
    var arguments: [ArgumentSpec]
    /// Options, without `--help`, which every command has.
    var options: [OptionSpec]
    /// Subcommands, by name.
    var subcommands: [CommandSpec]
    /// The abstract in Japanese.
    var japaneseAbstract = ""
    /// The discussion in Japanese.
    var japaneseDiscussion = ""
    /// The language of the texts: `en` as declared, `ja` once localized.
    var language = "en"
    /// The keys of its `--json` output, for the manual page (empty without one).
    var jsonKeys = ""
    /// The keys' description in Japanese.
    var japaneseJSONKeys = ""

    /// Creates a command spec; the texts as declared, in English, are the ones the Japanese replace.
    init(
        path: [String], abstract: Bilingual, discussion: Bilingual = Bilingual("", ""), arguments: [ArgumentSpec] = [],
        options: [OptionSpec] = [], subcommands: [CommandSpec] = [], jsonKeys: Bilingual = Bilingual("", "")
    ) {
        (self.jsonKeys, self.japaneseJSONKeys) = (jsonKeys.english, jsonKeys.japanese)
        self.path = path
        (self.abstract, self.japaneseAbstract) = (abstract.english, abstract.japanese)
        (self.discussion, self.japaneseDiscussion) = (discussion.english, discussion.japanese)
        self.arguments = arguments
        self.options = options
        self.subcommands = subcommands
    }

    /// The last word of the path.
    var name: String { path.last ?? "dlquiz" }

    /// `dlquiz quiz`.
    var fullName: String { (["dlquiz"] + path).joined(separator: " ") }

    /// Every option help shows, `--help` included; hidden ones left out.
    var allOptions: [OptionSpec] {
        options.filter { !$0.isHidden } + [.flag("help", short: "h", help: .helpFlag).localized(to: language)]
    }

    /// The spec with its texts in `language` (`ja`, else as declared, in English), subcommands included.
    func localized(to language: String) -> CommandSpec {
        guard language == "ja" else { return self }
        var spec = self
        spec.language = language
        (spec.abstract, spec.discussion, spec.jsonKeys) = (japaneseAbstract, japaneseDiscussion, japaneseJSONKeys)
        spec.options = options.map { option in
            var option = option
            option.help = option.japaneseHelp
            return option
        }
        spec.arguments = arguments.map { argument in
            var argument = argument
            argument.help = argument.japaneseHelp
            return argument
        }
        spec.subcommands = subcommands.map { $0.localized(to: language) }
        return spec
    }

    /// The usage line without `USAGE: `: `dlquiz pick [-n <n>] [--seed <seed>] …`.
    var usage: String {
        var parts = [fullName]
        if !subcommands.isEmpty && arguments.isEmpty && options.isEmpty {
            parts.append("<subcommand>")
        }
        for option in options where !option.isHidden {
            var name = option.synopsis
            if let short = option.short {
                name = option.valueName.map { "-\(short) <\($0)>" } ?? "-\(short)"
            }
            name += option.isRepeatable ? " ..." : ""
            parts.append(option.isRequired ? name : "[" + name + "]")
        }
        for argument in arguments {
            let name = "<\(argument.name)>" + (argument.isRepeatable ? " ..." : "")
            parts.append(argument.isOptional ? "[" + name + "]" : name)
        }
        if !subcommands.isEmpty && !(arguments.isEmpty && options.isEmpty) {
            parts.append("[<subcommand>]")
        }
        return parts.joined(separator: " ")
    }
}

// MARK: - Options and arguments

/// One option a command accepts, such as `-n, --count <n>` or `--json`, as help and messages show it.
struct OptionSpec: Sendable, Hashable {
    /// The long name without dashes: `count`.
    var name: String
    /// The one-letter short name, if any: `n`.
    var short: Character?
    /// The placeholder for the value (`n`, `file`), or nil for a flag.
    var valueName: String?
    /// One line of help.
    var help: String
    /// The default, shown as `(default: …)`.
    var defaultValue: String?
    /// Whether the option may be given more than once, each value kept.
    var isRepeatable: Bool
    /// The only values accepted, when the option takes one of a fixed set.
    var choices: [String]
    /// What a shell completes for its value, when not its `choices`.
    var completion: CompletionKind? = nil
    /// The help in Japanese.
    var japaneseHelp = ""
    /// Whether the command refuses to run without it; its usage line shows it without brackets.
    var isRequired = false
    /// Whether help, usage lines, the manual page and completions leave it out (an option for scripts only).
    var isHidden = false

    /// A flag that no typed field stores: `--help`, `--version`.
    static func flag(_ name: String, short: Character? = nil, help: Bilingual) -> OptionSpec {
        OptionSpec(
            name: name, short: short, valueName: nil, help: help.english, defaultValue: nil, isRepeatable: false,
            choices: [], japaneseHelp: help.japanese)
    }

    /// Whether the option takes a value.
    var takesValue: Bool { valueName != nil }

    /// What a shell completes for the value: the declared completion, else the choices, else nothing.
    var valueCompletion: CompletionKind? {
        completion ?? (choices.isEmpty ? nil : .values(choices))
    }

    /// The option with its help in `language`.
    func localized(to language: String) -> OptionSpec {
        var option = self
        if language == "ja" { option.help = japaneseHelp }
        return option
    }

    /// `--count <n>`, as usage lines and messages show it.
    var synopsis: String {
        valueName.map { "--\(name) <\($0)>" } ?? "--\(name)"
    }

    /// `-n, --count <n>`, as the options list shows it.
    var label: String {
        (short.map { "-\($0), " } ?? "") + synopsis
    }
}

/// A positional argument of a command, such as the `<id>` of `dlquiz show <id>`.
struct ArgumentSpec: Sendable, Hashable {
    /// The placeholder: `id`.
    var name: String
    /// One line of help.
    var help: String
    /// Whether it may be left out.
    var isOptional: Bool
    /// The help in Japanese.
    var japaneseHelp = ""
    /// What a shell completes for it.
    var completion: CompletionKind? = nil
    /// Whether it takes every word left (`dlquiz help progress reset`).
    var isRepeatable = false
}
