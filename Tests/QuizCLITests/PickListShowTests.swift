import Foundation
import Testing

@testable import QuizCLI

/// `pick`, `list`, `show`, `progress` and `tips`, in text and JSON.
@Suite struct PickListShowTests {
    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func pickIsReproducibleAndNeverRepeats() throws {
        let harness = try CLIHarness()
        for seed in 0..<40 {
            let result = harness.run(["pick", "-n", "6", "--seed", String(seed), "--json"])
            let object = try json(result.output)
            let ids = try #require(object["questions"] as? [[String: Any]]).compactMap { $0["id"] as? String }
            #expect(ids.count == 6)
            #expect(Set(ids).count == 6)
            #expect(harness.run(["pick", "-n", "6", "--seed", String(seed), "--json"]).output == result.output)
        }
    }

    @Test func pickPrintsTheSeedAndTheCommandToRepeatIt() throws {
        let result = try CLIHarness().run(["pick", "--seed", "42", "--topic", "training"])
        #expect(result.status == 0)
        #expect(result.output.contains("The same set again: dlquiz pick -n 4 --seed 42 --topic training"))
        #expect(!result.output.contains("Listen for:"))
    }

    /// The interviewer's hand-over: the `interview` command that asks the same set, with the deck, quoted, and at a
    /// narrow width broken with shell continuations.
    @Test func pickPrintsTheInterviewCommandForTheSameSet() throws {
        let harness = try CLIHarness()
        let seeded = harness.run(
            ["pick", "--seed", "42", "--topic", "training", "--balanced", "--rubric"], environment: ["COLUMNS": "100"])
        #expect(
            seeded.output.hasSuffix(
                "To ask it in an interview: dlquiz interview -n 4 --seed 42 --topic training --balanced\n"))
        let deckPath = try harness.write("my deck's folder/deck.md", DeckCommandsTests.smallDeck)
        let withDeck = harness.run(
            ["pick", "-n", "1", "--seed", "7", "--deck", deckPath], environment: ["COLUMNS": "40"])
        let quoted = ShellQuoting.quoted(deckPath)
        #expect(quoted.hasPrefix("'"))
        let tail = withDeck.output.components(separatedBy: "To ask it in an interview:\n").last ?? ""
        let command = tail.replacingOccurrences(of: " \\\n    ", with: " ").trimmingCharacters(
            in: .whitespacesAndNewlines)
        #expect(command == "dlquiz interview -n 1 --seed 7 --deck \(quoted)", "\(withDeck.output)")
        #expect(tail.contains(" \\\n"), "wrapped with continuations at 40 columns")
        // The same command, pasted into an interview, asks the same question.
        let picked = withDeck.output.components(separatedBy: "\n").first { $0.hasPrefix("1. ") } ?? ""
        let interview = harness.run(["interview", "-n", "1", "--seed", "7", "--deck", deckPath], input: ["q"])
        #expect(interview.output.contains(String(picked.dropFirst(3))), "\(interview.output)")
    }

    @Test func pickWithARubricSnapshot() throws {
        let result = try CLIHarness().run(["pick", "-n", "2", "--seed", "3", "--rubric", "--deck", uiFixtureDeck])
        // The checkout's path differs between machines: the snapshot names the fixture by a placeholder.
        // How the command breaks over lines depends on the path's length: the snapshot holds it on one line.
        let oneLine = result.output.replacingOccurrences(of: #" \\\n +"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: "The same set again:\n  ", with: "The same set again: ")
            .replacingOccurrences(of: "To ask it in an interview:\n  ", with: "To ask it in an interview: ")
        expectSnapshot(
            oneLine.replacingOccurrences(of: uiFixtureDeck, with: "FIXTURES/ui-deck.json"), named: "pick-rubric")
    }

    @Test func pickMoreThanAvailableTakesAllAndSaysSo() throws {
        let result = try CLIHarness().run(["pick", "-n", "9", "--difficulty", "3"])
        #expect(result.status == 0)
        #expect(result.error == "Note: only 1 question matches; picked it.\n")
    }

    @Test func pickJSONHasDocumentedKeys() throws {
        let object = try json(try CLIHarness().run(["pick", "-n", "1", "--seed", "1", "--rubric", "--json"]).output)
        #expect(Set(object.keys) == ["seed", "deck", "language", "questions"])
        let question = try #require((object["questions"] as? [[String: Any]])?.first)
        #expect(Set(question.keys) == ["id", "topic", "difficulty", "minutes", "question", "keyPoints", "followUps"])
    }

    @Test(arguments: ["0", "2417", "9007199254740993", "18446744073709551615"])
    func pickJSONPrintsTheSeedExactly(seed: String) throws {
        let result = try CLIHarness().run(["pick", "-n", "1", "--seed", seed, "--json"])
        #expect(result.output.contains(#""seed": "\#(seed)""#), "\(result.output)")
    }

    @Test func listShowsAttemptsAndLastGrade() throws {
        let harness = try CLIHarness()
        _ = harness.run(["quiz", "--ids", "data-generators"], input: ["", "1", ""])
        let text = harness.run(["list"])
        #expect(
            text.output.contains("data-generators         data          1        1  Again  What is a data loader"),
            "\(text.output)")
        #expect(text.output.contains("12 questions, 1 answered at least once."))
        let object = try json(harness.run(["list", "--json"]).output)
        let rows = try #require(object["questions"] as? [[String: Any]])
        #expect(rows.count == 12)
        let row = try #require(rows.first { $0["id"] as? String == "data-generators" })
        #expect(row["attempts"] as? Int == 1)
        #expect(row["lastGrade"] as? String == "again")
        #expect(
            Set(row.keys) == [
                "id", "topic", "difficulty", "minutes", "question", "attempts", "lastGrade", "lastAnswered",
                "meanCoverage",
            ])
    }

    @Test func listInJapaneseLinesUpWideCharacters() throws {
        let output = try CLIHarness().run(["list", "--lang", "ja"]).output
        let rows = output.split(separator: "\n").dropFirst().prefix(12)
        #expect(rows.count == 12)
        #expect(output.contains("学習"))
    }

    @Test func showPrintsEverySection() throws {
        let result = try CLIHarness().run(["show", "epochs", "--deck", uiFixtureDeck])
        for heading in ["Model answer", "Details", "Key points", "Follow-up questions", "References"] {
            #expect(result.output.contains("\n" + heading + "\n"), "missing \(heading)")
        }
        #expect(result.output.contains("You have not answered this question yet."))
        expectSnapshot(result.output, named: "show-epochs")
    }

    @Test(arguments: [60, 100])
    func showWrapsAtTheWidthInBothLanguages(width: Int) throws {
        let harness = try CLIHarness()
        for language in ["en", "ja"] {
            let output = harness.run(
                ["show", "batch-normalization", "--lang", language], environment: ["COLUMNS": String(width)]
            ).output
            for line in output.split(separator: "\n") {
                #expect(displayWidth(String(line)) <= width, "\(language) line too wide: \(line)")
            }
        }
    }

    @Test func showSuggestsTheClosestIDs() throws {
        let result = try CLIHarness().run(["show", "backprop"])
        #expect(result.status == 64)
        #expect(
            result.error.unwrappedHasPrefix(
                """
                Error: The value 'backprop' is invalid for '<id>': no question has this id ('dlquiz list' shows them)
                Did you mean 'backpropagation'?
                Usage: dlquiz show [--history] [--deck <file>]
                """))
    }

    @Test func showJSONHasTheWholeQuestion() throws {
        let object = try json(try CLIHarness().run(["show", "imbalanced-data", "--json", "--lang", "ja"]).output)
        #expect(object["language"] as? String == "ja")
        #expect((object["keyPoints"] as? [String])?.count == 8)
        #expect((object["answer"] as? String)?.contains("SMOTE") == true)
    }

    @Test func showJSONGivesTheDetailsOrNull() throws {
        let harness = try CLIHarness()
        let epochs = try json(harness.run(["show", "epochs", "--json", "--deck", uiFixtureDeck]).output)
        #expect(
            epochs["details"] as? String
                == "With N = 10,050 and B = 200 an epoch takes 51 iterations, the last one with 50 examples; 50 with `drop_last=True`."
        )
        let loaders = try json(harness.run(["show", "loaders", "--json", "--deck", uiFixtureDeck]).output)
        #expect(loaders.keys.contains("details"))
        #expect(loaders["details"] is NSNull)
    }

    @Test func showGivesTheOneMinuteAnswerBeforeTheModelAnswerAndInItsJSON() throws {
        let harness = try CLIHarness()
        let text = harness.run(["show", "epochs", "--deck", uiFixtureDeck]).output
        let first = try #require(text.range(of: "One-minute answer\n  An epoch is one pass over the data, a batch"))
        let model = try #require(text.range(of: "Model answer\n"))
        #expect(first.upperBound < model.lowerBound)
        let japanese = harness.run(["show", "epochs", "--deck", uiFixtureDeck, "--lang", "ja"]).output
        #expect(japanese.contains("1分で答えるなら\n  エポックはデータの一巡"), "\(japanese)")
        let epochs = try json(harness.run(["show", "epochs", "--json", "--deck", uiFixtureDeck]).output)
        #expect(
            epochs["oneMinuteAnswer"] as? String
                == "An epoch is one pass over the data, a batch is the examples behind one update, and an iteration is that update: ⌈N/B⌉ of them per epoch."
        )
        let loaders = try json(harness.run(["show", "loaders", "--json", "--deck", uiFixtureDeck]).output)
        #expect(loaders["oneMinuteAnswer"] is NSNull)
        #expect(!harness.run(["show", "loaders", "--deck", uiFixtureDeck]).output.contains("One-minute answer"))
    }

    @Test func progressDescribesTheFile() throws {
        let harness = try CLIHarness()
        #expect(
            harness.run(["progress"]).output.hasPrefix(
                "No progress yet: ~/.local/state/dlquiz/progress.jsonl does not exist."))
        _ = harness.run(
            ["quiz", "--ids", "data-generators,imbalanced-data", "--order", "sequential"],
            input: ["", "all", "", "", "1", ""])
        try (try String(contentsOfFile: harness.progressPath, encoding: .utf8) + "garbage\n").write(
            toFile: harness.progressPath, atomically: false, encoding: .utf8)
        let text = harness.run(["progress"]).output
        #expect(text.contains("2 graded answers in 1 session, from 2026-11-23 to 2026-11-23."))
        #expect(text.contains("deep-learning  2 answers · 2 questions · 1 session · last 2026-11-23"))
        #expect(text.contains("Unreadable lines: 1"))
        #expect(text.contains("  line 3: not a JSON object"))
        let object = try json(harness.run(["progress", "--json"]).output)
        #expect(object["answers"] as? Int == 2)
        #expect(object["problemCount"] as? Int == 1)
        #expect(
            Set(object.keys) == [
                "path", "exists", "bytes", "lines", "answers", "sessions", "firstAnswer", "lastAnswer", "decks",
                "problemCount", "problems",
            ])
    }

    @Test func resetAsksThenKeepsABackup() throws {
        let harness = try CLIHarness()
        _ = harness.run(["quiz", "--ids", "data-generators"], input: ["", "all", ""])
        let refused = harness.run(["progress", "reset"], input: ["no"])
        #expect(refused.status == 1)
        #expect(refused.error == "Reset cancelled; nothing was changed.\n")
        #expect(harness.progressLines().count == 1)
        let confirmed = harness.run(["progress", "reset"], input: ["yes"])
        #expect(confirmed.status == 0)
        #expect(
            confirmed.output.unwrappedContains(
                "Progress cleared. The old file is kept as ~/.local/state/dlquiz/progress.jsonl.backup-20261123T090001Z."
            ), "\(confirmed.output)")
        #expect(harness.progressLines().isEmpty)
        let backup = try String(contentsOfFile: harness.progressPath + ".backup-20261123T090001Z", encoding: .utf8)
        #expect(backup.contains("data-generators"))
    }

    @Test func tipsInBothLanguages() throws {
        let harness = try CLIHarness()
        let english = harness.run(["tips"]).output
        #expect(
            english.hasPrefix(
                "Tips for answering technical interview questions\n\n1. Structure every answer\n   A dependable order"))
        #expect(
            english.contains(
                "dig: follow-ups that test how deep your understanding goes are normal, not a\n   sign that your first answer was wrong.\n\n2. State assumptions, ask questions\n"
            ))
        #expect(english.split(separator: "\n").filter { $0.first?.isNumber == true }.count == 6)
        let japanese = harness.run(["tips"], environment: ["LANG": "ja_JP.UTF-8"]).output
        #expect(japanese.hasPrefix("技術面接で質問に答えるためのヒント"))
        #expect(!japanese.contains("差別的"))
    }
}

/// Terminal columns, counting East Asian wide characters as two.
func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { total, scalar in
        let value = scalar.value
        let wide =
            (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value)
            || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value)
        let zero = (0x300...0x36F).contains(value)
        return total + (zero ? 0 : (wide ? 2 : 1))
    }
}
