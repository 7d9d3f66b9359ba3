/// A typed set of options, flags and arguments, the shape of swift-argument-parser's `ParsableArguments`: every
/// stored property is one declaration (`@Option`, `@Flag`, `@Argument`) or a group of them (`@OptionGroup`), so a
/// property is declared, parsed and documented by one edit:
///
///     struct PickCommand: ParsableCommand {
///         @Option(name: [.customShort("n"), .long], valueName: "n", help: "How many questions to pick.",
///                 ja: "選ぶ質問の数です。", parse: .integer(1...))
///         var count = 4
///         @OptionGroup var deck: DeckOptions
///     }
///
/// The parser finds the declarations with `Mirror` on `Self()`, in the order they are written (the order help lists
/// them), and fills a value through `Decodable` from what it parsed (`ArgumentDecoder`).
protocol ParsableArguments: Decodable {
    /// Every property at its default, holding its declaration.
    init()
    /// Checks the values together once they are parsed, before the command runs. A usage error thrown here is
    /// shown with the command's usage line.
    mutating func validate() throws(UsageError)
}

extension ParsableArguments {
    mutating func validate() throws(UsageError) {}

    /// The declarations of this type's properties, groups flattened, in order.
    static var declarations: Declarations { Declarations(of: Self()) }
}

/// What a command is called and what it says about itself.
struct CommandConfiguration {
    /// The word that names it: `quiz`, `reset`.
    var name: String
    /// One line for the overview.
    var abstract: String
    /// Paragraphs after the overview line in its help.
    var discussion: String = ""
    /// The abstract in Japanese (です・ます).
    var japaneseAbstract: String
    /// The discussion in Japanese.
    var japaneseDiscussion: String = ""
    /// Its subcommands, declared here only.
    var subcommands: [any ParsableCommand.Type] = []
    /// For a command with `--json`: its keys, for the manual page.
    var jsonKeys: String = ""
    /// The keys' description in Japanese.
    var japaneseJSONKeys: String = ""
}

/// A command: its typed options, and what it does with them. The shape of swift-argument-parser's
/// `ParsableCommand`; `run` reads typed fields only.
protocol ParsableCommand: ParsableArguments {
    /// Its name, help and subcommands.
    static var configuration: CommandConfiguration { get }
    /// Runs the command with the outside world it may touch; returns the exit status.
    func run(_ context: CommandContext) throws -> Int32
}

extension ParsableCommand {
    /// The command as help, usage lines, completions, the manual page and errors show it, when reached by the words
    /// `path` after `dlquiz`.
    static func spec(path: [String]) -> CommandSpec {
        let declarations = declarations
        let configuration = configuration
        return CommandSpec(
            path: path, abstract: Bilingual(configuration.abstract, configuration.japaneseAbstract),
            discussion: Bilingual(configuration.discussion, configuration.japaneseDiscussion),
            arguments: declarations.definitions.compactMap(\.argumentSpec),
            options: declarations.definitions.compactMap(\.optionSpec),
            subcommands: configuration.subcommands.map { $0.spec(path: path + [$0.configuration.name]) },
            jsonKeys: Bilingual(configuration.jsonKeys, configuration.japaneseJSONKeys))
    }
}

// MARK: - The specs help is written from

extension ArgumentDefinition {
    /// The option or flag as help shows it; nil for a positional argument.
    var optionSpec: OptionSpec? {
        guard !isPositional else { return nil }
        var spec = OptionSpec(
            name: long ?? "", short: short, valueName: kind == .flag ? nil : valueName, help: help.english,
            defaultValue: defaultDescription, isRepeatable: kind == .option(isRepeatable: true), choices: choices,
            completion: completion == .freeText ? nil : completion, japaneseHelp: help.japanese)
        spec.isRequired = requirement.isRequired
        spec.isHidden = isHidden
        return spec
    }

    /// The positional argument as help shows it; nil for an option or flag.
    var argumentSpec: ArgumentSpec? {
        guard case .argument(let isRepeatable) = kind else { return nil }
        var spec = ArgumentSpec(
            name: valueName, help: help.english, isOptional: !requirement.isRequired, japaneseHelp: help.japanese,
            completion: completion == .freeText ? nil : completion ?? (choices.isEmpty ? nil : .values(choices)))
        spec.isRepeatable = isRepeatable
        return spec
    }
}
