import FoundationEssentials
import Testing

@testable import QuizCLI
@testable import QuizKit

/// Large decks are replayed on all cores by the CLI; the plan must not change.
@Suite struct ParallelPlannerTests {
    private let start = Date(timeIntervalSince1970: 1_795_424_400)
    private let day: TimeInterval = 86_400

    private func question(_ id: String) -> Question {
        Question(
            id: id, topic: "alpha", difficulty: 1, minutes: 2, question: LocalizedText("Q \(id)?"),
            answer: LocalizedText("A."), keyPoints: (1...4).map { LocalizedText("point \($0)") }, followUps: [])
    }

    @Test func largeDecksArePlannedInParallelWithTheSameResult() {
        let many = (0..<5_000).map { question("m\($0)") }
        var histories: [String: QuestionHistory] = [:]
        for index in stride(from: 0, to: 5_000, by: 3) {
            let review = QuestionHistory.Review(
                grade: Grade(rawValue: 1 + index % 4)!, time: start - Double(index % 50) * day, coverage: 0.5)
            histories["m\(index)"] = QuestionHistory(reviews: [review])
        }
        let parallel = PastAnswers.planner(questions: many, histories: many.map { histories[$0.id] }, now: start)
        let serial = StudyPlanner(questions: many, histories: histories, now: start)
        #expect(parallel.statuses.map(\.question.id) == many.map(\.id))
        #expect(parallel.statuses.map(\.card) == serial.statuses.map(\.card))
        for index in [0, 3, 2_997, 4_998] {
            let reviews = histories["m\(index)"]!.reviews
            let expected = FSRSScheduler().replay(
                reviews.map { (grade: $0.grade, time: $0.time) }, createdAt: reviews[0].time)
            #expect(parallel.statuses[index].card == expected)
        }
        #expect(parallel.statuses[1].isNew)
    }
}
