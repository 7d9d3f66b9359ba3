import FoundationEssentials
import QuizTestSupport
import Testing

@testable import QuizKit

/// Due, weakest and readiness planning, with a fixed clock.
@Suite struct StudyPlannerTests {
    private let day: TimeInterval = 86_400
    private let questions = (1...4).map { TestDecks.question("q\($0)") }

    private func review(_ grade: Grade, _ offset: TimeInterval, coverage: Double = 0.5) -> QuestionHistory.Review {
        QuestionHistory.Review(grade: grade, time: testStart + offset, coverage: coverage)
    }

    /// q1: reviewed long ago and forgotten-ish; q2: reviewed well yesterday; q3: reviewed badly 10 days ago; q4: new.
    private var histories: [String: QuestionHistory] {
        [
            "q1": QuestionHistory(reviews: [review(.good, -60 * day, coverage: 0.9)]),
            "q2": QuestionHistory(reviews: [review(.easy, -1 * day, coverage: 1.0)]),
            "q3": QuestionHistory(reviews: [
                review(.again, -10 * day, coverage: 0.25), review(.hard, -9 * day, coverage: 0.5),
            ]),
        ]
    }

    @Test func statesComeFromReplayingTheHistory() {
        let planner = StudyPlanner(questions: questions, histories: histories, now: testStart)
        let q2 = planner.statuses[1]
        let expected = FSRSScheduler().replay([(grade: Grade.easy, time: testStart - day)], createdAt: testStart - day)
        #expect(q2.card == expected)
        #expect(q2.retrievability == FSRSScheduler().predictedRecall(of: expected, at: testStart))
        #expect(planner.statuses[3].isNew)
        #expect(planner.statuses[3].retrievability == 0)
    }

    @Test func dueQuestionsComeFirstLowestRecallFirstThenNewOnes() {
        let planner = StudyPlanner(questions: questions, histories: histories, now: testStart)
        let plan = planner.duePlan()
        #expect(plan.due.map(\.question.id) == ["q1", "q3"])
        #expect(planner.recall(plan.due[0], at: testStart) <= planner.recall(plan.due[1], at: testStart))
        #expect(plan.new.map(\.question.id) == ["q4"])
        #expect(plan.ordered.map(\.question.id) == ["q1", "q3", "q4"])
        #expect(plan.nextDue == planner.statuses[1].due)
    }

    @Test func untilCountsWhatWillBeBelowTheDesiredRetentionThen() {
        let planner = StudyPlanner(questions: questions, histories: histories, now: testStart)
        // q2 was just learned (Easy): fine tomorrow, not in a month.
        #expect(!planner.isDue(planner.statuses[1], until: testStart + day))
        #expect(planner.isDue(planner.statuses[1], until: testStart + 60 * day))
        let notReady = planner.notReady(at: testStart + 60 * day).map(\.question.id)
        #expect(notReady == ["q1", "q2", "q3", "q4"])
        #expect(planner.notReady(at: testStart).map(\.question.id).contains("q4"))
    }

    @Test func practisingEveryDueQuestionEachDayLeavesNothingBelowRetentionOnTheDate() {
        // A simulated candidate who answers everything due (Good) every day for two weeks arrives ready.
        var history: [String: [QuestionHistory.Review]] = [:]
        let interview = testStart + 14 * day
        for dayNumber in 0..<14 {
            let now = testStart + Double(dayNumber) * day
            let planner = StudyPlanner(
                questions: questions, histories: history.mapValues { QuestionHistory(reviews: $0) }, now: now)
            for status in planner.duePlan(until: interview).ordered {
                history[status.question.id, default: []].append(.init(grade: .good, time: now, coverage: 0.8))
            }
        }
        let final = StudyPlanner(
            questions: questions, histories: history.mapValues { QuestionHistory(reviews: $0) }, now: interview - day)
        #expect(final.notReady(at: interview).isEmpty)
    }

    @Test func weakestPutsLowestMeanCoverageFirstAndNewLast() {
        let planner = StudyPlanner(questions: questions, histories: histories, now: testStart)
        #expect(planner.weakestFirst().map(\.question.id) == ["q3", "q1", "q2", "q4"])
    }

    @Test func recordsOfQuestionsNotInTheDeckAreIgnored() {
        var withStranger = histories
        withStranger["gone"] = QuestionHistory(reviews: [review(.again, -day)])
        let planner = StudyPlanner(questions: questions, histories: withStranger, now: testStart)
        #expect(planner.statuses.map(\.question.id) == ["q1", "q2", "q3", "q4"])
    }

    @Test func aPlannerFromPrecomputedStatusesPlansTheSame() {
        let replay = ReviewReplay()
        let statuses = questions.map { replay.status(of: $0, history: histories[$0.id], at: testStart) }
        let planner = StudyPlanner(statuses: statuses, now: testStart, replay: replay)
        let replayed = StudyPlanner(questions: questions, histories: histories, now: testStart)
        #expect(planner.statuses.map(\.card) == replayed.statuses.map(\.card))
        #expect(planner.weakestFirst().map(\.question.id) == replayed.weakestFirst().map(\.question.id))
    }
}

@Suite struct CalendarDayTests {
    // 2026-11-23 is a Monday.
    private let today = CalendarDay(year: 2026, month: 11, day: 23)!

    @Test func knowsWeekdays() {
        #expect(today.weekday == 0)
        #expect(CalendarDay(year: 1970, month: 1, day: 1)!.weekday == 3)
        #expect(CalendarDay(year: 1969, month: 12, day: 31)!.weekday == 2)
    }

    @Test(arguments: [
        ("2026-12-04", "2026-12-04"), ("today", "2026-11-23"), ("tomorrow", "2026-11-24"), ("fri", "2026-11-27"),
        ("Friday", "2026-11-27"), ("mon", "2026-11-23"), ("sun", "2026-11-29"), ("+3", "2026-11-26"),
        ("10d", "2026-12-03"),
    ])
    func parsesDays(text: String, expected: String) {
        #expect(CalendarDay.parse(text, today: today)?.description == expected)
    }

    @Test(arguments: ["2026-02-30", "someday", "fr", "2026-13-01", "+"])
    func rejectsNonDays(text: String) {
        #expect(CalendarDay.parse(text, today: today) == nil)
    }

    @Test func localDaysFollowTheOffset() {
        // 2026-11-23T20:00:00Z is already the 24th in Tokyo (UTC+9).
        let instant: Int64 = 1_795_464_000
        #expect(LocalTimeZone.utc.day(containing: instant).description == "2026-11-23")
        #expect(LocalTimeZone.fixed(9 * 3600).day(containing: instant).description == "2026-11-24")
        // Noon in Tokyo on the 23rd is 03:00 UTC.
        #expect(LocalTimeZone.fixed(9 * 3600).noon(of: today) == 1_795_402_800)
    }

    /// The weakest list names only questions with something left to learn: one always answered in full is not weak.
    @Test func aQuestionAnsweredInFullIsNeverListedAsWeak() {
        let questions = (1...2).map { TestDecks.question("q\($0)") }
        let histories = [
            "q1": QuestionHistory(reviews: [.init(grade: .easy, time: testStart - 86_400, coverage: 1.0)]),
            "q2": QuestionHistory(reviews: [.init(grade: .hard, time: testStart - 86_400, coverage: 0.5)]),
        ]
        let planner = StudyPlanner(questions: questions, histories: histories, now: testStart)
        let deck = Deck(id: "d", title: LocalizedText("D"), languages: ["en"], questions: questions)
        let statistics = PracticeStatistics(deck: deck, history: .empty, planner: planner, zone: .utc)
        #expect(statistics.weakest.map { $0.question.id } == ["q2"])
    }
}
