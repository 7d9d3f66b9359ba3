import Foundation
import Testing

@testable import QuizKit

/// Readable checks of the documented FSRS-6 behaviour (py-fsrs 6.x defaults, no fuzzing).
@Suite struct FSRSSchedulerTests {
    let scheduler = FSRSScheduler(parameters: .standard)
    let w = FSRSParameters.defaultWeights
    let start = epoch(1_700_000_000)
    let minute: TimeInterval = 60
    let day: TimeInterval = 86_400

    @Test func defaultParametersAreFSRS6s() {
        let p = FSRSParameters.standard
        #expect(p.weights.count == 21)
        #expect(FSRSParameters.lowerBounds.count == 21)
        #expect(FSRSParameters.upperBounds.count == 21)
        #expect(p.weights.first == 0.212)
        #expect(p.weights.last == 0.1542)
        #expect(p.desiredRetention == 0.9)
        #expect(p.learningSteps == [60, 600])
        #expect(p.relearningSteps == [600])
        #expect(p.maximumInterval == 36_500)
        #expect(p.isValid)
        #expect(scheduler.decay == -0.1542)
    }

    @Test func invalidParametersAreReported() {
        #expect(!FSRSParameters(weights: Array(w.prefix(19))).isValid)
        var tooBig = w
        tooBig[7] = 0.9
        #expect(FSRSParameters(weights: tooBig).problems == ["weights[7] = 0.9 is out of bounds: (0.001, 0.75)"])
        #expect(!FSRSParameters(desiredRetention: 1.0).isValid)
    }

    @Test func newCardIsLearningStepZeroDueAtCreation() {
        let card = FSRSCard.new(at: start)
        #expect(card.phase == .learning)
        #expect(card.step == 0)
        #expect(card.stability == nil && card.difficulty == nil)
        #expect(card.due == start)
        #expect(card.lastReview == nil)
        #expect(card.isNew)
        #expect(scheduler.retrievability(of: card, at: start) == 0)
    }

    @Test func firstReviewGoodSetsInitialStabilityW2() {
        let card = scheduler.reviewed(.new(at: start), grade: .good, at: start)
        #expect(card.stability == w[2])  // 2.3065
        #expect(card.difficulty == w[4] - pow(M_E, w[5] * 2) + 1)
        #expect(card.phase == .learning)
        #expect(card.step == 1)
        #expect(card.due == start + 10 * minute)
        #expect(card.lastReview == start)
    }

    @Test(arguments: Grade.allCases)
    func firstReviewSetsInitialStabilityForEachGrade(grade: Grade) {
        let card = scheduler.reviewed(.new(at: start), grade: grade, at: start)
        #expect(card.stability == w[grade.rawValue - 1])
    }

    @Test func learningStepsAreOneAndTenMinutes() {
        let again = scheduler.reviewed(.new(at: start), grade: .again, at: start)
        #expect(again.step == 0 && again.due == start + minute)
        // Hard on the first step waits halfway between the first two steps: 5.5 minutes.
        let hard = scheduler.reviewed(.new(at: start), grade: .hard, at: start)
        #expect(hard.step == 0 && hard.due == start + 330)
        // Good on the last step graduates to review, scheduled in whole days.
        let good = scheduler.reviewed(again, grade: .good, at: again.due)
        let graduated = scheduler.reviewed(good, grade: .good, at: good.due)
        #expect(graduated.phase == .review)
        #expect(graduated.step == nil)
        #expect(graduated.due.timeIntervalSince(graduated.lastReview!).truncatingRemainder(dividingBy: day) == 0)
    }

    @Test func easyGraduatesAtOnceWithIntervalEqualToStabilityAtRetention90() {
        let card = scheduler.reviewed(.new(at: start), grade: .easy, at: start)
        #expect(card.phase == .review)
        #expect(card.step == nil)
        // At 90 % desired retention the interval is the stability (8.2956), rounded: 8 days.
        #expect(card.due == start + 8 * day)
    }

    @Test func againInReviewGoesToRelearningThenBack() {
        let learned = scheduler.reviewed(.new(at: start), grade: .easy, at: start)
        let lapse = learned.due
        let forgotten = scheduler.reviewed(learned, grade: .again, at: lapse)
        #expect(forgotten.phase == .relearning)
        #expect(forgotten.step == 0)
        #expect(forgotten.due == lapse + 10 * minute)
        #expect(forgotten.stability! < learned.stability!)
        #expect(forgotten.difficulty! > learned.difficulty!)

        let relearned = scheduler.reviewed(forgotten, grade: .good, at: forgotten.due)
        #expect(relearned.phase == .review)
        #expect(relearned.step == nil)
        #expect(relearned.due >= relearned.lastReview! + day)
    }

    @Test func maximumIntervalIsRespected() {
        let capped = FSRSScheduler(parameters: FSRSParameters(maximumInterval: 30))
        var card = FSRSCard.new(at: start)
        var time = start
        for _ in 0..<12 {
            card = capped.reviewed(card, grade: .easy, at: time)
            #expect(card.due <= time + 30 * day)
            time = card.due
        }
        #expect(card.due == card.lastReview! + 30 * day)
        #expect(card.stability! > 30)
        #expect(scheduler.nextIntervalDays(stability: 1e9) == 36_500)
        #expect(scheduler.nextIntervalDays(stability: 0.001) == 1)
    }

    @Test func intervalsRoundHalfToEvenLikePython() {
        // At 90 % retention the exact interval is the stability itself.
        #expect(scheduler.nextIntervalDays(stability: 2.5) == 2)
        #expect(scheduler.nextIntervalDays(stability: 3.5) == 4)
        #expect(scheduler.nextIntervalDays(stability: 2.51) == 3)
    }

    @Test func difficultyIsClampedToOneAndTen() {
        // With valid weights difficulty only approaches 10; an out-of-bounds w[6] = 9 overshoots it,
        // which shows the clamp (the scheduler checks only the weight count, like its init contract says).
        var weights = w
        weights[6] = 9
        #expect(!FSRSParameters(weights: weights).isValid)
        let harsh = FSRSScheduler(parameters: FSRSParameters(weights: weights))
        var card = harsh.reviewed(.new(at: start), grade: .again, at: start)
        card = harsh.reviewed(card, grade: .again, at: start + day)
        #expect(card.difficulty == 10)  // 13.57 before clamping
        for i in 2...6 {
            card = harsh.reviewed(card, grade: .again, at: start + Double(i) * day)
            #expect(card.difficulty! <= 10)
        }
        var easy = scheduler.reviewed(.new(at: start), grade: .easy, at: start)
        for _ in 0..<5 { easy = scheduler.reviewed(easy, grade: .easy, at: easy.due) }
        #expect(easy.difficulty == 1)
    }

    @Test func sameDayReviewUsesShortTermStability() {
        let first = scheduler.reviewed(.new(at: start), grade: .easy, at: start)
        // 23:59:59 later is still "the same day" (whole days elapsed < 1).
        let sameDay = scheduler.reviewed(first, grade: .good, at: start + day - 1)
        let s = w[3]  // stability after a first Easy
        let increase = max(pow(M_E, w[17] * (3 - 3 + w[18])) * pow(s, -w[19]), 1)
        #expect(sameDay.stability == s * increase)
        // A day later, the long-term formula applies and gives a different stability.
        let nextDay = scheduler.reviewed(first, grade: .good, at: start + day)
        #expect(nextDay.stability != sameDay.stability)
    }

    @Test func retrievabilityCountsWholeDays() {
        let card = scheduler.reviewed(.new(at: start), grade: .easy, at: start)
        let s = card.stability!
        #expect(scheduler.retrievability(of: card, at: start) == 1)
        #expect(scheduler.retrievability(of: card, at: start + day - 1) == 1)
        #expect(scheduler.retrievability(of: card, at: start - 5 * day) == 1)
        let oneDay = scheduler.retrievability(of: card, at: start + day)
        #expect(oneDay < 1)
        #expect(oneDay == scheduler.retrievability(of: card, at: start + 2 * day - 1))
        // After `stability` days retrievability is 90 %, by definition of stability.
        #expect(abs(scheduler.retrievability(elapsedDays: 10, stability: 10) - 0.9) < 1e-12)
        // The power-law curve keeps falling, slowly: about 0.55 a year later.
        #expect(
            scheduler.retrievability(of: card, at: start + 400 * day)
                < scheduler.retrievability(of: card, at: start + 100 * day))
        #expect(
            scheduler.retrievability(of: card, at: start + 10 * day)
                == scheduler.retrievability(elapsedDays: 10, stability: s))
    }

    /// What dlquiz shows and plans by follows the same curve at the real elapsed time: an answer failed an hour
    /// ago is no longer 100 % recalled, and at whole days it equals py-fsrs's retrievability.
    @Test func predictedRecallUsesTheRealElapsedTime() {
        let failed = scheduler.reviewed(.new(at: start), grade: .again, at: start)
        #expect(scheduler.retrievability(of: failed, at: start + 3600) == 1)
        let anHourLater = scheduler.predictedRecall(of: failed, at: start + 3600)
        #expect(anHourLater < 0.99)
        #expect(anHourLater > scheduler.predictedRecall(of: failed, at: start + 7200))
        let easy = scheduler.reviewed(.new(at: start), grade: .easy, at: start)
        for days in [0, 1, 3, 10, 100] {
            let whole = scheduler.retrievability(of: easy, at: start + Double(days) * day)
            #expect(abs(scheduler.predictedRecall(of: easy, at: start + Double(days) * day) - whole) < 1e-12)
        }
        #expect(scheduler.predictedRecall(of: easy, at: start - day) == 1)
        #expect(scheduler.predictedRecall(of: .new(at: start), at: start) == 0)
    }

    @Test func replayMatchesReviewingOneByOne() {
        let grades: [Grade] = [.good, .good, .again, .hard, .good, .easy, .again, .good, .good]
        var card = FSRSCard.new(at: start)
        var history: [(grade: Grade, time: Date)] = []
        var time = start
        for grade in grades {
            history.append((grade, time))
            card = scheduler.reviewed(card, grade: grade, at: time)
            time = card.due + 3600
        }
        #expect(scheduler.replay(history, createdAt: start) == card)
        let half = scheduler.replay(history.prefix(4), createdAt: start)
        #expect(scheduler.replay(history.dropFirst(4), startingFrom: half) == card)
    }

    @Test func replaysAMillionReviews() {
        // The app replays progress files of up to a million records; this must stay cheap.
        let reviews = (0..<1_000_000).lazy.map { i in
            (grade: Grade(rawValue: i % 7 == 0 ? 1 : (i % 5 == 0 ? 2 : 3))!, time: epoch(1_600_000_000 + i * 3_000))
        }
        let card = scheduler.replay(reviews, createdAt: epoch(1_600_000_000))
        #expect(card.lastReview == epoch(1_600_000_000 + 999_999 * 3_000))
        #expect(card.stability!.isFinite && card.stability! >= 0.001)
        #expect((1...10).contains(card.difficulty!))
    }

    @Test func gradesAreFSRSRatings() {
        #expect(Grade.allCases.map(\.rawValue) == [1, 2, 3, 4])
        #expect(Grade.allCases.map(\.name) == ["again", "hard", "good", "easy"])
        #expect(FSRSPhase.allCases.map(\.rawValue) == [1, 2, 3])
    }

    @Test func cardsRoundTripThroughCodable() throws {
        let card = scheduler.reviewed(.new(at: start), grade: .hard, at: start)
        let data = try JSONEncoder().encode(card)
        #expect(try JSONDecoder().decode(FSRSCard.self, from: data) == card)
    }
}
