import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// The suggested ticks measured from the progress file: acceptance and Cohen's kappa per language, from 20 answers.
@Suite struct SuggestionTallyTests {
    /// `count` answers to a 4-point question with `suggested` offered and `covered` ticked, in `language`.
    static func lines(
        _ count: Int, suggested: String, covered: String, language: String = "en", deck: String = "d",
        from start: Int = 1
    ) -> [String] {
        (start..<start + count).map { sequence in
            #"{"v":1,"type":"answer","time":"2026-11-23T09:05:00Z","session":"s1","seq":\#(sequence),"deck":"\#(deck)","question":"q","grade":3,"covered":[\#(covered)],"total":4,"seconds":9,"suggested":[\#(suggested)],"suggestedLang":"\#(language)","mode":"quiz"}"#
        }
    }

    private func tallies(_ lines: [String], deck: String? = "d") -> [SuggestionTally] {
        ProgressHistory(parsing: Array(lines.joined(separator: "\n").utf8)).suggestionTallies(
            forDeck: deck)
    }

    @Test func halfAcceptedAndHalfChangedGiveKappaOneHalf() throws {
        // Accepted: points 1 2 both ticked, 3 4 neither. Changed: 1 both, 2 suggested only, 3 ticked only, 4 neither.
        // Over 80 points: 30 both, 30 neither, 10 and 10 apart; pₒ = 0.75, pₑ = 0.5·0.5 + 0.5·0.5 = 0.5, so
        // κ = (0.75 − 0.5) / (1 − 0.5) = 0.5.
        let lines =
            Self.lines(10, suggested: "1,2", covered: "1,2")
            + Self.lines(10, suggested: "1,2", covered: "1,3", from: 11)
        let tally = try #require(tallies(lines).first)
        #expect(tally.language == "en" && tally.answers == 20 && tally.accepted == 10)
        #expect(tally.acceptance == 0.5)
        #expect(tally.kappa.map { abs($0 - 0.5) < 1e-12 } == true)
        #expect(tally.agreement.both == 30 && tally.agreement.neither == 30)
        #expect(tally.agreement.firstOnly == 10 && tally.agreement.secondOnly == 10)
    }

    @Test func belowTwentyAnswersThereAreCountsButNoFigures() throws {
        let tally = try #require(tallies(Self.lines(19, suggested: "1", covered: "1")).first)
        #expect(tally.answers == 19 && tally.accepted == 19)
        #expect(tally.acceptance == nil && tally.kappa == nil)
    }

    @Test func eachLanguageIsItsOwnTallyAndOtherDecksAndPlainAnswersAreLeftOut() {
        let plain =
            #"{"v":1,"type":"answer","time":"2026-11-23T09:05:00Z","session":"s1","seq":99,"deck":"d","question":"q","grade":3,"covered":[1],"total":4,"seconds":9,"mode":"quiz"}"#
        let lines =
            Self.lines(20, suggested: "1", covered: "1", language: "ja")
            + Self.lines(3, suggested: "2", covered: "", from: 21)
            + Self.lines(5, suggested: "1", covered: "1", deck: "other", from: 30)
            + [plain]
        let result = tallies(lines)
        #expect(result.map(\.language) == ["en", "ja"])
        #expect(result.map(\.answers) == [3, 20])
        #expect(result.map(\.acceptance) == [nil, 1])
        #expect(result[1].kappa == 1, "both graders agree on every point")
        #expect(tallies(lines, deck: nil).map(\.answers) == [8, 20])
    }

    @Test func anUndoneAnswerIsNotCounted() {
        let undo = #"{"v":1,"type":"undo","time":"2026-11-23T09:06:00Z","session":"s1","seq":1}"#
        #expect(tallies(Self.lines(2, suggested: "1", covered: "1") + [undo]).map(\.answers) == [1])
    }
}
