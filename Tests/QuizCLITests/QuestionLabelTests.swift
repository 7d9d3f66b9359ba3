import Foundation
import Testing

@testable import QuizCLI
@testable import QuizKit

/// Where an id says nothing (an import made it from a hash: `anki-6803ab597b22`), summaries and `stats` show the
/// question's text instead, shortened and escaped; `quiz --all-decks` says which deck each question is from.
@Suite struct QuestionLabelTests {
    /// Ids as the Anki and CSV imports make them: from a guid's hash, from a question with no ASCII word, and a
    /// readable slug with its hash.
    static let deck = """
        ---
        id: imported
        title: Imported
        languages: [en]
        ---

        ## anki-6803ab597b22 (basics, difficulty 1, 1 min)

        What does dropout do during training, and why does it help a network generalise to unseen data?

        ### Answer

        It zeroes random activations.

        ## q-3fa2c1 (basics, difficulty 1, 1 min)

        \u{1B}]0;pwned\u{7}勾配消失とは？

        ### Answer

        勾配が小さくなること。

        ## what-is-adam-4b0fb9 (basics, difficulty 1, 1 min)

        What is Adam?

        ### Answer

        An optimizer.

        """

    @Test(arguments: [
        ("anki-6803ab597b22", true), ("anki-6803ab597b22-c1", true), ("anki-6803ab597b22-r", true),
        ("anki-6803ab597b22-c12-2", true), ("q-3fa2c1", true), ("q-3fa2c1-2", true),
        ("what-is-adam-4b0fb9", false), ("anki-import", false), ("q-learning", false), ("adam", false),
        ("anki-6803ab597b22-extra", false), ("q-3fa2c", false),
    ])
    func anIdIsAHashWhenAnImportMadeItFromOne(id: String, isHash: Bool) {
        #expect(Question.isHashID(id) == isHash)
    }

    @Test func theQuizSummaryShowsTheQuestionTextForAHashIdShortenedAndEscaped() throws {
        let harness = try CLIHarness()
        let path = try harness.write("imported.md", Self.deck)
        let result = harness.run(
            ["quiz", "--deck", path, "--order", "sequential"], input: ["", "3", "", "4", "", "2"])
        #expect(result.status == 0, "\(result.error)")
        let summary = try #require(result.output.components(separatedBy: "Session summary\n").last)
        #expect(summary.contains("   1. What does dropout do during training, …  –        –  Good\n"))
        #expect(summary.contains("   2. \\u{1B}]0;pwned\\u{7}勾配消失とは？"))
        #expect(summary.contains("   3. what-is-adam-4b0fb9"))
        #expect(!summary.contains("anki-6803ab597b22"))
        #expect(!result.output.contains("\u{1B}"))
    }

    @Test func statsShowTheQuestionTextForAHashIdInTheTableAndTheWeakest() throws {
        let harness = try CLIHarness()
        let path = try harness.write("imported.md", Self.deck)
        _ = harness.run(["quiz", "--deck", path, "--order", "sequential"], input: ["", "1", "", "2", "", "4"])
        let stats = harness.run(["stats", "--deck", path])
        #expect(stats.status == 0, "\(stats.error)")
        let table = try #require(stats.output.components(separatedBy: "Questions\n").last)
        #expect(table.contains("  What does dropout do during training, …"))
        let weakest = try #require(stats.output.components(separatedBy: "Weakest questions\n").last)
        #expect(weakest.hasPrefix("  1. What does dropout do during training, …  last Again"))
        #expect(weakest.contains("  2. \\u{1B}]0;pwned\\u{7}勾配消失とは？"))
        // The command still names the ids, which is what --ids takes.
        #expect(weakest.contains("--ids anki-6803ab597b22,q-3fa2c1"))
        #expect(!stats.output.contains("\u{1B}"))
    }

    @Test func quizAllDecksNamesEachQuestionsDeckOnItsCardAndInTheSummary() throws {
        let harness = try CLIHarness()
        let library = harness.path(".local/share/dlquiz/decks")
        try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
        try Data(Self.deck.utf8).write(to: URL(fileURLWithPath: library + "/imported.md"))
        let result = harness.run(
            ["quiz", "--all-decks", "--ids", "what-is-adam-4b0fb9", "--order", "sequential"], input: ["", "3"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("basics · difficulty 1/3 · about 1 min · deck imported\n"), "\(result.output)")
        #expect(result.output.contains("   1. imported › what-is-adam-4b0fb9  –        –  Good\n"))
    }
}
