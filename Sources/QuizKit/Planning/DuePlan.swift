import FoundationEssentials

/// The outcome of planning a due-first session.
public struct DuePlan: Sendable {
    /// Questions due, most at risk first.
    public var due: [QuestionStatus]
    /// Questions never answered, in deck order.
    public var new: [QuestionStatus]
    /// When the next not-yet-due question falls due, if any.
    public var nextDue: Date?

    /// Due questions, then new ones.
    public var ordered: [QuestionStatus] { due + new }
}
