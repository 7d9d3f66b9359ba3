import Dispatch
import FoundationEssentials
import QuizKit

/// Building a planner for a command: QuizKit replays histories one question at a time; here, decks of more than
/// 2,000 questions are replayed in up to eight chunks on all cores. The statuses are the same either way.
extension StudyPlanner {
    /// Decks larger than this are replayed in parallel.
    static let parallelThreshold = 2_000

    /// A planner for `questions` at `now`, replaying their `histories` (keyed by question id) on all cores when the
    /// deck is large.
    static func replayingInParallel(
        questions: [Question], histories: [String: QuestionHistory], now: Date,
        scheduler: FSRSScheduler = FSRSScheduler()
    ) -> StudyPlanner {
        let count = questions.count
        guard count > parallelThreshold else {
            return StudyPlanner(questions: questions, histories: histories, now: now, scheduler: scheduler)
        }
        var results = [QuestionStatus?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            let output = UncheckedBuffer(buffer)
            let chunks = max(1, min(8, count / 1_000))
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) {
                    output[index] = StudyPlanner.status(
                        of: questions[index], history: histories[questions[index].id], now: now, scheduler: scheduler)
                }
            }
        }
        return StudyPlanner(statuses: results.map { $0! }, now: now, scheduler: scheduler)
    }
}

/// Lets concurrent workers fill disjoint slots of one buffer.
private struct UncheckedBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
    subscript(index: Int) -> Element {
        get { buffer[index] }
        nonmutating set { buffer[index] = newValue }
    }
}
