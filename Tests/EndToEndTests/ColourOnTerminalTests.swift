import Foundation
import QuizTestSupport
import Testing

/// Colour on a real terminal: the binary on a pseudo-terminal with `TERM=xterm-256color` and `NO_COLOR` unset
/// colours its output; `--no-color`, `NO_COLOR=1`, `TERM=dumb` and a pipe each take every escape sequence away.
/// (The in-process tests run with `NO_COLOR=1` and no terminal, so only a test like this sees colour at all.)
@Suite struct ColourOnTerminalTests {
    /// Whether the text holds a select graphic rendition sequence: bold, dim, a colour or a reset.
    private func hasColour(_ text: String) -> Bool {
        text.contains(#/\x1B\[[0-9;]*m/#)
    }

    /// The output of `arguments` on a terminal, with `environment` on top of the runner's and `NO_COLOR` unset.
    private func onTerminal(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let runner = try BinaryRunner()
        let terminal = try OnTerminal(arguments, runner: runner, environment: environment, unsetting: ["NO_COLOR"])
        let status = terminal.finish()
        #expect(status == 0, "\(arguments): \(terminal.output.prefix(300))")
        return terminal.output
    }

    static let commands = [["list"], ["show", "backpropagation", "--no-pager"]]

    @Test(arguments: commands)
    func aTerminalWithNoColorUnsetGetsColour(command: [String]) throws {
        let output = try onTerminal(command)
        #expect(hasColour(output), "no colour in: \(output.prefix(200).debugDescription)")
        // An empty NO_COLOR counts as unset (no-color.org).
        #expect(hasColour(try onTerminal(command, environment: ["NO_COLOR": ""])))
    }

    @Test(arguments: commands)
    func theNoColorFlagTakesEveryEscapeSequenceAway(command: [String]) throws {
        let output = try onTerminal(command + ["--no-color"])
        #expect(!output.contains("\u{1B}"), "\(output.prefix(200).debugDescription)")
        #expect(output.contains(command == ["list"] ? "batch-normalization" : "backpropagation"))
    }

    @Test(arguments: commands)
    func noColorSetToOneTakesEveryEscapeSequenceAway(command: [String]) throws {
        let output = try onTerminal(command, environment: ["NO_COLOR": "1"])
        #expect(!output.contains("\u{1B}"), "\(output.prefix(200).debugDescription)")
    }

    @Test(arguments: commands)
    func aDumbTerminalOrAPipeGetsNoColour(command: [String]) throws {
        #expect(!(try onTerminal(command, environment: ["TERM": "dumb"])).contains("\u{1B}"))
        let piped = try BinaryRunner().run(command, environment: ["NO_COLOR": "", "TERM": "xterm-256color"])
        #expect(piped.status == 0)
        #expect(!piped.output.contains("\u{1B}") && !piped.output.isEmpty)
    }
}
