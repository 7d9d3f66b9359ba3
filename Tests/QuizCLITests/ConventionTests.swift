import Foundation
import Testing

/// Help, version and usage errors behave as swift-argument-parser's do.
@Suite struct ConventionTests {
    @Test func noArgumentsPrintsTheOverview() throws {
        let result = try CLIHarness().run([])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("OVERVIEW: Practise deep-learning interview questions in the terminal."))
        #expect(result.output.contains("SUBCOMMANDS:\n  quiz "))
        #expect(result.error.isEmpty)
    }

    @Test func versionOnTheRoot() throws {
        let result = try CLIHarness().run(["--version"])
        #expect(result.output == "dlquiz 0.1.0\n")
        #expect(result.status == 0)
    }

    @Test(arguments: ["quiz", "pick", "list", "show", "progress", "tips", "validate"])
    func helpIsTheSameEitherWay(command: String) throws {
        let harness = try CLIHarness()
        let viaHelp = harness.run(["help", command])
        let viaFlag = harness.run([command, "--help"])
        let viaShort = harness.run([command, "-h"])
        #expect(viaHelp.status == 0)
        #expect(viaHelp.output == viaFlag.output)
        #expect(viaFlag.output == viaShort.output)
        #expect(viaHelp.output.contains("USAGE: dlquiz \(command)"))
        #expect(viaHelp.output.contains("  -h, --help              Show help information."))
    }

    @Test func quizHelpSnapshot() throws {
        expectSnapshot(try CLIHarness().run(["quiz", "--help"]).output, named: "quiz-help")
    }

    @Test func helpForASubcommand() throws {
        let result = try CLIHarness().run(["help", "progress", "reset"])
        #expect(
            result.output.contains(
                "USAGE: dlquiz progress reset [-y] [--progress <file>] [--lang <lang>]\n       [--no-color]"))
    }

    @Test func anUnknownOptionSuggestsTheClosest() throws {
        let result = try CLIHarness().run(["quiz", "--cont", "3"])
        #expect(result.status == 64)
        #expect(result.output.isEmpty)
        #expect(
            result.error.hasPrefix(
                """
                Error: Unknown option '--cont'
                Did you mean '--count'?
                Usage: dlquiz quiz [--order <order>] [--until <date>] [-n <n>]
                """))
        #expect(result.error.contains("  See 'dlquiz quiz --help' for more information.\n"))
    }

    @Test func anUnknownCommandSuggestsTheClosest() throws {
        let result = try CLIHarness().run(["quizz"])
        #expect(result.status == 64)
        #expect(
            result.error.hasPrefix("Error: Unknown command 'quizz'\nDid you mean 'quiz'?\nUsage: dlquiz <subcommand>\n")
        )
    }

    @Test(arguments: [
        (["quiz", "--count"], "Error: Missing value for '--count <n>'\n"),
        (["quiz", "--count", "zero"], "Error: The value 'zero' is invalid for '--count <n>'\n"),
        (["quiz", "--count=0"], "Error: The value '0' is invalid for '--count <n>': must be at least 1\n"),
        (
            ["quiz", "--order", "randon"],
            "Error: The value 'randon' is invalid for '--order <order>'. Please provide one of 'random', 'sequential', 'due' or 'weakest'.\nDid you mean 'random'?\n"
        ),
        (
            ["quiz", "--no-save=yes"],
            "Error: The option '--no-save' does not take any value, but 'yes' was specified\n"
        ),
        (["show"], "Error: Missing expected argument '<id>'\n"),
        (["show", "a", "b"], "Error: Unexpected argument 'b'\n"),
        (
            ["pick", "--seed", "-5"],
            "Error: The value '-5' is invalid for '--seed <seed>': must be a whole number from 0 to 18446744073709551615\n"
        ),
        (
            ["pick", "--difficulty", "4"],
            "Error: The value '4' is invalid for '--difficulty <level>': must be 1, 2 or 3\n"
        ),
    ])
    func usageErrorsNameTheOffendingToken(arguments: [String], message: String) throws {
        let result = try CLIHarness().run(arguments)
        #expect(result.status == 64)
        #expect(result.error.unwrappedHasPrefix(message), "\(result.error)")
    }

    @Test func optionsAcceptEqualsBundledShortFlagsAndDoubleDash() throws {
        let harness = try CLIHarness()
        #expect(
            harness.run(["pick", "--count=2", "--seed=5"]).output == harness.run(["pick", "-n2", "--seed", "5"]).output)
        let reset = harness.run(["progress", "reset", "-y"])
        #expect(reset.status == 0)
        let shown = harness.run(["show", "--", "batch-normalization"])
        #expect(shown.status == 0)
    }

    @Test func noColourWithoutATerminal() throws {
        let harness = try CLIHarness()
        harness.environment["NO_COLOR"] = nil
        #expect(!harness.run(["show", "batch-normalization"]).output.contains("\u{1B}["))
    }
}
