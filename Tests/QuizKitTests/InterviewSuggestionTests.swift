import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// Suggested ticks in the interview console: what the candidate said (`a text` or a paste) is kept as a note and
/// read; the next Enter ticks the points offered, the one after moves on; numbers override; nothing is ticked alone.
@Suite struct InterviewSuggestionTests {
    private let said = "a " + SuggestedTicksSessionTests.answer

    private func makeSession(language: String? = "en") -> InterviewSession {
        InterviewSession(
            questions: [SuggestedTicksSessionTests.batchNorm, SuggestedTicksSessionTests.batchNorm],
            suggestionLanguage: language)
    }

    private func play(_ session: inout InterviewSession, _ lines: [String]) -> [InterviewEvent] {
        var time = testStart
        var events = session.start(at: time)
        for line in lines {
            time += 10
            events += session.handle(.line(line), at: time)
        }
        return events
    }

    @Test(arguments: [
        ("a it normalizes", InterviewAction.candidateSaid("it normalizes")),
        ("/answer it normalizes", .candidateSaid("it normalizes")),
        ("Ａ　it normalizes", .candidateSaid("it normalizes")),
        ("a", .invalid(.emptyAnswer)),
        ("all", .changePoints(.all)),
        ("first line\nsecond line", .candidateSaid("first line\nsecond line")),
        ("n first line\nsecond", .note("first line\nsecond")),
        ("it normalizes", .invalid(.unknown("it normalizes"))),
    ])
    func theCandidatesWordsAreTypedAfterAOrPasted(line: String, action: InterviewAction) {
        #expect(InterviewActionParser.parse(line, pointCount: 3, followUpCount: 0) == action)
    }

    @Test func whatWasSaidIsANoteAndItsPointsAreOfferedNotTicked() throws {
        var session = makeSession()
        let events = play(&session, [said])
        let offered = events.compactMap {
            if case .suggested(_, _, let offered, _, _) = $0 { offered } else { nil }
        }
        #expect(offered == [KeyPointSet([1])])
        #expect(session.record(at: 0).covered == KeyPointSet())
        #expect(session.record(at: 0).notes == [SuggestedTicksSessionTests.answer])
    }

    @Test func theNextEnterTicksTheOfferAndTheOneAfterMovesOn() {
        var session = makeSession()
        let events = play(&session, [said, ""])
        #expect(
            events.suffix(2).first
                == .suggestionAccepted(index: 0, changed: KeyPointSet([1]), covered: KeyPointSet([1])))
        #expect(session.record(at: 0).covered == KeyPointSet([1]))
        #expect(session.index == 0)
        _ = session.handle(.line(""), at: testStart + 100)
        #expect(session.index == 1)
    }

    @Test func numbersOverrideTheOfferAndEnterThenMovesOn() {
        var session = makeSession()
        _ = play(&session, [said, "2", ""])
        #expect(session.record(at: 0).covered == KeyPointSet([2]))
        #expect(session.index == 1)
    }

    @Test func aNoteKeepsTheOfferAndLeavingTheQuestionDropsIt() {
        var session = makeSession()
        _ = play(&session, [said, "n good answer", ""])
        #expect(session.record(at: 0).covered == KeyPointSet([1]))
        var back = makeSession()
        _ = play(&back, [said, "s", "b", ""])
        #expect(back.record(at: 0).covered == KeyPointSet())
    }

    @Test func aPendingOfferIsInThePromptAndNumbersThatReplaceItSayWhatWasSetAside() {
        var session = makeSession()
        let offered = play(&session, [said, "n strong on basics"])
        #expect(
            offered.last == .prompt(index: 0, elapsed: 20, tally: CoverageTally(total: 3), offered: KeyPointSet([1])))
        let replaced = session.handle(.line("3"), at: testStart + 30)
        #expect(
            replaced.first
                == .pointsChanged(
                    index: 0, changed: KeyPointSet([3]), covered: KeyPointSet([3]), setAside: KeyPointSet([1])))
        #expect(
            replaced.last == .prompt(index: 0, elapsed: 30, tally: CoverageTally(covered: KeyPointSet([3]), total: 3)))
    }

    @Test func aPointTheInterviewerUntickedIsNotOfferedAgain() {
        var session = makeSession()
        _ = play(&session, [said, "", "-1", "a and it rescales with gamma"])
        #expect(session.record(at: 0).covered == KeyPointSet())
        _ = session.handle(.line(""), at: testStart + 100)
        #expect(session.record(at: 0).covered == KeyPointSet(), "the untick stands")
        #expect(session.index == 1, "with nothing offered, Enter moves on")
        // Ticked again by hand, the point is the interviewer's to offer again.
        var again = makeSession()
        _ = play(&again, [said, "", "-1", "1", "-1"])
        #expect(again.record(at: 0).covered == KeyPointSet())
    }

    @Test func withoutASuggestionLanguageWhatWasSaidIsOnlyANote() {
        var session = makeSession(language: nil)
        let events = play(&session, [said, ""])
        #expect(events.contains(.noteAdded(index: 0, number: 1)))
        #expect(session.record(at: 0).covered == KeyPointSet())
        #expect(session.index == 1)
    }
}
