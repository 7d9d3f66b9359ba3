import Foundation
import Synchronization
import Testing

@testable import QuizCLI
@testable import QuizKit

/// Every screen stays readable at 100, 60 and 40 columns, in English and Japanese: columns drop or a row continues
/// on an indented line, never a line break inside a cell and never a line wider than the screen.
@Suite struct NarrowScreenTests {
    static let widths = [100, 60, 40]
    static let languages = ["en", "ja"]

    /// Lines wider than `width`, leaving out lines with a word (a path) too long for any line. A copyable command's
    /// `--ids a,b,c` too wide for the screen is written `--ids a --ids b --ids c`, so it counts.
    private func overflowing(_ text: String, width: Int) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { line in
            DisplayWidth.of(line) > width
                // A path or id longer than the line itself cannot be broken (a list of ids can).
                && !line.split(separator: " ").contains { DisplayWidth.of($0) > width - 8 && !$0.contains(",") }
        }
    }

    private func practisedHarness() throws -> CLIHarness {
        let harness = try CLIHarness()
        try harness.writeHistory([
            ("batch-normalization", 3, [1, 2, 3], 7, 3 * 86_400), ("face-embedding-search", 1, [1], 7, 3600),
            ("imbalanced-data", 4, [1, 2, 3, 4, 5, 6], 6, 20 * 86_400),
        ])
        return harness
    }

    @Test(arguments: widths, languages)
    func listStatsAndPickFitTheWidth(width: Int, language: String) throws {
        let harness = try practisedHarness()
        for command in [
            ["list"], ["stats"], ["stats", "--all", "--until", "fri"], ["pick", "--rubric", "--seed", "3"],
            ["show", "batch-normalization"],
        ] {
            let result = harness.run(command + ["--lang", language], environment: ["COLUMNS": String(width)])
            #expect(result.status == 0, "\(command): \(result.error)")
            #expect(
                overflowing(result.output, width: width).isEmpty,
                "\(command) at \(width) in \(language):\n\(overflowing(result.output, width: width).joined(separator: "\n"))"
            )
        }
    }

    @Test(arguments: widths, languages)
    func aQuizAndAnInterviewFitTheWidth(width: Int, language: String) throws {
        let harness = try practisedHarness()
        let environment = ["COLUMNS": String(width)]
        let quiz = harness.run(
            [
                "quiz", "--ids", "batch-normalization,imbalanced-data", "--order", "sequential", "--lang", language,
                "--minutes", "3",
            ],
            input: ["My answer, typed in a few words.", "", "1 x", "1 9", "1 2", "", "", "all", "?", "", "q"],
            environment: environment)
        #expect(quiz.status == 0, "\(quiz.error)")
        #expect(
            overflowing(quiz.output, width: width).isEmpty,
            "quiz at \(width) in \(language):\n\(overflowing(quiz.output, width: width).joined(separator: "\n"))")
        let interview = harness.run(
            ["interview", "--candidate", "Ada", "--ids", "batch-normalization,imbalanced-data", "--lang", language],
            input: ["1 3", "n a note", "f", "f+", "t", "?", "", "2", ""], environment: environment)
        #expect(interview.status == 0, "\(interview.error)")
        #expect(
            overflowing(interview.output, width: width).isEmpty,
            "interview at \(width) in \(language):\n\(overflowing(interview.output, width: width).joined(separator: "\n"))"
        )
        let interviews = harness.run(["interviews", "--lang", language], environment: environment)
        #expect(
            overflowing(interviews.output, width: width).isEmpty,
            "interviews at \(width) in \(language):\n\(overflowing(interviews.output, width: width).joined(separator: "\n"))"
        )
    }

    @Test func aListOfHalfwidthKatakanaFitsFortyColumns() throws {
        // A halfwidth katakana with its voiced mark (ｶﾞ) is one grapheme cluster drawn in two cells.
        let harness = try CLIHarness()
        let questions = (1...3).map { number in
            "## q\(number) (t, difficulty 1, 2 min)\n\nｶﾞｷﾞｸﾞｹﾞｺﾞ ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ ｶﾞｷﾞｸﾞｹﾞｺﾞ ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ ﾀﾞﾁﾞﾂﾞﾃﾞﾄﾞ \(number)?\n\n### Answer\n\nA.\n"
        }
        let deck = try harness.write(
            "kana.md", "---\nid: kana\ntitle: ｶﾅ\nlanguages: [ja]\n---\n\n" + questions.joined(separator: "\n"))
        let result = harness.run(["list", "--deck", deck], environment: ["COLUMNS": "40"])
        #expect(result.status == 0, "\(result.error)")
        // Measured cell by cell, scalar by scalar, as a terminal fills them: not with the clusters DisplayWidth sees.
        let cells = { (line: Substring) in line.unicodeScalars.reduce(0) { $0 + DisplayWidth.of($1) } }
        let wide = result.output.split(separator: "\n").filter { cells($0) > 40 }
        #expect(wide.isEmpty, "\(result.output)")
    }

    @Test func aNarrowListKeepsWholeCellsAndMovesTheQuestionBelow() throws {
        let result = try practisedHarness().run(["list"], environment: ["COLUMNS": "40"])
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "ID                      TRIES  LAST")
        #expect(lines[1] == "batch-normalization         1  Good")
        #expect(lines[2] == "    What is batch normalization? How")
    }

    @Test func columnsDropLowestPriorityFirst() {
        let table = ColumnTable(
            columns: [
                .init(header: "ID", cells: ["alpha", "beta"]),
                .init(header: "TOPIC", cells: ["training", "theory"], dropPriority: 2),
                .init(header: "TRIES", cells: ["1", "12"], alignRight: true, dropPriority: 1),
                .init(header: "TEXT", cells: ["a fairly long question text here", "short"], isFlexible: true),
            ], flexibleMinimum: 12)
        #expect(
            table.lines(width: 60) == [
                "ID     TOPIC     TRIES  TEXT",
                "alpha  training      1  a fairly long question text here",
                "beta   theory       12  short",
            ])
        #expect(
            table.lines(width: 30) == [
                "ID     TRIES  TEXT",
                "alpha      1  a fairly long q…",
                "beta      12  short",
            ])
        #expect(
            table.lines(width: 18) == [
                "ID     TRIES",
                "alpha      1",
                "    a fairly long",
                "    question text",
                "    here",
                "beta      12",
                "    short",
            ])
    }

    @Test func theWidthIsMeasuredAgainAtEachScreen() {
        let columns = Mutex(80)
        let traits = TerminalTraits(
            isOutputTerminal: true, isInputTerminal: true, measureColumns: { columns.withLock { $0 } })
        var context = CommandContext(
            arguments: [], environment: [:], input: ScriptedInput([]), output: BufferSink(), errorOutput: BufferSink())
        context.terminal = traits
        let presentation = Presentation(context: context, language: "en", noColor: true)
        #expect(presentation.width == 80)
        columns.withLock { $0 = 50 }
        #expect(presentation.width == 50, "a resized window counts from the next screen on")
        #expect(presentation.wrapped(String(repeating: "word ", count: 20)).allSatisfy { DisplayWidth.of($0) <= 50 })
    }

    @Test func aCommandToCopyBreaksOnlyBetweenWordsWithAContinuation() {
        let presentation = Presentation(width: 40, style: TextStyle(isEnabled: false), language: "en")
        #expect(
            presentation.commandLines("dlquiz quiz --order sequential --ids a-question,b-question", indent: "  ") == [
                "  dlquiz quiz --order sequential \\",
                "    --ids a-question,b-question",
            ])
    }
}

/// Long output on a terminal goes through `$PAGER`, as git does; never on a pipe or with `--no-pager`.
@Suite struct PagerTests {
    private func context(_ arguments: [String], environment: [String: String], terminal: Bool, output: BufferSink)
        -> CommandContext
    {
        CommandContext(
            arguments: arguments, environment: environment, input: ScriptedInput([]), output: output,
            errorOutput: BufferSink(),
            terminal: TerminalTraits(
                isOutputTerminal: terminal, isInputTerminal: terminal, columns: terminal ? 80 : nil))
    }

    @Test func theDefaultPagerIsLessAndItIsNeverUsedOnAPipeOrWhenTurnedOff() {
        let output = BufferSink()
        #expect(
            Pager.command(context: context([], environment: [:], terminal: true, output: output), noPager: false)
                == "less -FRX")
        #expect(
            Pager.command(
                context: context([], environment: ["PAGER": "more"], terminal: true, output: output), noPager: false)
                == "more")
        #expect(
            Pager.command(context: context([], environment: [:], terminal: false, output: output), noPager: false)
                == nil)
        #expect(
            Pager.command(context: context([], environment: [:], terminal: true, output: output), noPager: true) == nil)
        #expect(
            Pager.command(
                context: context([], environment: ["PAGER": "cat"], terminal: true, output: output), noPager: false)
                == nil)
        #expect(
            Pager.command(
                context: context([], environment: ["PAGER": ""], terminal: true, output: output), noPager: false) == nil
        )
        #expect(
            Pager.command(
                context: context([], environment: ["TERM": "dumb"], terminal: true, output: output), noPager: false)
                == nil)
    }

    @Test func longOutputGoesThroughThePagerOnATerminal() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-pager-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let commands = [
            ["show", "batch-normalization"], ["stats"], ["sheet", "--ids", "backpropagation"],
            ["pick", "--rubric", "--seed", "2"],
            ["help", "quiz"], ["quiz", "--help"], ["help"],
        ]
        for (index, arguments) in commands.enumerated() {
            let paged = folder.appendingPathComponent("paged-\(index).txt").path
            let environment = ["HOME": folder.path, "NO_COLOR": "1", "PAGER": "cat > '\(paged)'"]
            let output = BufferSink()
            #expect(DLQuizCLI.run(context(arguments, environment: environment, terminal: true, output: output)) == 0)
            #expect(output.text.isEmpty, "\(arguments): written to the pager, not directly")
            let text = try String(contentsOfFile: paged, encoding: .utf8)
            #expect(text.count > 100, "\(arguments): \(text)")
            let direct = BufferSink()
            #expect(
                DLQuizCLI.run(
                    context(arguments + ["--no-pager"], environment: environment, terminal: true, output: direct)) == 0)
            #expect(direct.text == text, "\(arguments): the same text with --no-pager")
        }
    }
}
