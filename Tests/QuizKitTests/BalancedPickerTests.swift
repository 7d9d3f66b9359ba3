import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// The balanced picker's promises, checked over many seeds and against every possible set on small decks.
@Suite struct BalancedPickerTests {
    private static let bundled: Deck = {
        let bytes = [UInt8](try! Data(contentsOf: TestDecks.bundledDeckURL))
        return try! DeckLoader.load(bytes: bytes, source: "deep-learning.json")
    }()

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 20])
    func theBundledDeckSpreadsOnEverySeed(count: Int) {
        let deck = Self.bundled
        let topicCount = Set(deck.questions.map(\.topic)).count
        for seed in UInt64(0)..<1000 {
            let picked = BalancedPicker.pick(count, from: deck.questions, seed: seed)
            #expect(picked.count == min(count, deck.questions.count))
            #expect(Set(picked.map(\.id)).count == picked.count, "a question picked twice, seed \(seed)")
            #expect(Set(picked.map(\.topic)).count == min(count, topicCount), "topics, n \(count), seed \(seed)")
            if count >= 3 {
                #expect(Set(picked.map(\.difficulty)) == [1, 2, 3], "difficulties, n \(count), seed \(seed)")
            } else {
                #expect(Set(picked.map(\.difficulty)).count == count, "n \(count), seed \(seed)")
            }
            #expect(picked.map(\.difficulty) == picked.map(\.difficulty).sorted(), "easiest first")
        }
    }

    @Test func theSameSeedPicksTheSameSetAndSeedsVary() {
        let questions = Self.bundled.questions
        #expect(
            BalancedPicker.pick(4, from: questions, seed: 2417) == BalancedPicker.pick(4, from: questions, seed: 2417))
        let sets = Set((UInt64(0)..<200).map { BalancedPicker.pick(4, from: questions, seed: $0).map(\.id) })
        #expect(sets.count > 50, "only \(sets.count) different sets over 200 seeds")
        let used = Set(sets.joined())
        #expect(
            used.count == questions.count,
            "some questions are never picked: \(Set(questions.map(\.id)).subtracting(used))")
    }

    /// On random small decks, the picked set has as many topics, then as many difficulties, as the best of all sets.
    @Test func theSetIsOptimalOnRandomSmallDecks() {
        var generator = SeededRandom(seed: 99)
        for deckNumber in 0..<300 {
            let size = 1 + generator.integer(below: 9)
            let topics = 1 + generator.integer(below: 4)
            let difficulties = [[1, 2, 3], [1, 2], [2, 3], [1], [1, 3]][generator.integer(below: 5)]
            let questions = (0..<size).map { number in
                Question(
                    id: "q\(number)", topic: "t\(generator.integer(below: topics))",
                    difficulty: difficulties[generator.integer(below: difficulties.count)], minutes: 1,
                    question: LocalizedText("?"), answer: LocalizedText("."), keyPoints: [LocalizedText("p")])
            }
            for count in 1...size {
                let best = bestSpread(of: questions, count: count)
                for seed in UInt64(0)..<5 {
                    let picked = BalancedPicker.pick(count, from: questions, seed: seed)
                    let spread = (Set(picked.map(\.topic)).count, Set(picked.map(\.difficulty)).count)
                    #expect(picked.count == count)
                    #expect(spread == best, "deck \(deckNumber), n \(count), seed \(seed): \(spread) < \(best)")
                }
            }
        }
    }

    @Test func fewerTopicsThanQuestionsUsesEveryTopicAndSpreadsTheRest() {
        let questions = (0..<9).map { TestDecks.question("q\($0)", topic: $0 < 6 ? "a" : "b", difficulty: 1 + $0 % 3) }
        for seed in UInt64(0)..<100 {
            let picked = BalancedPicker.pick(5, from: questions, seed: seed)
            #expect(Set(picked.map(\.topic)) == ["a", "b"])
            #expect(Set(picked.map(\.difficulty)) == [1, 2, 3])
        }
    }

    @Test func aMissingDifficultyIsSimplyAbsent() {
        let questions = (0..<6).map { TestDecks.question("q\($0)", topic: "t\($0)", difficulty: 1 + $0 % 2) }
        let picked = BalancedPicker.pick(4, from: questions, seed: 1)
        #expect(Set(picked.map(\.difficulty)) == [1, 2])
        #expect(Set(picked.map(\.topic)).count == 4)
    }

    @Test func moreThanTheDeckPicksEverythingAndNothingPicksNothing() {
        let questions = (0..<3).map { TestDecks.question("q\($0)", topic: "t", difficulty: 1) }
        #expect(Set(BalancedPicker.pick(10, from: questions, seed: 3).map(\.id)) == ["q0", "q1", "q2"])
        #expect(BalancedPicker.pick(0, from: questions, seed: 3).isEmpty)
        #expect(BalancedPicker.pick(2, from: [], seed: 3).isEmpty)
    }

    /// The best (topics, difficulties) over every set of `count` questions, lexicographically.
    private func bestSpread(of questions: [Question], count: Int) -> (Int, Int) {
        var best = (0, 0)
        func visit(_ start: Int, _ chosen: [Question]) {
            if chosen.count == count {
                let spread = (Set(chosen.map(\.topic)).count, Set(chosen.map(\.difficulty)).count)
                if spread > best { best = spread }
                return
            }
            guard start < questions.count else { return }
            for next in start..<questions.count { visit(next + 1, chosen + [questions[next]]) }
        }
        visit(0, [])
        return best
    }
}

/// Leaving out recent interviews' questions, and relaxing when too few are left.
@Suite struct FreshFilterTests {
    private let questions = (1...6).map { TestDecks.question("q\($0)") }

    @Test func leavesOutTheRecentInterviewsQuestions() {
        let outcome = FreshFilter.apply(to: questions, recent: [["q1", "q2"], ["q3"]], count: 3)
        #expect(outcome.candidates.map(\.id) == ["q4", "q5", "q6"])
        #expect(outcome.interviewsAvoided == 2)
        #expect(outcome.leftOut == 3)
    }

    @Test func relaxesFromTheOldestInterviewWhenTooFewAreLeft() {
        let recent = [["q1", "q2"], ["q3", "q4"], ["q5"]]
        let outcome = FreshFilter.apply(to: questions, recent: recent, count: 3)
        #expect(outcome.interviewsAvoided == 1)
        #expect(outcome.candidates.map(\.id) == ["q3", "q4", "q5", "q6"])
        let everything = FreshFilter.apply(to: questions, recent: [questions.map(\.id)], count: 1)
        #expect(everything.interviewsAvoided == 0)
        #expect(everything.candidates.count == 6)
    }

    /// Once every topic is used, extras come from the topic picked least so far: with one difficulty and equal
    /// topics, no topic gets a second question before every topic has one, nor a third before all have two.
    @Test(arguments: [(2, 4), (3, 5), (3, 8), (4, 9)])
    func extrasComeFromTheLeastUsedTopic(topics: Int, count: Int) {
        let questions = (0..<topics).flatMap { topic in
            (0..<5).map { number in
                Question(
                    id: "t\(topic)-q\(number)", topic: "topic-\(topic)", difficulty: 2, minutes: 1,
                    question: LocalizedText("Q"), answer: LocalizedText("A"), keyPoints: [LocalizedText("k")],
                    followUps: [], references: [])
            }
        }
        for seed in UInt64(0)..<200 {
            let picked = BalancedPicker.pick(count, from: questions, seed: seed)
            var perTopic: [String: Int] = [:]
            for question in picked { perTopic[question.topic, default: 0] += 1 }
            let counts = perTopic.values.sorted()
            #expect(perTopic.count == topics, "seed \(seed): \(perTopic)")
            #expect(counts.last! - counts.first! <= 1, "seed \(seed): uneven topics \(perTopic)")
        }
    }
}
