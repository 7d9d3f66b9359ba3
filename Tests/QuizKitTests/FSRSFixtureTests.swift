import Foundation
import Testing

@testable import QuizKit

/// Replays every py-fsrs reference sequence and compares each step.
@Suite struct FSRSFixtureTests {
    let fixture: FSRSFixture

    init() throws {
        fixture = try FSRSFixture.load()
    }

    @Test func fixtureIsWhatMakeFixturesDocuments() {
        #expect(fixture.pyFsrsVersion.hasPrefix("6."))
        #expect(fixture.seed == 20_250_601)
        #expect(
            fixture.columns == [
                "rating", "time", "r_before", "state", "step", "stability", "difficulty", "due", "last_review",
            ])
        #expect(fixture.sequences.count >= 250)
        #expect(fixture.sequences.filter { $0.config == 0 }.count >= 250)
        // Config 0 is py-fsrs's default scheduler, which must be ours.
        #expect(fixture.configs[0].fsrsParameters == .standard)
    }

    /// One scheduler per fixture config; config 0 uses the Swift defaults, so they are what is tested.
    var schedulers: [FSRSScheduler] {
        fixture.configs.indices.map { index in
            FSRSScheduler(parameters: index == 0 ? .standard : fixture.configs[index].fsrsParameters)
        }
    }

    @Test func everyReviewMatchesPyFSRS() {
        let schedulers = self.schedulers
        var mismatches: [String] = []
        var checked = 0

        for (s, sequence) in fixture.sequences.enumerated() {
            let scheduler = schedulers[sequence.config]
            var card = FSRSCard.new(at: epoch(sequence.created))
            for (i, expected) in sequence.reviews.enumerated() {
                let time = epoch(expected.time)
                let place = "sequence \(s) (config \(sequence.config)) review \(i)"
                let grade = Grade(rawValue: expected.rating)!

                let r = scheduler.retrievability(of: card, at: time)
                if !close(r, expected.retrievabilityBefore) {
                    mismatches.append("\(place): retrievability \(r) != \(expected.retrievabilityBefore)")
                }

                card = scheduler.reviewed(card, grade: grade, at: time)
                checked += 1

                if card.phase.rawValue != expected.state {
                    mismatches.append("\(place): phase \(card.phase) != state \(expected.state)")
                }
                if card.step != expected.step {
                    mismatches.append(
                        "\(place): step \(String(describing: card.step)) != \(String(describing: expected.step))")
                }
                if !close(card.stability, expected.stability) {
                    mismatches.append(
                        "\(place): stability \(String(describing: card.stability)) != \(expected.stability)")
                }
                if !close(card.difficulty, expected.difficulty) {
                    mismatches.append(
                        "\(place): difficulty \(String(describing: card.difficulty)) != \(expected.difficulty)")
                }
                if card.due.timeIntervalSince1970.rounded() != TimeInterval(expected.due) {
                    mismatches.append("\(place): due \(card.due.timeIntervalSince1970) != \(expected.due)")
                }
                if card.lastReview?.timeIntervalSince1970 != TimeInterval(expected.lastReview) {
                    mismatches.append(
                        "\(place): last review \(String(describing: card.lastReview)) != \(expected.lastReview)")
                }
            }
        }

        #expect(checked == fixture.sequences.reduce(0) { $0 + $1.reviews.count })
        #expect(
            mismatches.isEmpty,
            "\(mismatches.count) mismatches; first: \(mismatches.prefix(15).joined(separator: "\n"))")
    }

    @Test func replayEndsWhereStepByStepReviewsEnd() {
        let schedulers = self.schedulers
        for sequence in fixture.sequences {
            let scheduler = schedulers[sequence.config]
            let history = sequence.reviews.map { (grade: Grade(rawValue: $0.rating)!, time: epoch($0.time)) }
            let card = scheduler.replay(history, createdAt: epoch(sequence.created))
            let last = sequence.reviews.last!
            #expect(card.phase.rawValue == last.state)
            #expect(card.step == last.step)
            #expect(close(card.stability, last.stability))
            #expect(close(card.difficulty, last.difficulty))
            #expect(card.due == epoch(last.due))
        }
    }
}

/// Equal within 1e-6, relative (absolute near zero).
func close(_ actual: Double?, _ expected: Double, tolerance: Double = 1e-6) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) <= tolerance * max(1, abs(expected))
}
