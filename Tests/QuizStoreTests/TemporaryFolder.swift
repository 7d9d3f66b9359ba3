import Foundation
@testable import QuizKit

/// A fresh folder under the system's temporary directory, removed when the value is released.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of a file in the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

// MARK: - Fixtures

/// 2026-11-23T09:00:00Z, the moment the tests' records are made at.
let testStart = Date(timeIntervalSince1970: 1_795_424_400)

/// A question with `points` key points and `followUps` follow-ups, for scorecards.
func question(_ id: String, points: Int = 4, followUps: Int = 0) -> Question {
    Question(
        id: id, topic: "alpha", difficulty: 1, minutes: 2, question: LocalizedText("Q \(id)?"),
        answer: LocalizedText("A."), keyPoints: (1...points).map { LocalizedText("point \($0)") },
        followUps: (0..<followUps).map {
            FollowUp(question: LocalizedText("Follow-up \($0 + 1)?"), answer: LocalizedText("Answer \($0 + 1)."))
        })
}
