import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// A record never grows past what readers accept: a huge typed answer is cut to its first 64 KiB with its whole
/// length beside it, so its grade and coverage always read back; screens show the start of a huge text and how much
/// more there is; and a record that is not UTF-8 is a bad line with its number.
@Suite struct LongAnswerRecordTests {
    private func record(answer: String) -> AnswerRecord {
        AnswerRecord(
            time: testStart, session: "s1", sequence: 1, deck: "d", question: "q", grade: .good, covered: [1, 3],
            total: 4, seconds: 95, answer: answer)
    }

    @Test func anAnswerWithinTheLimitIsKeptWhole() {
        #expect(KeptText.cut("short").kept == "short")
        #expect(KeptText.cut("short").originalLength == nil)
        let exact = String(repeating: "a", count: KeptText.byteLimit)
        #expect(KeptText.cut(exact).originalLength == nil)
    }

    @Test func aLongerAnswerIsCutBetweenCharactersWithItsWholeLength() {
        // "é" is two bytes: a limit of 5 bytes keeps two of them, never half of one.
        #expect(KeptText.cut("éééé", byteLimit: 5) == ("éé", 4))
        // A flag is one character of two scalars: it is never split, and lengths count scalars.
        #expect(KeptText.cut("ab🇯🇵cd", byteLimit: 9) == ("ab", 6))
    }

    @Test func aFiftyMegabyteAnswerWritesARecordReadersAcceptAndItsGradeReadsBack() {
        let huge = String(repeating: "All work and no play. ", count: 50_000_000 / 22)
        let line = ProgressLineEncoder.line(for: .answer(record(answer: huge)))
        #expect(line.utf8.count < 1 << 20)
        #expect(line.hasSuffix(#","answerLength":\#(huge.count)}"# + "\n"))
        let history = ProgressHistory(parsing: Array(line.utf8))
        #expect(history.problemCount == 0)
        let attempts = history.attempts(forDeck: "d", question: "q")
        #expect(attempts.map(\.grade) == [.good])
        #expect(attempts.map(\.tally.covered) == [KeyPointSet([1, 3])])
        #expect(attempts.first?.text?.utf8.count == KeptText.byteLimit)
        #expect(attempts.first?.textLength == huge.count)
    }

    @Test func escapingCannotPushTheRecordPastTheLimit() {
        // Every byte a control character: six bytes each once escaped.
        let controls = String(repeating: "\u{1}", count: 10_000_000)
        let line = ProgressLineEncoder.line(for: .answer(record(answer: controls)))
        #expect(line.utf8.count < 1 << 20)
        #expect(ProgressHistory(parsing: Array(line.utf8)).attempts(forDeck: "d", question: "q").count == 1)
    }

    @Test func aFollowUpAnswerIsCutTheSameWay() {
        let followUp = FollowUpRecord(
            time: testStart, session: "s1", deck: "d", question: "q", followUp: 1, answeredWell: true,
            answer: String(repeating: "x", count: 200_000))
        let line = ProgressLineEncoder.line(for: .followUp(followUp))
        #expect(line.hasSuffix(#","answerLength":200000}"# + "\n"))
        let attempts = ProgressHistory(parsing: Array(line.utf8)).followUpAttempts(forDeck: "d", question: "q")
        #expect(attempts.map(\.textLength) == [200_000])
        #expect(attempts.first?.text?.count == KeptText.byteLimit)
    }

    // MARK: Previews

    @Test(arguments: [
        ("short", 10, 5, "short", 0),
        ("0123456789abc", 10, 5, "0123456789", 3),
        ("a\nb\nc\nd", 100, 2, "a\nb", 4),
        ("日本語のテキスト", 3, 5, "日本語", 5),
    ])
    func aPreviewShowsTheStartAndCountsTheRest(text: String, characters: Int, lines: Int, shown: String, omitted: Int) {
        let preview = TextPreview(text, characterLimit: characters, lineLimit: lines)
        #expect(preview.shown == Substring(shown))
        #expect(preview.omitted == omitted)
    }

    @Test(
        arguments: [
            ("\n \nkept\n\nlines\n\t\n", "kept\n\nlines"), ("kept", "kept"), ("\n\n", nil), ("", nil),
            ("\u{3000}\nfull-width space line above\n", "full-width space line above"), ("a\r\n \r\n", "a\r"),
        ] as [(String, String?)])
    func blankLinesAreTrimmedAtBothEndsOnly(text: String, kept: String?) {
        #expect(TypedText.trimmingBlankLines(text) == kept)
    }

    @Test func charactersAreCountedAsScalarsFromTheBytes() {
        #expect(TypedText.characterCount("aé日😀🇯🇵") == 6)
        #expect(TypedText.characterCount(String(repeating: "x", count: 1_000_000)) == 1_000_000)
    }

    @Test func aPreviewOfACutRecordCountsWhatTheRecordLeftOut() {
        #expect(TextPreview("abcdef", characterLimit: 4, totalCharacters: 1_000).omitted == 996)
    }

    // MARK: Encoding

    @Test(
        arguments: [
            ([0x61, 0x62], nil), ([0xC3, 0xA9], nil), ([0xE2, 0x80, 0xAE], nil), ([0xF0, 0x9F, 0x98, 0x80], nil),
            ([0x61, 0xFF], 1), ([0xC3], 0), ([0xC0, 0xAF], 0), ([0xED, 0xA0, 0x80], 0), ([0xF4, 0x90, 0x80, 0x80], 0),
            (Array("12345678".utf8) + [0x80], 8),
        ] as [([UInt8], Int?)])
    func utf8IsCheckedByTheRulesOfRFC3629(bytes: [UInt8], firstBad: Int?) {
        #expect(bytes.withUnsafeBufferPointer { UTF8Check.firstInvalidByte(in: $0) } == firstBad)
    }

    @Test func aRecordThatIsNotUTF8IsABadLineWithItsNumber() {
        let good = ProgressLineEncoder.line(for: .answer(record(answer: "fine")))
        var bytes = Array(good.utf8)
        var bad = Array(good.replacingOccurrences(of: "fine", with: "fi_e").utf8)
        let underscore = bad.firstIndex(of: UInt8(ascii: "_"))!
        bad[underscore] = 0xFF
        bytes += bad + Array(good.utf8)
        let history = ProgressHistory(parsing: bytes)
        #expect(history.problems == [ProgressProblem(line: 2, cause: .malformed(.invalidUTF8(byte: underscore + 1)))])
        #expect(history.attempts(forDeck: "d", question: "q").count == 2)
    }
}
