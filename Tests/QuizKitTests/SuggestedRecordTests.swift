import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// The progress file's optional `suggested` field: written beside the ticks, read back by every reader, absent from
/// older lines, and never the reason a grade is lost.
@Suite struct SuggestedRecordTests {
    private func history(_ lines: [String]) -> ProgressHistory {
        ProgressHistory(parsing: Array(lines.joined(separator: "\n").utf8))
    }

    private func record(suggested: [Int]?) -> AnswerRecord {
        AnswerRecord(
            time: testStart, session: "s1", sequence: 1, deck: "d", question: "q", grade: .hard,
            covered: [1, 3],
            total: 4, seconds: 40, answer: "typed", suggested: suggested)
    }

    @Test func theSuggestionIsWrittenBeforeTheMode() {
        #expect(
            ProgressLineEncoder.line(for: .answer(record(suggested: [1, 2])))
                == #"{"v":1,"type":"answer","time":"2026-11-23T09:00:00Z","session":"s1","seq":1,"deck":"d","question":"q","grade":2,"covered":[1,3],"total":4,"seconds":40,"suggested":[1,2],"mode":"quiz","answer":"typed"}"#
                + "\n")
        #expect(
            ProgressLineEncoder.line(for: .answer(record(suggested: []))).contains(
                #""seconds":40,"suggested":[],"mode""#))
        #expect(!ProgressLineEncoder.line(for: .answer(record(suggested: nil))).contains("suggested"))
    }

    @Test(arguments: [[1, 2], [], nil] as [[Int]?])
    func aRecordReadsBackAsItWasWritten(suggested: [Int]?) {
        let line = ProgressLineEncoder.line(for: .answer(record(suggested: suggested)))
        let parsed = history([line])
        #expect(parsed.problems.isEmpty)
        #expect(parsed.allAnswerRecords == [record(suggested: suggested)])
        #expect(
            parsed.attempts(forDeck: "d", question: "q").map(\.suggested) == [
                suggested.map { KeyPointSet($0) }
            ])
    }

    @Test func theLanguageOfTheSuggestionReadsBack() {
        var written = record(suggested: [2])
        written.suggestionLanguage = "ja"
        let line = ProgressLineEncoder.line(for: .answer(written))
        #expect(line.contains(#""suggested":[2],"suggestedLang":"ja","mode":"quiz""#))
        #expect(history([line]).allAnswerRecords == [written])
    }

    @Test func anOldLineWithoutTheFieldStillReads() {
        let old =
            #"{"v":1,"type":"answer","time":"2026-11-23T09:05:00Z","session":"s1","seq":1,"deck":"d","question":"q","grade":3,"covered":[1],"total":2,"seconds":95,"mode":"quiz"}"#
        let parsed = history([old])
        #expect(parsed.problems.isEmpty)
        #expect(parsed.allAnswerRecords.map(\.suggested) == [nil])
        #expect(parsed.allAnswerRecords.map(\.covered) == [[1]])
    }

    @Test func aSuggestionBeyondTheQuestionsPointsIsDroppedButTheGradeIsKept() {
        let line =
            #"{"v":1,"type":"answer","time":"2026-11-23T09:05:00Z","session":"s1","seq":1,"deck":"d","question":"q","grade":3,"covered":[1],"total":2,"suggested":[1,5],"seconds":95,"mode":"quiz"}"#
        let parsed = history([line])
        #expect(parsed.problems.isEmpty)
        #expect(parsed.allAnswerRecords.map(\.suggested) == [nil])
        #expect(parsed.allAnswerRecords.map(\.grade) == [.good])
    }
}
