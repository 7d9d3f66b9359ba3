import Foundation

@testable import QuizKit

/// A question with `points` key points and `followUps` follow-ups, for scorecards.
func question(_ id: String, points: Int = 4, followUps: Int = 0) -> Question {
    Question(
        id: id, topic: "alpha", difficulty: 1, minutes: 2, question: LocalizedText("Q \(id)?"),
        answer: LocalizedText("A."), keyPoints: (1...points).map { LocalizedText("point \($0)") },
        followUps: (0..<followUps).map {
            FollowUp(question: LocalizedText("Follow-up \($0 + 1)?"), answer: LocalizedText("Answer \($0 + 1)."))
        })
}
