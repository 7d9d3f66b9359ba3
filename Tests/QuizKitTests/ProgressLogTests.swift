import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

@Suite struct ProgressLogTests {
    private func record(
        _ question: String, grade: Grade = .good, covered: [Int] = [1, 2], total: Int = 4, sequence: Int = 1,
        at offset: TimeInterval = 0, session: String = "s1", deck: String = "deck"
    ) -> AnswerRecord {
        AnswerRecord(
            time: testStart + offset, session: session, sequence: sequence, deck: deck, question: question,
            grade: grade,
            covered: covered, total: total, seconds: 42)
    }

    @Test func encodesOneStableLine() {
        let line = ProgressLineEncoder.line(for: .answer(record("batch-normalization")))
        #expect(
            line
                == #"{"v":1,"type":"answer","time":"2026-11-23T09:00:00Z","session":"s1","seq":1,"deck":"deck","question":"batch-normalization","grade":3,"covered":[1,2],"total":4,"seconds":42,"mode":"quiz"}"#
                + "\n")
        let undo = ProgressLineEncoder.line(for: .undo(session: "s1", sequence: 3, time: testStart))
        #expect(undo == #"{"v":1,"type":"undo","time":"2026-11-23T09:00:00Z","session":"s1","seq":3}"# + "\n")
    }

    @Test(
        arguments: [
            (#""covered":[5],"total":4"#, .coveredAboveTotal),
            (#""covered":[1,2,3,4],"total":3"#, .coveredAboveTotal),
            (#""covered":[1,1,2,2],"total":3"#, .coveredMoreThanTotal),
        ] as [(String, ProgressProblem.Flaw)])
    func aCoveredListBeyondTheTotalIsABadLine(fields: String, problem: ProgressProblem.Flaw) {
        let bad =
            #"{"v":1,"type":"answer","time":"2026-11-23T09:00:00Z","session":"s1","seq":2,"deck":"deck","question":"q2","grade":3,"#
            + fields + #","seconds":42}"# + "\n"
        let text =
            ProgressLineEncoder.line(for: .answer(record("q1"))) + bad
            + ProgressLineEncoder.line(for: .answer(record("q3", sequence: 3)))
        let history = ProgressHistory(parsing: Array(text.utf8))
        #expect(history.problems == [ProgressProblem(line: 2, cause: .malformed(problem))])
        #expect(history.allAnswerRecords.map(\.question) == ["q1", "q3"])
    }

    @Test func aCoveredListUpToTheTotalIsKept() {
        let line =
            #"{"v":1,"type":"answer","time":"2026-11-23T09:00:00Z","session":"s1","seq":1,"deck":"deck","question":"q1","grade":3,"covered":[1,2,3],"total":3,"seconds":42}"#
            + "\n"
        let history = ProgressHistory(parsing: Array(line.utf8))
        #expect(history.problemCount == 0)
        #expect(history.allAnswerRecords.map(\.covered) == [[1, 2, 3]])
    }

    @Test func roundTripsRecords() {
        var timed = record("q2", grade: .again, covered: [], total: 5, sequence: 2, at: 60)
        timed.limit = 240
        timed.mode = "timed"
        timed.question = "q\"uoted\\id"
        let text = [record("q1"), timed].map { ProgressLineEncoder.line(for: .answer($0)) }.joined()
        let history = ProgressHistory(parsing: Array(text.utf8))
        #expect(history.problemCount == 0)
        #expect(history.allAnswerRecords == [record("q1"), timed])
    }

    @Test func skipsBrokenLinesAndReportsTheirNumbers() {
        let good = ProgressLineEncoder.line(for: .answer(record("q1")))
        let text =
            good + "not json\n" + "\n" + #"{"v":1,"type":"answer","time":"yesterday"}"# + "\n" + good
            + #"{"v":2,"type":"answer"}"# + "\n"
            + #"{"v":1,"type":"answer","time":"2026-11-23T09:00:00Z","session":"s1","seq":1,"deck":"d","question":"q","grade":7,"covered":[],"total":4}"#
            + "\n"
            + String(good.dropLast(20))
        let history = ProgressHistory(parsing: Array(text.utf8))
        #expect(history.answerCount == 2)
        #expect(history.lineCount == 8)
        #expect(history.problems.map(\.line) == [2, 4, 6, 7, 8])
        #expect(
            history.problems.map(\.cause) == [
                .malformed(.notAnObject),
                .malformed(.impossibleTime),
                .unknownFormatVersion(2),
                .malformed(.missingOrOutside("grade", 1...4)),
                .malformed(.endsInside(nil)),
            ])
        #expect(history.problems.map(\.isIncompleteLastLine) == [false, false, false, false, true])
    }

    @Test func unknownKeysAreIgnoredForForwardCompatibility() {
        let line =
            #"{"v":1,"type":"answer","extra":{"nested":[1,"x",{"y":null}]},"time":"2026-11-23T18:00:00+09:00","session":"s","seq":1,"deck":"d","question":"q","grade":2,"covered":[3],"total":3,"seconds":5,"mode":"quiz","note":"hi"}"#
        let history = ProgressHistory(parsing: Array(line.utf8))
        #expect(history.problemCount == 0)
        #expect(history.allAnswerRecords.first?.time == testStart)
    }

    @Test func undoRecordsRemoveTheAnswerTheyName() {
        let lines = [
            ProgressLineEncoder.line(for: .answer(record("q1", grade: .easy, sequence: 1))),
            ProgressLineEncoder.line(for: .undo(session: "s1", sequence: 1, time: testStart + 5)),
            ProgressLineEncoder.line(for: .answer(record("q1", grade: .again, sequence: 2, at: 10))),
        ].joined()
        let history = ProgressHistory(parsing: Array(lines.utf8))
        #expect(history.allAnswerRecords.map(\.grade) == [.again])
    }

    @Test func summarizesQuestionsAndSessions() {
        let lines = [
            record("q1", grade: .hard, covered: [1], sequence: 1, at: 0, session: "a"),
            record("q2", grade: .good, covered: [1, 2, 3], sequence: 2, at: 10, session: "a"),
            record("q1", grade: .easy, covered: [1, 2, 3, 4], sequence: 1, at: 86_400, session: "b"),
            record("q1", grade: .again, covered: [], sequence: 1, at: 100, session: "c", deck: "other"),
        ].map { ProgressLineEncoder.line(for: .answer($0)) }.joined()
        let history = ProgressHistory(parsing: Array(lines.utf8))
        let questions = history.questionHistories(forDeck: "deck")
        #expect(questions["q1"]?.attempts == 2)
        #expect(questions["q1"]?.lastGrade == .easy)
        #expect(questions["q1"]?.meanCoverage == 0.625)
        #expect(questions["q2"]?.attempts == 1)
        let sessions = history.sessions(forDeck: "deck")
        #expect(sessions.map(\.id) == ["a", "b"])
        #expect(sessions[0].score.count == 2)
        #expect(abs(sessions[0].score.sum - 1.0) < 1e-9)
        #expect(history.deckSummaries().map(\.deck) == ["deck", "other"])
    }

    @Test func parsesTimestamps() {
        #expect(Timestamp.date(from: "2026-11-23T09:00:00Z") == testStart)
        #expect(Timestamp.date(from: "2026-11-23T09:00:00.750Z") == testStart)
        #expect(Timestamp.date(from: "2026-11-23T10:30:00+01:30") == testStart)
        #expect(Timestamp.date(from: "2026-13-23T09:00:00Z") == nil)
        #expect(Timestamp.date(from: "2026-11-23T09:00:00") == nil)
        #expect(Timestamp.string(from: Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
        #expect(Timestamp.string(from: Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
    }
}
