import QuizKit
import QuizStore

/// The `dlquiz` program: dispatches to a command, prints help and errors, and returns the exit status.
public enum DLQuizCLI {
    /// The program's version.
    public static let version = "0.1.0"

    /// Every top-level command, in the order the overview lists them.
    static var commands: [any CommandRunner.Type] {
        [
        QuizCommand.self, PickCommand.self, InterviewCommand.self, InterviewsCommand.self, ListCommand.self,
        ShowCommand.self, StatsCommand.self, ProgressCommand.self, SheetCommand.self, ExportCommand.self,
        TipsCommand.self, ValidateCommand.self,
        ]
    }

    /// Subcommands, keyed by their parent's name.
    static var subcommands: [String: [any CommandRunner.Type]] {
        ["progress": [ProgressResetCommand.self]]
    }

    /// The root command's spec, for `dlquiz` and `dlquiz --help`.
    static var rootSpec: CommandSpec {
        CommandSpec(
            path: [], abstract: "Practise deep-learning interview questions in the terminal.",
            discussion: """
                Twelve classic questions with model answers, key points and follow-ups, in English and Japanese. \
                Answer, compare with the model answer, grade yourself by the key points you covered; dlquiz \
                remembers every graded answer and brings back what is weak or due.

                Start with:
                - dlquiz quiz  (practise, one question at a time)
                - dlquiz quiz --order due  (what you are about to forget, first)
                - dlquiz stats  (your progress at a glance)
                - dlquiz pick -n 3 --rubric  (an interviewer's pick, with what to listen for)
                - dlquiz interview --candidate NAME  (run an interview and keep a scorecard)
                - dlquiz list  (every question, with your attempts)
                """,
            subcommands: commands.map { $0.spec })
    }

    /// Runs the program with a context and returns the exit status.
    public static func run(_ context: CommandContext) -> Int32 {
        do {
            return try dispatch(context)
        } catch let error as UsageError {
            context.errorOutput.write(error.text)
            return 64
        } catch let error as QuizError {
            context.errorOutput.line("Error: " + error.message)
            return error.isDataError ? 65 : 1
        } catch let error as StoreError {
            context.errorOutput.line("Error: " + error.message)
            return 1
        } catch let failure as CommandFailure {
            context.errorOutput.line("Error: " + failure.message)
            return failure.status
        } catch {
            context.errorOutput.line("Error: \(error)")
            return 1
        }
    }

    private static func dispatch(_ context: CommandContext) throws -> Int32 {
        let arguments = context.arguments
        let helpFormatter = HelpFormatter(width: context.width)
        guard let first = arguments.first else {
            context.output.write(helpFormatter.help(for: rootSpec, version: version))
            return 0
        }
        switch first {
        case "--version":
            context.output.line("dlquiz \(version)")
            return 0
        case "-h", "--help":
            context.output.write(helpFormatter.help(for: rootSpec, version: version))
            return 0
        case "help":
            let spec = try resolveHelpTarget(Array(arguments.dropFirst()))
            context.output.write(helpFormatter.help(for: spec, version: spec.path.isEmpty ? version : nil))
            return 0
        default:
            break
        }
        if first.hasPrefix("-") {
            let rootOptions = ["--help", "--version", "-h"]
            var message = "Unknown option '\(first)'."
            if let suggestion = Suggestions.closest(to: first, among: rootOptions, limit: 1).first {
                message += " Did you mean '\(suggestion)'?"
            } else {
                message += " Options go after the command, as in 'dlquiz quiz \(first)'."
            }
            throw UsageError(message, command: rootSpec)
        }
        let (runner, rest) = try resolve(arguments)
        let parsed = try ArgumentParser.parse(rest, for: runner.spec)
        if parsed.flag("help") {
            context.output.write(helpFormatter.help(for: runner.spec))
            return 0
        }
        return try runner.run(Invocation(context: context, arguments: parsed))
    }

    /// The command named by the first words of `arguments`, and the arguments left for it.
    private static func resolve(_ arguments: [String]) throws(UsageError) -> (any CommandRunner.Type, [String]) {
        let name = arguments[0]
        guard let command = commands.first(where: { $0.spec.name == name }) else {
            throw unknownCommand(name, among: commands.map { $0.spec.name }, parent: rootSpec)
        }
        if arguments.count > 1, let children = subcommands[name],
            let child = children.first(where: { $0.spec.name == arguments[1] })
        {
            return (child, Array(arguments.dropFirst(2)))
        }
        return (command, Array(arguments.dropFirst()))
    }

    private static func resolveHelpTarget(_ words: [String]) throws(UsageError) -> CommandSpec {
        guard let name = words.first else { return rootSpec }
        guard let command = commands.first(where: { $0.spec.name == name }) else {
            throw unknownCommand(name, among: commands.map { $0.spec.name }, parent: rootSpec)
        }
        guard words.count > 1 else { return command.spec }
        let children = subcommands[name] ?? []
        guard let child = children.first(where: { $0.spec.name == words[1] }) else {
            throw unknownCommand(words[1], among: children.map { $0.spec.name }, parent: command.spec)
        }
        return child.spec
    }

    private static func unknownCommand(_ name: String, among names: [String], parent: CommandSpec) -> UsageError {
        var message = "Unknown command '\(name)'."
        if let suggestion = Suggestions.closest(to: name, among: names, limit: 1).first {
            message += " Did you mean '\(suggestion)'?"
        } else {
            message += " The commands are: \(names.joined(separator: ", "))."
        }
        return UsageError(message, command: parent)
    }
}
