import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// Follow-ups that name the key points they probe: read and checked in JSON and Markdown, written back, and used by
/// the quiz to ask first about a point the candidate has just missed.
@Suite struct FollowUpProbeTests {
    // MARK: Reading and checking

    /// The small test deck (four key points) with `probes` given to its first question's follow-up.
    private static func deckText(probes: String) -> String {
        let anchor = #""followUps": [{"question": "Why?", "answer": "Because."}],"#
        precondition(TestDecks.small.contains(anchor))
        return TestDecks.small.replacingOccurrences(
            of: anchor, with: #""followUps": [{"question": "Why?", "answer": "Because.", "probes": "# + probes + "}],")
    }

    private static func problems(_ text: String, markdown: Bool = false) -> String {
        do throws(QuizError) {
            _ =
                markdown
                ? try MarkdownDeckReader.read(bytes: Array(text.utf8), source: "probes.md")
                : try DeckLoader.load(bytes: Array(text.utf8), source: "probes.json")
            return "loaded without error"
        } catch {
            return error.diagnosticLines
        }
    }

    @Test func probesAreReadSortedAndLeftEmptyWhereTheDeckNamesNone() throws {
        let deck = try DeckLoader.load(bytes: Array(Self.deckText(probes: "[4, 1]").utf8), source: "probes.json")
        #expect(deck.questions[0].followUps[0].probes == [1, 4])
        #expect(try TestDecks.smallDeck().questions[0].followUps[0].probes == [])
    }

    @Test(arguments: [
        (
            "[5]",
            "probes.json:12:75: questions[0].followUps[0].probes[0]: the follow-up probes key point 5, but the question's key points are numbered 1 to 4"
        ),
        (
            "[2, 0]",
            "questions[0].followUps[0].probes[1]: the follow-up probes key point 0, but the question's key points are numbered 1 to 4"
        ),
        ("[2, 2]", "questions[0].followUps[0].probes[1]: key point 2 is listed twice; list each key point once"),
        ("[1.5]", "questions[0].followUps[0].probes[0]: expected a whole number, found 1.5"),
        (#""1""#, "questions[0].followUps[0].probes: expected an array, found a string"),
    ])
    func aProbeThatNamesNoKeyPointIsADeckProblemWithItsPath(probes: String, expected: String) {
        let message = Self.problems(Self.deckText(probes: probes))
        #expect(message.contains(expected), "\(message)")
    }

    @Test func aFlashcardsFollowUpCannotProbeAnything() {
        let text = Self.deckText(probes: "[1]").replacingOccurrences(
            of:
                #""keyPoints": [{"en": "a", "ja": "あ"}, {"en": "b", "ja": "い"}, {"en": "c", "ja": "う"}, {"en": "d", "ja": "え"}],"#,
            with: "")
        let message = Self.problems(text)
        #expect(
            message.contains("probes[0]: the follow-up probes key point 1, but the question has no key points"),
            "\(message)")
    }

    @Test func theJSONExportWritesProbesOnlyWhereThereAreSomeAndLoadsBack() throws {
        let deck = try DeckLoader.load(bytes: Array(Self.deckText(probes: "[3, 1]").utf8), source: "probes.json")
        let json = DeckJSONExporter().export(deck)
        #expect(
            json.contains(
                "\"answer\": \"Because.\",\n          \"probes\": [\n            1,\n            3\n          ]"),
            "\(json)")
        #expect(try DeckLoader.load(bytes: Array(json.utf8), source: "export.json") == deck)
        #expect(!DeckJSONExporter().export(try TestDecks.smallDeck()).contains("probes"))
    }

    // MARK: Markdown

    private static let markdown = """
        ---
        id: d
        title: D
        languages: [en]
        ---

        ## q (t, difficulty 1, 2 min)

        Why?

        ### Answer

        Because.

        ### Key points

        - one
        - two
        - three

        ### Follow-ups

        - Q: And then?
          A: More.
          Probes: 3, 1
        - Q: Beyond?
          A: Depth.

        """

    @Test func aProbesLineIsReadAndWrittenBack() throws {
        let deck = try MarkdownDeckReader.read(bytes: Array(Self.markdown.utf8), source: "d.md")
        #expect(deck.questions[0].followUps.map(\.probes) == [[1, 3], []])
        let written = MarkdownDeckWriter().write(deck)
        #expect(
            written.contains("- Q: And then?\n  A: More.\n  Probes: 1, 3\n- Q: Beyond?\n  A: Depth.\n"), "\(written)")
        #expect(try MarkdownDeckReader.read(bytes: Array(written.utf8), source: "d.md") == deck)
    }

    @Test(arguments: [
        (
            "Probes: 3, 1", "Probes: 4",
            "probes.md:25:11: q.followUps[0].probes[0]: the follow-up probes key point 4, but the question's key points are numbered 1 to 3"
        ),
        ("Probes: 3, 1", "Probes: 2 two", "q.followUps[0].probes[1]: expected a whole number, found 'two'"),
        ("Probes: 3, 1", "Probes: 1, 1", "q.followUps[0].probes[1]: key point 1 is listed twice"),
    ])
    func aBadProbesLineIsADeckProblemWithItsPlace(original: String, replacement: String, expected: String) {
        let message = Self.problems(Self.markdown.replacingOccurrences(of: original, with: replacement), markdown: true)
        #expect(message.contains(expected), "\(message)")
    }

    @Test func theBundledDecksProbesSurviveMarkdownAndBack() throws {
        let bundled = try DeckLoader.load(
            bytes: Array(try Data(contentsOf: TestDecks.bundledDeckURL)), source: "bundled")
        #expect(bundled.questions.contains { $0.followUps.contains { !$0.probes.isEmpty } })
        let back = try MarkdownDeckReader.read(bytes: Array(MarkdownDeckWriter().write(bundled).utf8), source: "b.md")
        #expect(
            back.questions.map { $0.followUps.map(\.probes) } == bundled.questions.map { $0.followUps.map(\.probes) })
    }

    // MARK: Choosing the follow-up

    private static func followUp(_ name: String, probes: [Int]) -> FollowUp {
        FollowUp(question: LocalizedText(name + "?"), answer: LocalizedText(name + "."), probes: probes)
    }

    private func attempt(_ number: Int, day: Int, well: Bool) -> FollowUpAttempt {
        FollowUpAttempt(time: testStart + TimeInterval(day * 86_400), followUp: number, answeredWell: well)
    }

    /// Four key points; follow-ups probing 1, 3, nothing, and 1 and 3.
    private static let followUps = [
        followUp("one", probes: [1]), followUp("three", probes: [3]), followUp("beyond", probes: []),
        followUp("one and three", probes: [1, 3]),
    ]

    private func choose(covered: [Int], attempts: [FollowUpAttempt] = []) -> Int? {
        FollowUpPicker.choose(
            followUps: Self.followUps, covered: KeyPointSet(covered), keyPointCount: 4, attempts: attempts)
    }

    @Test func aFollowUpProbingAPointJustMissedComesFirst() {
        // Missed 3: "three" (index 1) probes it and was never asked, as was "one" (index 0), which does not.
        #expect(choose(covered: [1, 2, 4]) == 1)
        // Missed 1 and 3: the first of those probing either, by number, since none was ever asked.
        #expect(choose(covered: [2, 4]) == 0)
    }

    @Test func amongThoseProbingAMissedPointTheHistoryDecides() {
        // "three" answered well yesterday; "one and three", never asked, comes before it.
        #expect(choose(covered: [1, 2, 4], attempts: [attempt(2, day: -1, well: true)]) == 3)
        // Both asked, both well: the one asked longest ago.
        #expect(
            choose(covered: [1, 2, 4], attempts: [attempt(2, day: -1, well: true), attempt(4, day: -3, well: true)])
                == 3)
        // Answered badly comes back first, even before one never asked.
        #expect(choose(covered: [2, 4], attempts: [attempt(2, day: -5, well: false)]) == 1)
        // A follow-up answered badly that probes nothing missed does not jump the queue.
        #expect(choose(covered: [1, 2, 4], attempts: [attempt(3, day: -5, well: false)]) == 1)
    }

    @Test func withNothingMissedOrNothingProbingTheMissedPointsTheHistoryAloneDecides() {
        #expect(choose(covered: [1, 2, 3, 4]) == 0)
        #expect(choose(covered: [1, 3], attempts: [attempt(1, day: -1, well: true)]) == 1)
        #expect(FollowUpPicker.choose(followUps: [], covered: KeyPointSet(), keyPointCount: 4, attempts: []) == nil)
    }

    // MARK: In the session

    private func play(_ session: inout QuizSession, _ lines: [String]) -> [SessionEvent] {
        var time = testStart
        var events = session.start(at: time)
        for line in lines {
            time += 10
            events += session.handle(.line(line), at: time)
        }
        return events
    }

    private func session(attempts: [FollowUpAttempt] = []) -> QuizSession {
        var question = TestDecks.question("q1", points: 4)
        question.followUps = Self.followUps
        let settings = QuizSession.Settings(
            deckID: "deck", sessionID: "s1", asksFollowUps: true, followUpAttempts: ["q1": attempts])
        return QuizSession(questions: [question, TestDecks.question("q2")], settings: settings)
    }

    @Test func theQuizAsksAboutThePointJustMissedAndSaysWhichPointsItProbed() {
        var session = session()
        let events = play(&session, ["", "1 2 4", "", "", "n"])
        #expect(events.contains(.askFollowUp(index: 0, followUp: 1)))
        #expect(events.contains(.revealFollowUp(index: 0, followUp: 1, probes: [3], missed: [3])))
        let records = events.compactMap { event -> FollowUpRecord? in
            if case .record(.followUp(let record)) = event { record } else { nil }
        }
        #expect(records.map(\.followUp) == [2])
    }

    @Test func theRevealMarksOnlyTheProbedPointsThatWereMissed() {
        var session = session(attempts: [attempt(1, day: -2, well: true), attempt(2, day: -1, well: true)])
        // Missed 3: "one and three" (never asked) probes 1, covered, and 3, missed.
        let events = play(&session, ["", "1 2 4", "", "", "y"])
        #expect(events.contains(.revealFollowUp(index: 0, followUp: 3, probes: [1, 3], missed: [3])))
    }

    @Test func withEverythingCoveredTheHistoryChoosesAndNothingIsMarkedMissed() {
        var session = session()
        let events = play(&session, ["", "all", "", "", "y"])
        #expect(events.contains(.revealFollowUp(index: 0, followUp: 0, probes: [1], missed: [])))
    }

    @Test func regradingAfterAnUndoKeepsTheFollowUpAlreadyAsked() {
        var session = session()
        let events = play(&session, ["", "1 2 4", "", "", "y", "u", "1"])
        let asked = events.filter { if case .askFollowUp = $0 { true } else { false } }
        #expect(asked == [.askFollowUp(index: 0, followUp: 1)])
    }
}
