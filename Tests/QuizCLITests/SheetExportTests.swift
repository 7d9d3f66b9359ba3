import Foundation
import Testing

@testable import QuizCLI

/// `dlquiz sheet` and `dlquiz export`: every format on a small fixture deck, filters, options and `--output`.
@Suite struct SheetExportTests {
    /// The fixture deck: two questions, one with per-language texts, lists, code, follow-ups and references, the
    /// other with plain strings, a topic without a display name and fractional minutes.
    static let deckPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/sheet-deck.json").path

    private func run(_ arguments: [String]) throws -> CLIResult {
        try CLIHarness().run(arguments + ["--deck", Self.deckPath])
    }

    @Test(arguments: [
        (["sheet"], "sheet-text"),
        (["sheet", "--lang", "ja", "--width", "50"], "sheet-text-ja"),
        (["sheet", "--questions-only"], "sheet-text-questions-only"),
        (["sheet", "--format", "markdown"], "sheet-markdown"),
        (["sheet", "--format", "html"], "sheet-html"),
        (["sheet", "--format", "html", "--fold-answers", "--lang", "ja"], "sheet-html-folded-ja"),
        (["export", "--format", "anki"], "export-anki"),
        (["export", "--format", "csv"], "export-csv"),
        (["export", "--format", "json"], "export-json"),
    ])
    func formatSnapshot(arguments: [String], snapshot: String) throws {
        let result = try run(arguments)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
        // Text files drop a byte-order mark when read back, so the CSV's own is checked here and kept out of the file.
        var output = result.output
        if snapshot == "export-csv" {
            #expect(output.hasPrefix("\u{FEFF}"))
            output.removeFirst()
        }
        expectSnapshot(output, named: snapshot)
    }

    @Test func topicAndIDsSelectQuestionsInOrder() throws {
        let byIDs = try run(["sheet", "--format", "markdown", "--ids", "learning-rate,dropout"]).output
        let learningRate = try #require(byIDs.range(of: "## <a id=\"q-learning-rate\"></a>1. "))
        let dropout = try #require(byIDs.range(of: "## <a id=\"q-dropout\"></a>2. "))
        #expect(learningRate.lowerBound < dropout.lowerBound)
        let byTopic = try run(["sheet", "--topic", "optimization"]).output
        #expect(byTopic.contains("1 question\n"))
        #expect(!byTopic.contains("dropout"))
    }

    @Test func onlyWeakAndOnlyUnseenReadTheProgressFile() throws {
        let harness = try CLIHarness()
        // Two of three key points (67%) is weak; all of them is not.
        _ = harness.run(
            ["quiz", "--deck", Self.deckPath, "--ids", "dropout,learning-rate", "--order", "sequential"],
            input: ["", "1 2", "", "", "all", ""])
        let weak = harness.run(["sheet", "--deck", Self.deckPath, "--only", "weak", "--questions-only"])
        #expect(weak.status == 0, "\(weak.error)")
        #expect(weak.output.contains("1. What does dropout do"))
        #expect(!weak.output.contains("learning rate"))
        let unseen = harness.run(["sheet", "--deck", Self.deckPath, "--only", "unseen"])
        #expect(unseen.status == 1)
        #expect(
            unseen.error.unwrappedEquals(
                """
                Error: No question matches --only unseen (never answered). Loosen the filters; 'dlquiz list' shows what \
                the deck has.

                """))
        let bundledUnseen = harness.run(["sheet", "--only", "unseen", "--questions-only"])
        #expect(bundledUnseen.output.contains("12 questions\n"))
    }

    @Test func theTextWidthComesFromTheTerminalOnlyWhenPrintingToOne() throws {
        let harness = try CLIHarness()
        let piped = harness.run(["sheet", "--deck", Self.deckPath], environment: ["COLUMNS": "50"])
        #expect(piped.output.contains("1. What does dropout do, and why does it help?\n"))
        let narrow = harness.run(["sheet", "--deck", Self.deckPath, "--width", "40"])
        #expect(narrow.output.contains("1. What does dropout do, and why does it\n   help?\n"))
        #expect(narrow.output.split(separator: "\n").allSatisfy { $0.count <= 40 })
        let terminal = BufferSink()
        let context = CommandContext(
            arguments: ["sheet", "--deck", Self.deckPath, "--no-pager"], environment: ["NO_COLOR": "1"],
            input: ScriptedInput([]),
            output: terminal, errorOutput: BufferSink(),
            terminal: TerminalTraits(isOutputTerminal: true, isInputTerminal: true, columns: 45))
        #expect(DLQuizCLI.run(context) == 0)
        #expect(terminal.text.contains("1. What does dropout do, and why does it\n   help?\n"))
        #expect(terminal.text.split(separator: "\n").contains { $0.count > 40 })
        #expect(terminal.text.split(separator: "\n").allSatisfy { $0.count <= 45 })
    }

    @Test(arguments: [
        (["sheet", "--width", "39"], "Error: The value '39' is invalid for '--width <n>': must be from 40 to 200"),
        (
            ["sheet", "--format", "markdown", "--width", "60"],
            "Error: The option '--width <n>' applies to --format text only"
        ),
        (["sheet", "--fold-answers"], "Error: The flag '--fold-answers' applies to --format html only"),
        (
            ["sheet", "--format", "pdf"],
            "Error: The value 'pdf' is invalid for '--format <format>'. Please provide one of 'text', 'markdown' or 'html'."
        ),
        (
            ["sheet", "--only", "weakest"],
            "Error: The value 'weakest' is invalid for '--only <which>'. Please provide one of 'weak' or 'unseen'."
        ),
        (["export"], "Error: Missing expected argument '--format <format>'\nChoose anki, csv or json."),
        // --lang ja on the line words the error in Japanese.
        (
            ["export", "--format", "json", "--lang", "ja"],
            "エラー: --format json はすべての言語を含むため、オプション '--lang <lang>' は使えません"
        ),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let result = try CLIHarness().run(arguments)
        #expect(result.status == 64)
        #expect(result.error.unwrappedHasPrefix(message + "\n"), "\(result.error)")
        #expect(result.output.isEmpty)
    }

    @Test(arguments: ["sheet", "export"])
    func helpDescribesEveryOption(command: String) throws {
        let harness = try CLIHarness()
        let help = harness.run([command, "--help"])
        #expect(help.status == 0)
        #expect(help.output == harness.run(["help", command]).output)
        // export's --format is required (unless --output's extension names the format); sheet's is not.
        let format = command == "export" ? "--format <format>" : "[--format <format>]"
        #expect(help.output.contains("USAGE: dlquiz \(command) \(format) [-o <file>]"))
        #expect(harness.run(["--help"]).output.contains("\n  \(command) "))
    }

    @Test func sheetHelpSnapshot() throws {
        expectSnapshot(try CLIHarness().run(["sheet", "--help"]).output, named: "sheet-help")
    }

    /// The Markdown sheet of a deck full of Markdown syntax is byte for byte the one that cmark-gfm showed as
    /// written (Fixtures/markdown/check_markdown.py checks it with GitHub's renderer and records sheet.md).
    @Test func theMarkdownSheetIsTheOneCheckedWithCmarkGFM() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/markdown")
        let deck = folder.appendingPathComponent("hostile-deck.json").path
        let result = try CLIHarness().run(["sheet", "--format", "markdown", "--deck", deck])
        #expect(result.status == 0, "\(result.error)")
        let verified = try String(contentsOf: folder.appendingPathComponent("sheet.md"), encoding: .utf8)
        #expect(result.output == verified, "the escaping changed: run Fixtures/markdown/check_markdown.py again")
    }
}
