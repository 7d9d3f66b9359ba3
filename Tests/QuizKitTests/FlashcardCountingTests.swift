import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// Flashcards (questions without key points) count wherever answers are counted: in the session's tally, in past
/// sessions, in the topics and the weakest questions of `stats`; they stay out of scores and score comparisons only.
@Suite struct FlashcardCountingTests {
    /// One progress line; `total` 0 is a flashcard.
    private static func line(
        _ question: String, grade: Int, covered: [Int] = [], total: Int = 0, session: String, secondsAfterStart: Int
    ) -> String {
        let time = Timestamp.string(from: testStart + Double(secondsAfterStart))
        let points = covered.map(String.init).joined(separator: ",")
        return
            #"{"v":1,"type":"answer","time":"\#(time)","session":"\#(session)","seq":1,"deck":"d","question":"\#(question)","grade":\#(grade),"covered":[\#(points)],"total":\#(total),"seconds":5}"#
            + "\n"
    }

    private static func history(_ lines: [String]) -> ProgressHistory {
        ProgressHistory(parsing: Array(lines.joined().utf8))
    }

    @Test func aScoreCountsFlashcardsBesideItsKeyPointAnswers() {
        var score = PracticeScore()
        score.add(CoverageTally(covered: KeyPointSet([1]), total: 2), seconds: 5)
        score.add(CoverageTally(total: 0), seconds: 7)
        score.add(CoverageTally(total: 0), seconds: 1)
        #expect(score.count == 1)
        #expect(score.flashcards == 2)
        #expect(score.answers == 3)
        #expect(!score.isFlashcardsOnly)
        var flashcards = PracticeScore()
        flashcards.add(CoverageTally(total: 0))
        #expect(flashcards.isFlashcardsOnly)
        #expect(!PracticeScore().isFlashcardsOnly)
    }

    @Test func aQuizSummaryCountsEveryGradedAnswer() {
        let questions = [
            TestDecks.question("flash1", points: 0), TestDecks.question("kp", points: 2),
            TestDecks.question("flash2", points: 0),
        ]
        var session = QuizSession(questions: questions, settings: .init(deckID: "d", sessionID: "s1"))
        _ = session.start(at: testStart)
        for (offset, line) in ["", "3", "", "all", "", "", "1"].enumerated() {
            _ = session.handle(.line(line), at: testStart + Double(offset + 1))
        }
        #expect(session.summary.score.answers == 3)
        #expect(session.summary.score.flashcards == 2)
        #expect(session.summary.score.count == 1)
    }

    @Test func theComparisonPassesOverASessionOfFlashcardsAlone() {
        let history = Self.history([
            Self.line("kp", grade: 3, covered: [1], total: 2, session: "scored", secondsAfterStart: 0),
            Self.line("flash", grade: 4, session: "cards", secondsAfterStart: 60),
        ])
        #expect(history.sessions(forDeck: "d").map(\.id) == ["scored", "cards"])
        #expect(history.sessions(forDeck: "d").last?.score.isFlashcardsOnly == true)
        #expect(history.lastScoredSession(forDeck: "d")?.id == "scored")
        #expect(history.lastScoredSession(forDeck: nil)?.score == PracticeScore(sum: 0.5, count: 1, seconds: 5))
        let onlyCards = Self.history([Self.line("flash", grade: 4, session: "cards", secondsAfterStart: 0)])
        #expect(onlyCards.lastScoredSession(forDeck: "d") == nil)
        #expect(onlyCards.sessions(forDeck: "d").map(\.score.answers) == [1])
    }

    /// Two sessions in the same second (a script, a fast typist) are in the file's order, not their ids'.
    @Test func sessionsThatStartInTheSameSecondKeepTheFileOrder() {
        let history = Self.history([
            Self.line("kp", grade: 3, covered: [1], total: 2, session: "zzz", secondsAfterStart: 0),
            Self.line("kp", grade: 3, covered: [1, 2], total: 2, session: "aaa", secondsAfterStart: 0),
        ])
        #expect(history.sessions(forDeck: "d").map(\.id) == ["zzz", "aaa"])
        #expect(history.lastScoredSession(forDeck: "d")?.id == "aaa")
    }

    @Test func aTopicCountsItsFlashcardsAsAnsweredWithoutInventingCoverage() {
        let questions = [
            TestDecks.question("f1", points: 0, topic: "cards"), TestDecks.question("f2", points: 0, topic: "cards"),
            TestDecks.question("f3", points: 0, topic: "cards"), TestDecks.question("k1", points: 2, topic: "mixed"),
            TestDecks.question("f4", points: 0, topic: "mixed"),
        ]
        let deck = Deck(id: "d", title: LocalizedText("D"), languages: ["en"], questions: questions)
        let history = Self.history([
            Self.line("f1", grade: 3, session: "s", secondsAfterStart: 0),
            Self.line("f2", grade: 1, session: "s", secondsAfterStart: 1),
            Self.line("k1", grade: 3, covered: [1], total: 2, session: "s", secondsAfterStart: 2),
            Self.line("f4", grade: 4, session: "s", secondsAfterStart: 3),
        ])
        let planner = StudyPlanner(
            questions: questions, histories: history.questionHistories(forDeck: "d"), now: testStart + 60)
        let statistics = PracticeStatistics(deck: deck, history: history, planner: planner, zone: .utc)
        let topics = statistics.topics.map {
            "\($0.topic) \($0.answeredCount)/\($0.questionCount) \($0.meanCoverage.map { "\($0)" } ?? "nil")"
        }
        #expect(topics == ["cards 2/3 nil", "mixed 2/2 0.5"])
        #expect(statistics.answerCount == 4)
    }

    /// Graded Easy, Good, Again and Hard: the weakest are Again, Hard, Good; Easy every time is never weak.
    @Test func theWeakestRankFlashcardsByTheirGrades() {
        let questions = ["easy", "good", "again", "hard"].map { TestDecks.question($0, points: 0) }
        let grades = ["easy": 4, "good": 3, "again": 1, "hard": 2]
        let history = Self.history(
            questions.enumerated().map { offset, question in
                Self.line(question.id, grade: grades[question.id]!, session: "s", secondsAfterStart: offset)
            })
        let deck = Deck(id: "d", title: LocalizedText("D"), languages: ["en"], questions: questions)
        let planner = StudyPlanner(
            questions: questions, histories: history.questionHistories(forDeck: "d"), now: testStart + 60)
        #expect(planner.weakestFirst().map(\.question.id) == ["again", "hard", "good", "easy"])
        let statistics = PracticeStatistics(deck: deck, history: history, planner: planner, zone: .utc)
        #expect(statistics.weakest.map(\.question.id) == ["again", "hard", "good"])
    }

    /// Two flashcards with the same grades: the one with the lower predicted recall (graded longer ago, or with the
    /// lower stability) is weaker.
    @Test func flashcardsWithTheSameGradesRankByRecall() {
        let questions = ["recent", "old"].map { TestDecks.question($0, points: 0) }
        let history = Self.history([
            Self.line("old", grade: 3, session: "s1", secondsAfterStart: 0),
            Self.line("recent", grade: 3, session: "s2", secondsAfterStart: 86_400),
        ])
        let planner = StudyPlanner(
            questions: questions, histories: history.questionHistories(forDeck: "d"), now: testStart + 2 * 86_400)
        #expect(planner.statuses[0].retrievability > planner.statuses[1].retrievability)
        #expect(planner.weakestFirst().map(\.question.id) == ["old", "recent"])
    }

    /// A flashcard graded Again sits with key-point answers that covered nothing; one graded Good beside coverage of 2/3.
    @Test func flashcardsAndKeyPointQuestionsShareOneScale() {
        let questions = [
            TestDecks.question("kp-half", points: 2), TestDecks.question("card-good", points: 0),
            TestDecks.question("card-again", points: 0),
        ]
        let history = Self.history([
            Self.line("kp-half", grade: 2, covered: [1], total: 2, session: "s", secondsAfterStart: 0),
            Self.line("card-good", grade: 3, session: "s", secondsAfterStart: 1),
            Self.line("card-again", grade: 1, session: "s", secondsAfterStart: 2),
        ])
        let planner = StudyPlanner(
            questions: questions, histories: history.questionHistories(forDeck: "d"), now: testStart + 60)
        #expect(planner.weakestFirst().map(\.question.id) == ["card-again", "kp-half", "card-good"])
    }
}
