/// A command: its spec, and what it does with its parsed arguments. Returns the exit status.
protocol CommandRunner {
    /// What the command is called and accepts.
    static var spec: CommandSpec { get }
    /// Runs the command.
    static func run(_ invocation: Invocation) throws -> Int32
}
