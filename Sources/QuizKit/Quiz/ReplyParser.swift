/// What the user typed at one of the quiz's prompts, parsed.
enum Reply: Sendable, Equatable {
    /// Key points chosen at the checklist prompt.
    case points(KeyPointSet)
    /// Enter at the grade prompt: accept the proposal.
    case accept
    /// A grade typed at the grade prompt.
    case grade(Grade)
    /// `u`: undo the previous question's grade.
    case undo
    /// `s`: skip this question.
    case skip
    /// `q`: end the quiz.
    case quit
    /// `?`: show what can be typed here.
    case help
    /// `e` at the answer prompt: write the answer in an editor.
    case edit
    /// `d` after the reveal: show the question's details (worked examples, numbers).
    case details
    /// Key points that were not understood, and why.
    case invalidPoints(KeyPointProblem)
    /// A grade that was not understood, as typed.
    case invalid(String)
}

/// Reads replies at the quiz's prompts, accepting fullwidth digits and Japanese words too.
enum ReplyParser {
    /// Parses a reply to "which key points did you cover?" for a question with `total` points.
    ///
    /// The key points are read by `KeyPointGrammar` without signs (`1 3 4`, `1,3`, `2-4`, `all`, `none`, a lone `0`);
    /// `u`, `s`, `q` and `?` are commands.
    package static func keyPoints(_ text: String, total: Int) -> Reply {
        if let command = command(KeyPointGrammar.normalize(text)) { return command }
        switch KeyPointGrammar.parse(text, total: total, allowsSigns: false) {
        case .success(let reply): return .points(reply.covered(total: total))
        case .failure(let problem): return .invalidPoints(problem)
        }
    }

    /// Parses a reply at the grade prompt: Enter, `1`–`4`, `a`/`h`/`g`/`e` (or the words), `u`, `s`, `q`.
    package static func grade(_ text: String) -> Reply {
        let normalized = KeyPointGrammar.normalize(text)
        if let command = command(normalized) { return command }
        switch normalized {
        case "": return .accept
        case "1", "a", "again", "もう一度", "もういちど": return .grade(.again)
        case "2", "h", "hard", "難しい", "むずかしい": return .grade(.hard)
        case "3", "g", "good", "正解", "良い": return .grade(.good)
        case "4", "e", "easy", "簡単", "かんたん": return .grade(.easy)
        default: return .invalid(text)
        }
    }

    /// Parses the first line typed at the answer prompt: `u`, `s`, `q`, `?` and `e` (the editor) are commands,
    /// anything else is answer.
    static func answerCommand(_ text: String) -> Reply? {
        // A command is one letter and a little space; a long line is an answer, and is never folded whole.
        guard text.utf8.count <= 32 else { return nil }
        switch KeyPointGrammar.normalize(text) {
        case "e": return .edit
        case "u": return .undo
        case "s": return .skip
        case "q": return .quit
        case "?": return .help
        default: return nil
        }
    }

    /// Parses the reply to "did you answer the follow-up well?": `y`/`yes`/`はい` or `n`/`no`/`いいえ` (nil for
    /// anything else); `s`, `q` and `?` are commands.
    static func followUpJudgement(_ text: String) -> Reply? {
        let normalized = KeyPointGrammar.normalize(text)
        if let command = command(normalized), command != .undo { return command }
        switch normalized {
        case "y", "yes", "はい": return .grade(.good)
        case "n", "no", "いいえ": return .grade(.again)
        default: return nil
        }
    }

    /// The commands of the key-point and grade prompts, from a normalized reply: `u` undo, `s` skip, `q` quit,
    /// `?` help, and `d` to show the question's details after the reveal.
    private static func command(_ normalized: String) -> Reply? {
        switch normalized {
        case "d", "details", "詳細": .details
        case "u", "undo": .undo
        case "s", "skip": .skip
        case "q", "quit": .quit
        case "?", "help": .help
        default: nil
        }
    }
}

// MARK: - Grade proposal

/// Proposes a self-grade from how many key points an answer covered.
///
/// FSRS, like Anki, treats Hard as a successful recall: the card's stability grows and its next interval is
/// longer than the last; only Again is a lapse. So Hard is proposed only for an answer an interviewer would pass
/// despite gaps (a clear majority of the points), and an answer that covers half of them or less is proposed Again,
/// not scheduled as remembered. With 6 points: 6 Easy, 5 Good, 4 Hard, 3 or fewer Again; with 8: 8 Easy, 7 Good,
/// 5–6 Hard, 4 or fewer Again. (The README's "Grade" step gives the sources.)
package enum GradeProposal {
    /// The coverage at or above which each grade is proposed: all points for Easy, 80% for Good, 60% for Hard.
    static let thresholds: [(grade: Grade, coverage: Double)] = [(.easy, 1.0), (.good, 0.8), (.hard, 0.6)]

    /// The proposed grade; an answer that ran over its time limit is proposed one grade lower (never below Again).
    package static func grade(coverage: Double, isOverTime: Bool = false) -> Grade {
        var grade = Grade.again
        for threshold in thresholds where coverage >= threshold.coverage - 1e-9 {
            grade = threshold.grade
            break
        }
        if isOverTime, let lower = Grade(rawValue: grade.rawValue - 1) { grade = lower }
        return grade
    }
}
