/// A typed set of options: fields with defaults, the declarations that fill them, and a check that runs after
/// parsing. The shape of swift-argument-parser's `ParsableArguments`.
protocol ParsableOptions {
    /// The options before anything is parsed: every field at its default.
    init()
    /// Every option, flag, argument and group, in the order help lists them.
    static var declarations: [Declaration<Self>] { get }
    /// Checks the options together once they are parsed, before the command runs. A usage error thrown here is
    /// shown with the command's usage line.
    mutating func validate() throws(UsageError)
}

extension ParsableOptions {
    mutating func validate() throws(UsageError) {}
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
}

/// A command: its typed options, and what it does with them. The shape of swift-argument-parser's
/// `ParsableCommand`; `run` reads typed fields only.
protocol ParsableCommand: ParsableOptions {
    /// Its name, help and subcommands.
    static var configuration: CommandConfiguration { get }
    /// Runs the command with the outside world it may touch; returns the exit status.
    func run(_ context: CommandContext) throws -> Int32
}

extension ParsableOptions {
    /// Every member of the declarations, groups flattened.
    static var members: [Declaration<Self>.Member] { declarations.flatMap(\.members) }
}

extension ParsableCommand {
    /// The command as help, usage lines and errors show it, when reached by the words `path` after `dlquiz`.
    static func spec(path: [String]) -> CommandSpec {
        var options: [OptionSpec] = []
        var arguments: [ArgumentSpec] = []
        for member in members {
            switch member.role {
            case .option(let spec): options.append(spec)
            case .argument(let spec): arguments.append(spec)
            }
        }
        let configuration = configuration
        return CommandSpec(
            path: path, abstract: Bilingual(configuration.abstract, configuration.japaneseAbstract),
            discussion: Bilingual(configuration.discussion, configuration.japaneseDiscussion), arguments: arguments,
            options: options,
            subcommands: configuration.subcommands.map { $0.spec(path: path + [$0.configuration.name]) })
    }
}
