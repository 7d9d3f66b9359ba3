import Foundation
import Testing

@testable import QuizCLI
@testable import QuizKit

/// The quiz's setup driven step by step, without a prompt loop: the order chosen, the session's settings, and the one
/// way past answers become a planner (one deck's, or each question's own deck's with `--all-decks`).
@Suite struct QuizSetupTests {
    private let threeIDs = "bias-variance-tradeoff,epoch-batch-iteration,learning-rate-effects"

    private func setup(_ harness: CLIHarness, _ arguments: [String], input: [String?] = []) throws -> (
        QuizSetup, CommandContext
    ) {
        let command = try ArgumentParser.parse(arguments, as: QuizCommand.self)
        let context = harness.context(["quiz"] + arguments, input: input)
        return (try QuizSetup(command, context: context), context)
    }

    @Test func weakestAsksTheLowestMeanCoverageFirstThenTheNewOnes() throws {
        let harness = try CLIHarness()
        try harness.writeHistory([
            ("epoch-batch-iteration", 3, [1, 2, 3, 4, 5], 6, 86_400),  // 5/6
            ("learning-rate-effects", 1, [1], 6, 86_400),  // 1/6
        ])
        let (setup, context) = try setup(harness, ["--ids", threeIDs, "--order", "weakest", "--count", "2"])
        #expect(
            try setup.chooseQuestions(context)
                == .practise([
                    try #require(setup.deck.question(withID: "learning-rate-effects")),
                    try #require(setup.deck.question(withID: "epoch-batch-iteration")),
                ]))
    }

    @Test func nothingDueAndDeclinedPractisesNothing() throws {
        let harness = try CLIHarness()
        try harness.writeHistory([("epoch-batch-iteration", 4, [1, 2, 3, 4, 5, 6], 6, 60)])
        let (setup, context) = try setup(harness, ["--ids", "epoch-batch-iteration", "--order", "due"], input: ["n"])
        #expect(try setup.chooseQuestions(context) == .declined)
    }

    @Test func theSettingsCarryWhatTheCommandAskedFor() throws {
        let harness = try CLIHarness()
        try harness.writeHistory([("epoch-batch-iteration", 3, [1, 2], 6, 86_400)])
        let (setup, _) = try setup(harness, ["--ids", threeIDs, "--no-save", "--minutes", "1.5", "--follow-ups"])
        let ids = Set(threeIDs.split(separator: ",").map(String.init))
        let questions = setup.deck.questions.filter { ids.contains($0.id) }
        let settings = setup.settings(for: questions, sessionID: "s")
        #expect(settings.deckID == "deep-learning")
        #expect(!settings.isRecording)
        #expect(settings.timeLimit == .fixed(seconds: 90))
        #expect(settings.asksFollowUps)
        #expect(settings.histories?.keys.sorted() == ["epoch-batch-iteration"])
        #expect(settings.histories?["epoch-batch-iteration"]?.reviews.map(\.grade) == [.good])
        #expect(settings.questionDeckIDs.isEmpty)
    }

    @Test func withAllDecksEachQuestionReplaysItsOwnDecksAnswers() throws {
        let harness = try CLIHarness()
        try harness.write(".local/share/dlquiz/decks/small.md", DeckCommandsTests.smallDeck)
        // "first" of the small deck was answered once (Good); answers recorded under another deck are not its own.
        let now = Int(harness.now.timeIntervalSince1970)
        let line = { (deck: String, question: String, grade: Int, seconds: Int) in
            #"{"v":1,"type":"answer","time":"\#(Self.stamp(now - seconds))","session":"old","seq":1,"deck":"\#(deck)","question":"\#(question)","grade":\#(grade),"covered":[1],"total":2,"seconds":30,"mode":"quiz"}"#
        }
        try harness.write(
            ".local/state/dlquiz/progress.jsonl",
            [
                line("small", "first", 3, 86_400), line("deep-learning", "first", 1, 7_200),
                line("deep-learning", "first", 1, 3_600), line("deep-learning", "backpropagation", 2, 3_600),
            ].joined(separator: "\n") + "\n")
        let (setup, _) = try setup(harness, ["--all-decks", "--ids", "first,backpropagation", "--order", "sequential"])
        let questions = try ["first", "backpropagation"].map { try #require(setup.deck.question(withID: $0)) }
        let settings = setup.settings(for: questions, sessionID: "s")
        #expect(settings.questionDeckIDs == ["small", "deep-learning"])
        #expect(settings.histories?["first"]?.reviews.map(\.grade) == [.good])
        #expect(settings.histories?["backpropagation"]?.reviews.map(\.grade) == [.hard])
        let planner = setup.pastAnswers.planner(for: questions, now: harness.now)
        #expect(planner.statuses.map(\.attempts) == [1, 1])
        let first = FSRSScheduler().replay(
            [(grade: Grade.good, time: harness.now - 86_400)], createdAt: harness.now - 86_400)
        #expect(planner.statuses[0].card == first)
    }

    private static func stamp(_ seconds: Int) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
