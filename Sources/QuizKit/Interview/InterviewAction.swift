/// One line typed at the interview console, parsed.
///
/// The language is made for typing while someone talks: a number toggles a key point, everything else is a letter.
///
/// | Typed | Meaning |
/// |---|---|
/// | `3`, `1 4`, `2-4`, `1,3` | Toggle these key points (tick when unticked, untick when ticked). |
/// | `+3`, `-2`, `-2-4` | Tick, or untick, whatever their state. |
/// | `all`, `none` (or a lone `0`) | Tick every point, untick every point. |
/// | `n text`, `/note text` | Add a note (the text is kept as typed). |
/// | `a text`, `/answer text`, or a pasted text of several lines | What the candidate said: kept as a note, and read for the key points it covers (`TickSuggestion`). |
/// | `f` | Show the next follow-up question; `f2` shows follow-up 2. |
/// | `f+`, `f-` | Mark the last follow-up shown as answered well, or not; `f2+` marks follow-up 2. |
/// | Enter, `next` | Move on to the next question (the last one ends the interview). |
/// | `b`, `back` | Go back to the previous question. |
/// | `s`, `skip` | Leave this question out: it was not asked. |
/// | `t`, `time` | Show the time and what is recorded for this question. |
/// | `q`, `quit` | End the interview. |
/// | `?`, `help` | Show the commands. |
///
/// Key points are read by `KeyPointGrammar`, the quiz's grammar with signs on top: the same numbers, ranges, words,
/// the same rule for `0` (alone it is `none`; in a list or a range it is out of range). Fullwidth digits, letters and
/// signs (typed with a Japanese input method on) read as their ASCII forms.
enum InterviewAction: Sendable, Hashable {
    /// Change key points as the reply says: toggle, tick, untick (1-based numbers), or every point.
    case changePoints(KeyPointReply)
    /// Add a note.
    case note(String)
    /// What the candidate said, typed after `a` or pasted: a note, and the text suggested ticks are read from.
    case candidateSaid(String)
    /// Show a follow-up: the next one not shown yet, or the one numbered.
    case showFollowUp(number: Int?)
    /// Mark a follow-up: the last one shown, or the one numbered.
    case markFollowUp(number: Int?, answeredWell: Bool)
    /// Move on to the next question.
    case next
    /// Go back to the previous question.
    case back
    /// Leave the question out as not asked.
    case skip
    /// Show the time and the record so far.
    case status
    /// End the interview.
    case quit
    /// Show the commands.
    case help
    /// A line that means nothing here.
    case invalid(InterviewInputProblem)
}

/// Why a line typed at the interview console was not understood.
package enum InterviewInputProblem: Sendable, Hashable {
    /// A key point number outside 1…`pointCount`.
    case pointOutOfRange(String, pointCount: Int)
    /// A follow-up number outside 1…`followUpCount` (0 when the question has none).
    case followUpOutOfRange(Int, followUpCount: Int)
    /// `n` with no text after it.
    case emptyNote
    /// `a` with no text after it.
    case emptyAnswer
    /// Not a command.
    case unknown(String)
}

/// Reads lines typed at the interview console.
enum InterviewActionParser {
    /// Parses a line for a question with `pointCount` key points and `followUpCount` follow-ups.
    package static func parse(_ line: String, pointCount: Int, followUpCount: Int) -> InterviewAction {
        let normalized = KeyPointGrammar.normalize(line)
        switch normalized {
        case "", "next": return .next
        case "b", "back": return .back
        case "s", "skip": return .skip
        case "t", "time": return .status
        case "q", "quit": return .quit
        case "?", "h", "help": return .help
        default: break
        }
        if let note = prefixedText(line, prefixes: ["/note", "note", "/n", "n"]) {
            return note.isEmpty ? .invalid(.emptyNote) : .note(note)
        }
        if let said = prefixedText(line, prefixes: ["/answer", "answer", "/a", "a"]) {
            return said.isEmpty ? .invalid(.emptyAnswer) : .candidateSaid(said)
        }
        let parsed = KeyPointGrammar.parse(normalized, total: pointCount, allowsSigns: true)
        // A paste of several lines that is not a command is what the candidate said, copied from somewhere.
        if case .failure = parsed, line.contains("\n") {
            return .candidateSaid(line.trimmed())
        }
        if normalized.hasPrefix("f") {
            return followUp(String(normalized.dropFirst()), followUpCount: followUpCount) ?? .invalid(.unknown(line))
        }
        switch parsed {
        case .success(let reply): return .changePoints(reply)
        case .failure(.outOfRange(let token, let total)): return .invalid(.pointOutOfRange(token, pointCount: total))
        case .failure(.notPoints), .failure(.empty): return .invalid(.unknown(line))
        }
    }

    /// The text after one of `prefixes` (`n `, `note `, `/note `; `a `, `answer `) when the line starts with one, or
    /// "" when the line is only that word; else nil.
    private static func prefixedText(_ line: String, prefixes: [String]) -> String? {
        let trimmed = line.trimmed()
        for prefix in prefixes {
            let start = KeyPointGrammar.normalize(String(trimmed.prefix(prefix.count)))
            guard start == prefix else { continue }
            let rest = trimmed.dropFirst(prefix.count)
            if rest.isEmpty { return "" }
            guard let first = rest.first, first == " " || first == "\u{3000}" || first == ":" else { continue }
            return String(rest.dropFirst()).trimmed()
        }
        return nil
    }

    /// `f`, `f2`, `f+`, `f-`, `f2+`, `f 2 -` (after the `f`).
    private static func followUp(_ rest: String, followUpCount: Int) -> InterviewAction? {
        var body = rest.filter { $0 != " " }
        var mark: Bool?
        if body.hasSuffix("+") {
            mark = true
        } else if body.hasSuffix("-") {
            mark = false
        }
        if mark != nil { body.removeLast() }
        var number: Int?
        if !body.isEmpty {
            guard body.allSatisfy(\.isASCII), let value = Int(body) else { return nil }
            guard (1...max(1, followUpCount)).contains(value), followUpCount > 0 else {
                return .invalid(.followUpOutOfRange(value, followUpCount: followUpCount))
            }
            number = value
        }
        if let mark { return .markFollowUp(number: number, answeredWell: mark) }
        return .showFollowUp(number: number)
    }
}
