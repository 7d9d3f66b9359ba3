import Foundation
import Testing

@testable import QuizCLI

/// Finding things from the command line: topics by name, suggestions for an unknown id, `list --search`, and a
/// `list` through a pipe that `grep` can search.
@Suite struct FindingTests {
    @Test(arguments: ["training", "Training", "TRAINING", "学習", "ｔｒａｉｎｉｎｇ"])
    func aTopicIsTakenByItsIdOrItsNameInEitherLanguage(topic: String) throws {
        let harness = try CLIHarness()
        let byID = harness.run(["list", "--topic", "training"])
        let byName = harness.run(["list", "--topic", topic])
        #expect(byName.status == 0, "\(byName.error)")
        #expect(byName.output == byID.output)
    }

    @Test func theStarterDecksTopicIsTakenByItsDisplayName() throws {
        let harness = try CLIHarness()
        let path = harness.path("mine.md")
        _ = harness.run(["new", path])
        let result = harness.run(["list", "--deck", path, "--topic", "Basics"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("mine-overfitting"))
    }

    @Test(arguments: [
        ("batchnorm", "\nQuestions that mention 'batchnorm': 'batch-normalization'"),
        ("BN", "\nQuestions that mention 'BN': 'batch-normalization'."),
        (
            "dropout",
            "\nQuestions that mention 'dropout': 'batch-normalization', 'bias-variance-tradeoff' or 'params-vs-hyperparams'."
        ),
        ("backprop", "\nDid you mean 'backpropagation'?"),
    ])
    func showSuggestsCloseIdsAndQuestionsThatMentionTheWord(word: String, hint: String) throws {
        let result = try CLIHarness().run(["show", word])
        #expect(result.status == 64)
        // The hint starts the line after the message (either may wrap over several lines): a close id is asked
        // about, questions found by the word are said to mention it.
        #expect(result.error.unwrappedContains(hint), "\(result.error)")
    }

    // MARK: list --search

    @Test(arguments: [
        ("inference", ["batch-normalization"]), ("Inference", ["batch-normalization"]), ("推論", ["batch-normalization"]),
        ("BN", ["batch-normalization"]), ("ｂａｃｋｐｒｏｐａｇａｔｉｏｎ", ["backpropagation"]),
    ])
    func listSearchFindsTextInEveryLanguageAndCase(query: String, ids: [String]) throws {
        let harness = try CLIHarness()
        let result = harness.run(["list", "--search", query, "--json"])
        #expect(result.status == 0, "\(result.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let found = (object["questions"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        for id in ids { #expect(found.contains(id), "\(query): \(found)") }
    }

    @Test func listSearchSearchesKeyPointsAndAnswersToo() throws {
        let harness = try CLIHarness()
        let path = harness.path("mine.md")
        _ = harness.run(["new", path])
        #expect(
            harness.run(["list", "--deck", path, "--search", "early stopping"]).output.contains("mine-overfitting"))
        #expect(harness.run(["list", "--deck", path, "--search", "DIVERGE"]).output.contains("mine-overfitting"))
        #expect(
            harness.run(["list", "--deck", path, "--search", "negative gradient"]).output.contains("learning-rate"))
    }

    @Test func aSearchThatFindsNothingSaysSo() throws {
        let harness = try CLIHarness()
        let result = harness.run(["list", "--search", "xyzzy"])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.error == "No question mentions 'xyzzy'; 'dlquiz list' shows them all.\n")
        let json = harness.run(["list", "--search", "xyzzy", "--json"])
        #expect(json.status == 0)
        #expect(json.output.contains(#""questions" : ["#) || json.output.contains(#""questions": ["#))
        #expect(harness.run(["list", "--search", " "]).status == 64)
    }

    // MARK: list through a pipe

    @Test func throughAPipeListNeverCutsACell() throws {
        let harness = try CLIHarness()
        harness.environment["COLUMNS"] = nil
        let output = harness.run(["list"]).output
        let row = try #require(output.split(separator: "\n").first { $0.hasPrefix("batch-normalization") })
        #expect(row.contains("in training mode versus inference mode"), "\(row)")
        #expect(!output.contains("…"))
        let wide = harness.run(["list"], environment: ["COLUMNS": "60"]).output
        #expect(wide.contains("…"), "an explicit COLUMNS still sets the width")
    }
}
