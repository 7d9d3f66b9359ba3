import Foundation
import Testing

/// Flashcards in what the quiz and `stats` say afterwards: every grade counted as saved, a session of flashcards shown
/// as such and kept out of score comparisons and trends, topics and the weakest questions counting them.
@Suite struct FlashcardSummaryTests {
    /// One question with key points and three flashcards, each in a topic of its own but `cards`.
    static let deck = """
        ---
        id: cards
        title: Cards
        languages: [en]
        ---

        ## kp (basics, difficulty 1, 2 min)

        What is a tensor?

        ### Answer

        A multi-dimensional array.

        ### Key points

        - multi-dimensional
        - array

        ## card-a (cards, difficulty 1, 1 min)

        What is a scalar?

        ### Answer

        A single number.

        ## card-b (cards, difficulty 1, 1 min)

        What is a vector?

        ### Answer

        A one-dimensional array.

        ## card-c (cards, difficulty 1, 1 min)

        What is a matrix?

        ### Answer

        A two-dimensional array.

        """

    @Test func aSessionOfFlashcardsSaysHowManyWereSavedAndThatItHasNoScore() throws {
        let harness = try CLIHarness()
        let path = try harness.write("cards.md", Self.deck)
        let result = harness.run(
            ["quiz", "--deck", path, "--ids", "card-a,card-b,card-c", "--order", "sequential"],
            input: ["", "3", "", "4", "", "3"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Flashcards only: 3 graded (Good 2 · Easy 1), no key points to score.\n"))
        #expect(result.output.contains("Saved 3 answers to "))
        #expect(!result.output.contains("Session score"))
        #expect(harness.progressLines().count == 3)
    }

    @Test func aMixedSessionCountsItsFlashcardsAmongTheSavedAnswers() throws {
        let harness = try CLIHarness()
        let path = try harness.write("cards.md", Self.deck)
        let result = harness.run(
            ["quiz", "--deck", path, "--ids", "card-a,kp,card-b", "--order", "sequential"],
            input: ["", "3", "", "all", "", "", "1"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Session score: 1.00 / 1 (100%)\n"))
        #expect(result.output.contains("Also 2 flashcards, graded directly and not in the score.\n"))
        #expect(result.output.contains("Saved 3 answers to "))
        #expect(harness.progressLines().count == 3)
    }

    @Test func theNextSessionComparesWithTheLastSessionThatHadAScore() throws {
        let harness = try CLIHarness()
        let path = try harness.write("cards.md", Self.deck)
        _ = harness.run(["quiz", "--deck", path, "--ids", "kp"], input: ["", "1", ""])
        harness.now += 100
        _ = harness.run(["quiz", "--deck", path, "--ids", "card-a"], input: ["", "4"])
        harness.now += 100
        let result = harness.run(["quiz", "--deck", path, "--ids", "kp"], input: ["", "all", ""])
        #expect(result.status == 0, "\(result.error)")
        #expect(!result.output.contains("0.00 / 0"))
        #expect(result.output.contains("Previous session: 0.50 / 1 (50%), so you are up 50 percentage points.\n"))
    }

    @Test func aFirstScoredSessionAfterFlashcardsAloneIsCalledTheFirstScoredOne() throws {
        let harness = try CLIHarness()
        let path = try harness.write("cards.md", Self.deck)
        _ = harness.run(["quiz", "--deck", path, "--ids", "card-a"], input: ["", "4"])
        harness.now += 100
        let result = harness.run(["quiz", "--deck", path, "--ids", "kp"], input: ["", "all", ""])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("This is your first scored session with this deck.\n"))
        #expect(!result.output.contains("first recorded session"))
    }

    @Test func statsCountFlashcardsAndKeepSessionsOfThemOutOfTheTrend() throws {
        let harness = try CLIHarness()
        let path = try harness.write("cards.md", Self.deck)
        _ = harness.run(
            ["quiz", "--deck", path, "--ids", "card-a,card-b,card-c", "--order", "sequential"],
            input: ["", "4", "", "1", "", "3"])
        harness.now += 3600
        let stats = harness.run(["stats", "--deck", path])
        #expect(stats.status == 0, "\(stats.error)")
        #expect(stats.output.contains("Session scores  -  1 session of flashcards, no score\n"))
        #expect(!stats.output.contains("0% → 0%"))
        #expect(stats.output.contains("3/3 answered, flashcards"))
        #expect(stats.output.contains("  basics          ░"))
        #expect(stats.output.contains("not answered yet"))
        // Again first, then Good; Easy is not weak.
        let weakest = try #require(stats.output.components(separatedBy: "Weakest questions\n").last)
        #expect(weakest.hasPrefix("  1. card-b  last Again · recall "))
        #expect(weakest.contains("\n  2. card-c  last Good · recall "))
        #expect(!weakest.contains("card-a  "))

        let json = harness.run(["stats", "--deck", path, "--json"]).output
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let sessions = try #require(object["sessions"] as? [[String: Any]])
        #expect(sessions.count == 1)
        #expect(sessions.first?["graded"] as? Int == 3)
        #expect(sessions.first?["flashcards"] as? Int == 3)
        #expect(sessions.first?["fraction"] is NSNull)
        let topics = try #require(object["topics"] as? [[String: Any]])
        #expect(topics.map { "\($0["topic"]!) \($0["answered"]!)" } == ["basics 0", "cards 3"])
        #expect(object["weakest"] as? [String] == ["card-b", "card-c"])
    }

    @Test func aTrendOfScoredSessionsLeavesOutTheFlashcardSessionsBetweenThem() throws {
        let harness = try CLIHarness()
        let path = try harness.write("cards.md", Self.deck)
        _ = harness.run(["quiz", "--deck", path, "--ids", "kp"], input: ["", "1", ""])
        harness.now += 100
        _ = harness.run(["quiz", "--deck", path, "--ids", "card-a"], input: ["", "4"])
        harness.now += 100
        _ = harness.run(["quiz", "--deck", path, "--ids", "kp"], input: ["", "all", ""])
        let stats = harness.run(["stats", "--deck", path])
        #expect(stats.output.contains("last 2 sessions: 50% → 100%"), "\(stats.output)")
    }
}
