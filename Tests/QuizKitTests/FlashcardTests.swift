import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// Questions without key points are graded directly, like flashcards, and never divide by zero; deck files are
/// told apart by their names or first bytes.
@Suite struct FlashcardTests {
    private func play(_ points: [Int], _ lines: [String]) -> (QuizSession, [SessionEvent]) {
        let questions = points.enumerated().map { TestDecks.question("q\($0.offset + 1)", points: $0.element) }
        var session = QuizSession(questions: questions, settings: .init(deckID: "deck", sessionID: "s1"))
        var time = testStart
        var events = session.start(at: time)
        for line in lines {
            time += 10
            events += session.handle(.line(line), at: time)
        }
        return (session, events)
    }

    @Test func aQuestionWithoutKeyPointsGoesFromTheAnswerStraightToTheGrade() {
        let (_, events) = play([0], [""])
        #expect(events.suffix(2) == [.reveal(index: 0, seconds: 10, limit: nil), .gradePrompt])
    }

    @Test func enterAloneIsNoGradeForAFlashcardButANumberIs() {
        let (session, events) = play([0], ["", "", "3"])
        #expect(events.contains(.invalidGrade("", isFlashcard: true)))
        #expect(!events.contains { if case .proposal = $0 { true } else { false } })
        let saved = events.compactMap { event -> AnswerRecord? in
            if case .record(.answer(let record)) = event { record } else { nil }
        }
        #expect(saved.map(\.grade) == [.good])
        #expect(saved.map(\.total) == [0])
        #expect(saved.map(\.covered) == [[]])
        #expect(session.summary.score.count == 0)
        #expect(session.summary.score.fraction == 0)
        #expect(session.summary.score.seconds == 10)
    }

    @Test func undoingAFlashcardGradeAsksForTheGradeAgainWithoutAProposal() {
        let (session, events) = play([0, 3], ["", "2", "u"])
        #expect(events.suffix(2) == [.undone(index: 0), .gradePrompt])
        #expect(session.phase == .grading)
    }

    @Test func aQuestionWithKeyPointsStillAsksForThem() {
        let (_, events) = play([2], [""])
        #expect(events.suffix(2) == [.reveal(index: 0, seconds: 10, limit: nil), .keyPointsPrompt])
    }

    @Test func theScoreCountsOnlyAnswersWithKeyPoints() {
        var score = PracticeScore()
        score.add(CoverageTally(covered: KeyPointSet([1]), total: 2), seconds: 5)
        score.add(CoverageTally(total: 0), seconds: 7)
        #expect(score.sum == 0.5)
        #expect(score.count == 1)
        #expect(score.seconds == 12)
        #expect(!score.fraction.isNaN)
        #expect(CoverageTally(total: 0).fraction == 0)
    }

    @Test func meanCoverageLeavesOutAnswersWithoutKeyPoints() {
        let good = QuestionHistory.Review(grade: .good, time: testStart, coverage: 0.5)
        let flash = QuestionHistory.Review(grade: .easy, time: testStart, coverage: 0, hasKeyPoints: false)
        #expect(QuestionHistory(reviews: [good, flash]).meanCoverage == 0.5)
        #expect(QuestionHistory(reviews: [flash]).meanCoverage == nil)
        #expect(QuestionHistory(reviews: [good, flash]).lastCoverage == nil)
    }

    @Test func aProgressRecordWithTotalZeroIsValidAndCarriesNoCoverage() {
        let line =
            #"{"v":1,"type":"answer","time":"2026-11-23T09:00:00Z","session":"s1","seq":1,"deck":"deck","question":"q1","grade":3,"covered":[],"total":0,"seconds":4}"#
            + "\n"
        let bad = line.replacingOccurrences(of: #""covered":[]"#, with: #""covered":[1]"#)
        let history = ProgressHistory(parsing: Array((line + bad).utf8))
        #expect(history.answerCount == 1)
        #expect(history.problems == [ProgressProblem(line: 2, cause: .malformed(.coveredAboveTotal))])
        #expect(history.questionHistories(forDeck: "deck")["q1"]?.meanCoverage == nil)
    }

    // MARK: Formats

    @Test(arguments: [
        ("deck.md", DeckFormat.markdown), ("notes/Deck.MARKDOWN", .markdown), ("a.json", .json), ("A.JSON", .json),
    ])
    func theExtensionNamesTheFormat(path: String, format: DeckFormat) {
        #expect(DeckFormat(path: path) == format)
    }

    @Test(arguments: ["deck", "deck.txt", ".md", "/dev/stdin", "md"])
    func otherNamesNameNoFormat(path: String) {
        #expect(DeckFormat(path: path) == nil)
    }

    @Test(arguments: [
        ("---\nid: x\n", DeckFormat.markdown), ("\u{FEFF}  \n---", .markdown), ("# Title\n", .markdown),
        ("{\"id\": 1}", .json), ("  \n\t{", .json), ("", .json), ("id: x", .json),
    ])
    func withoutAKnownExtensionTheFirstCharacterDecides(text: String, format: DeckFormat) {
        #expect(DeckFormat.sniffing(Array(text.utf8)) == format)
        #expect(DeckFormat.of(path: "deck.txt", bytes: Array(text.utf8)) == format)
        #expect(DeckFormat.of(path: "deck.json", bytes: Array(text.utf8)) == .json)
    }
}
