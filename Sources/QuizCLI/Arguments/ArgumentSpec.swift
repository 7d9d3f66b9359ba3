/// A positional argument of a command, such as the `<id>` of `dlquiz show <id>`.
public struct ArgumentSpec: Sendable, Hashable {
    /// The placeholder: `id`.
    public var name: String
    /// One line of help.
    public var help: String
    /// Whether it may be left out.
    public var isOptional: Bool

    /// Creates an argument.
    public init(name: String, help: String, isOptional: Bool = false) {
        self.name = name
        self.help = help
        self.isOptional = isOptional
    }
}
