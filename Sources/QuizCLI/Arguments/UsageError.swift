/// A mistake in how a command was called: printed with the usage line, exit status 64 (EX_USAGE).
public struct UsageError: Error, Sendable, Equatable {
    /// The sentence after `Error: `.
    public var message: String
    /// The command whose usage is shown.
    public var command: CommandSpec

    /// Creates a usage error.
    public init(_ message: String, command: CommandSpec) {
        self.message = message
        self.command = command
    }

    /// The full text for standard error.
    public var text: String {
        """
        Error: \(message)
        Usage: \(command.usage)
          See '\(command.fullName) --help' for more information.

        """
    }
}
