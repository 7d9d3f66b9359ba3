import Foundation
import Testing

/// `--order due`, `--order weakest`, `--until` and `dlquiz stats`, with a fixed clock (2026-11-23T09:00:00Z, a Monday,
/// in UTC) and hand-written histories.
@Suite struct PlanningCommandTests {
    private let day = 86_400

    /// Key-point totals of the bundled questions used below.
    private let totals = [
        "batch-normalization": 7, "bias-variance-tradeoff": 6, "data-generators": 6, "imbalanced-data": 6,
        "epoch-batch-iteration": 6,
    ]

    /// batch-normalization: learned 90 days ago (long overdue); bias-variance-tradeoff: learned well yesterday;
    /// data-generators: failed 20 days ago; imbalanced-data: Good 5 days ago, Good today.
    private func writeHistory(_ harness: CLIHarness) throws {
        try harness.writeHistory([
            ("batch-normalization", 3, [1, 2, 3, 4, 5, 6], 7, 90 * day),
            ("bias-variance-tradeoff", 4, [1, 2, 3, 4, 5, 6], 6, 1 * day),
            ("data-generators", 1, [1], 6, 20 * day),
            ("imbalanced-data", 3, [1, 2, 3, 4], 6, 5 * day),
            ("imbalanced-data", 3, [1, 2, 3, 4, 5], 6, 3600),
        ])
    }

    private let subset = [
        "--ids", "batch-normalization,bias-variance-tradeoff,data-generators,imbalanced-data,epoch-batch-iteration",
    ]

    @Test func dueOrderAsksOverdueFirstThenNew() throws {
        let harness = try CLIHarness()
        try writeHistory(harness)
        let answers = Array(repeating: ["", "all", ""], count: 5).flatMap { $0 }
        let result = harness.run(["quiz", "--order", "due"] + subset, input: answers)
        #expect(result.status == 0)
        // Due now: data-generators (failed, lowest recall) and batch-normalization; then the new one.
        #expect(
            Array(harness.savedQuestionIDs().dropFirst(5)) == [
                "data-generators", "batch-normalization", "epoch-batch-iteration",
            ])
    }

    @Test func whenNothingIsDueItSaysWhenAndOffersToPractise() throws {
        let harness = try CLIHarness()
        try writeHistory(harness)
        let declined = harness.run(
            ["quiz", "--order", "due", "--ids", "bias-variance-tradeoff,imbalanced-data"], input: ["n"])
        #expect(declined.status == 0)
        #expect(declined.output.hasPrefix("Nothing is due now. The next question is due in "))
        #expect(declined.output.contains("Practise the questions most at risk of being forgotten anyway? [y/N]"))
        #expect(harness.progressLines().count == 5)
        let accepted = harness.run(
            ["quiz", "--order", "due", "--ids", "bias-variance-tradeoff,imbalanced-data"],
            input: ["y", "", "all", "", "q"])
        #expect(accepted.status == 0)
        #expect(harness.progressLines().count == 6)
    }

    @Test func untilPlansForTheInterviewDay() throws {
        let harness = try CLIHarness()
        try writeHistory(harness)
        // Nothing of these two is due now, but bias-variance-tradeoff (learned yesterday) will have slipped in a month.
        let result = harness.run(
            ["quiz", "--until", "+30", "--ids", "bias-variance-tradeoff,imbalanced-data"], input: ["", "all", "", "q"])
        #expect(result.status == 0)
        #expect(harness.savedQuestionIDs().last == "bias-variance-tradeoff")
        #expect(harness.progressLines().count == 6)
        let tomorrow = harness.run(
            ["quiz", "--until", "tomorrow", "--ids", "bias-variance-tradeoff,imbalanced-data"], input: ["n"])
        #expect(tomorrow.output.hasPrefix("Nothing needs practice before 2026-11-24."))
    }

    @Test(arguments: [
        (
            ["quiz", "--until", "someday"],
            "Error: The value 'someday' is invalid for '--until <date>': use a date such as 2026-12-04, a weekday such as fri, today, tomorrow or +3\n"
        ),
        (
            ["quiz", "--until", "2020-01-01"],
            "Error: The value '2020-01-01' is invalid for '--until <date>': 2020-01-01 is in the past\n"
        ),
        (
            ["quiz", "--order", "weakest", "--until", "fri"],
            "Error: '--until' plans due practice; use it with '--order due' (or without --order)\n"
        ),
    ])
    func untilRefusesWhatItCannotUse(arguments: [String], message: String) throws {
        let result = try CLIHarness().run(arguments)
        #expect(result.status == 64)
        #expect(result.error.unwrappedHasPrefix(message), "\(result.error)")
    }

    @Test func weakestOrderStartsWithTheLowestCoverage() throws {
        let harness = try CLIHarness()
        try writeHistory(harness)
        _ = harness.run(["quiz", "--order", "weakest"] + subset, input: ["", "none", "", "", "none", "", "q"])
        #expect(Array(harness.savedQuestionIDs().dropFirst(5)) == ["data-generators", "imbalanced-data"])
    }

    /// The dashboard on the UI fixture deck (copied into the home folder, printed as ~), so content edits to the bundled
    /// deck never touch the snapshot: batch-norm learned 90 days ago, epochs failed 20 days ago, bias-variance Good 5
    /// days ago and Easy yesterday, loaders (the only data question) never answered.
    @Test func statsSnapshot() throws {
        let harness = try CLIHarness()
        let deck = try harness.write("ui-deck.json", String(contentsOfFile: uiFixtureDeck, encoding: .utf8))
        try harness.writeHistory(
            [
                ("batch-norm", 3, [1, 2, 3, 4], 5, 90 * day),
                ("epochs", 1, [1], 4, 20 * day),
                ("bias-variance", 3, [1, 2, 3], 4, 5 * day),
                ("bias-variance", 4, [1, 2, 3, 4], 4, 1 * day),
            ], deck: "ui-fixture")
        let result = harness.run(["stats", "--until", "fri", "--deck", deck])
        #expect(result.status == 0)
        // The practise command names the temporary home; the snapshot shows it as ~.
        expectSnapshot(result.output.replacingOccurrences(of: harness.home.path, with: "~"), named: "stats")
    }

    @Test func statsInJapanese() throws {
        let harness = try CLIHarness()
        try writeHistory(harness)
        let output = harness.run(["stats", "--lang", "ja"]).output
        #expect(output.hasPrefix("学習の記録 · ディープラーニング面接の質問集"))
        #expect(output.contains("トピック別のカバー率"))
        for line in output.split(separator: "\n") where !line.hasPrefix("    dlquiz ") {
            #expect(displayWidth(String(line)) <= 80, "\(line)")
        }
    }

    @Test func statsJSONHasTheSameNumbers() throws {
        let harness = try CLIHarness()
        try writeHistory(harness)
        let data = Data(harness.run(["stats", "--json", "--until", "2026-11-27"]).output.utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["answers"] as? Int == 5)
        #expect(object["daysPractised"] as? Int == 5)
        #expect(object["currentStreak"] as? Int == 2)
        #expect(object["new"] as? Int == 8)
        #expect(object["dueNow"] as? Int == 2)
        let days = try #require(object["lastThirtyDays"] as? [[String: Any]])
        #expect(days.count == 30)
        #expect(days.last?["date"] as? String == "2026-11-23")
        #expect(days.last?["answers"] as? Int == 1)
        let questions = try #require(object["questions"] as? [[String: Any]])
        #expect(questions.count == 12)
        #expect(questions.first?["id"] as? String == "data-generators")
        #expect(
            Set(questions[0].keys) == [
                "id", "topic", "attempts", "lastGrade", "meanCoverage", "recall", "stability", "difficulty", "due",
                "isDue",
            ])
        let until = try #require(object["until"] as? [String: Any])
        #expect(until["date"] as? String == "2026-11-27")
        #expect(until["notReady"] as? Int == 10)
        #expect((object["weakest"] as? [String])?.first == "data-generators")
        #expect(
            object["practiseWeakest"] as? String
                == "dlquiz quiz --order sequential --ids data-generators,imbalanced-data,batch-normalization")
    }

    @Test func statsWithoutPracticeSaysHowToStart() throws {
        let output = try CLIHarness().run(["stats"]).output
        #expect(output.contains("No practice recorded for this deck yet. Start with 'dlquiz quiz'."))
    }
}
