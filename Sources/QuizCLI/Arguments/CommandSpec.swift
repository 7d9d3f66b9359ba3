/// What a command is called, what it does, and what it accepts: the source of both parsing and help.
public struct CommandSpec: Sendable, Hashable {
    /// The words after `dlquiz`: `quiz`, or `progress reset`.
    public var path: [String]
    /// One line for the overview.
    public var abstract: String
    /// Paragraphs shown after the overview line in the command's help.
    public var discussion: String
    /// Positional arguments.
    public var arguments: [ArgumentSpec]
    /// Options, without `--help`, which every command has.
    public var options: [OptionSpec]
    /// Subcommands, by name.
    public var subcommands: [CommandSpec]

    /// Creates a command spec.
    public init(
        path: [String], abstract: String, discussion: String = "", arguments: [ArgumentSpec] = [],
        options: [OptionSpec] = [], subcommands: [CommandSpec] = []
    ) {
        self.path = path
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.subcommands = subcommands
    }

    /// The last word of the path.
    public var name: String { path.last ?? "dlquiz" }

    /// `dlquiz quiz`.
    public var fullName: String { (["dlquiz"] + path).joined(separator: " ") }

    /// Every option, `--help` included.
    public var allOptions: [OptionSpec] {
        options + [.flag("help", short: "h", help: "Show help information.")]
    }

    /// The usage line without `USAGE: `: `dlquiz pick [-n <n>] [--seed <seed>] …`.
    public var usage: String {
        var parts = [fullName]
        if !subcommands.isEmpty && arguments.isEmpty && options.isEmpty {
            parts.append("<subcommand>")
        }
        for option in options {
            var name = option.synopsis
            if let short = option.short {
                name = option.valueName.map { "-\(short) <\($0)>" } ?? "-\(short)"
            }
            parts.append("[" + name + (option.isRepeatable ? " ..." : "") + "]")
        }
        for argument in arguments {
            parts.append(argument.isOptional ? "[<\(argument.name)>]" : "<\(argument.name)>")
        }
        if !subcommands.isEmpty && !(arguments.isEmpty && options.isEmpty) {
            parts.append("[<subcommand>]")
        }
        return parts.joined(separator: " ")
    }

    /// The option with this long name.
    public func option(named name: String) -> OptionSpec? {
        allOptions.first { $0.name == name }
    }
}
