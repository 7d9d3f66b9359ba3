import FoundationEssentials

/// What a quiz does with typed text: what a record keeps of it, the key points offered for it, and what ending now
/// would leave unsaved.
extension QuizSession {
    /// The key points offered for an answer typed (or written in the editor, or pasted) to `question`: nil when it
    /// was answered aloud, or when the settings ask for no suggestions. Built here, at the reveal, and nowhere else.
    func suggestion(for question: Question, typed lines: [String]) -> TickSuggestion? {
        guard let language = settings.suggestionLanguage, !lines.isEmpty else { return nil }
        return TickSuggestion.make(for: question, answer: lines.joined(separator: "\n"), language: language)
    }

    /// The typed text that ending the session now would leave unsaved: an answer typed (or revealed) but not graded
    /// yet, or a follow-up's answer not judged yet; nil when nothing typed is pending or nothing is recorded.
    package var unsavedAnswer: UnsavedAnswer? {
        guard settings.isRecording else { return nil }
        let lines: [String]
        switch phase {
        case .answering, .choosingPoints, .grading: lines = typedAnswer
        case .followUpAnswering, .followUpJudging: lines = followUpAnswer
        case .finished: return nil
        }
        let text = lines.joined(separator: "\n")
        guard !text.unicodeScalars.allSatisfy(\.properties.isWhitespace) else { return nil }
        let lineCount = 1 + TypedText.count(0x0A, in: text)
        return UnsavedAnswer(
            index: index, isFollowUp: phase == .followUpAnswering || phase == .followUpJudging, lineCount: lineCount,
            characterCount: TypedText.characterCount(text))
    }

    /// The typed text a record keeps: the lines joined by newlines without blank lines at either end, or nil when
    /// nothing was typed or text is not kept. Only the ends are looked at, so a 50 MB paste costs one copy.
    func keptText(_ lines: [String]) -> String? {
        guard settings.keepsText else { return nil }
        return TypedText.trimmingBlankLines(lines.joined(separator: "\n"))
    }
}
