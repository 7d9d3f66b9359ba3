import QuizKit
import QuizStore

/// The words of suggested ticks: the marks in the key-point list, the offer at the tick prompt and in the interview
/// console, `dlquiz grade`.
extension UIStrings {
    /// The quotes around a phrase of the answer.
    var quotes: (open: String, close: String) { isJapanese ? ("「", "」") : ("\"", "\"") }

    /// Before the phrase that states a point's opposite.
    var contradictedBy: String { text("opposite: ", "反対の記述: ") }

    /// The key points' heading when some are marked.
    var keyPointsWithSuggestions: String {
        text("Key points (+ found in your answer)", "押さえるべきポイント（+ は回答から読み取ったもの）")
    }

    /// `1 3 4`, or `none`: joined by no-break spaces, so a line never breaks inside the list (`TextWrapper` writes
    /// them as spaces).
    func pointList(_ points: KeyPointSet) -> String {
        points.count == 0 ? text("none", "なし") : points.map(String.init).joined(separator: "\u{00A0}")
    }

    /// The offer at the quiz's key-point prompt.
    func suggestionPrompt(_ suggested: KeyPointSet) -> String {
        let choose = text(
            "or type the numbers you covered (such as 1 3 4), all, or none.",
            "自分で選ぶ場合は、押さえた番号（例: 1 3 4）、all、none のいずれかを入力してください。")
        if suggested.count == 0 {
            return text(
                "dlquiz found none of the key points in your answer. Press Enter to accept that, ",
                "回答からはポイントを読み取れませんでした。Enter で「なし」に決定します。") + choose
        }
        return text(
            "Suggested from your answer: \(pointList(suggested)). Press Enter to accept \(suggested.count == 1 ? "it" : "them"), ",
            "回答から読み取ったポイント: \(pointList(suggested))。Enter でこのとおりに決定します。") + choose
    }

    /// What can be typed after a reply that was not understood, when points were offered.
    func invalidKeyPoints(total: Int, suggested: KeyPointSet) -> String {
        text(
            "Press Enter to accept the suggestion (\(pointList(suggested))), or type point numbers from 1 to \(total) (such as 1 3 4 or 2-4), all, or none.",
            "Enter で提案どおり（\(pointList(suggested))）に決定するか、1〜\(total) の番号（例: 1 3 4、2-4）、all、none のいずれかを入力してください。"
        )
    }

    /// The help's sentence about suggestions, after the key-point prompt's own.
    var suggestionHelp: String {
        text(
            "After a typed answer, dlquiz marks with + the points it found in it, each with the phrase that supports it, and Enter accepts them; numbers, all or none choose instead. Nothing is ticked until you say so. An answer given aloud gets no suggestion.",
            "入力した回答からは、読み取ったポイントに + を付け、その根拠となる語句を添えて示します。Enter でそのとおりに決定し、番号、all、none で選び直せます。決定するまで何も記録しません。口頭での回答には提案しません。"
        )
    }

    // MARK: The interview console

    /// The offer after what the candidate said was read.
    func interviewSuggestion(_ suggested: KeyPointSet, offered: KeyPointSet) -> String {
        if suggested.count == 0 {
            return text(
                "dlquiz found none of the key points in what the candidate said.",
                "候補者の発言からはポイントを読み取れませんでした。")
        }
        if offered.count == 0 {
            return text(
                "Suggested: \(pointList(suggested)); nothing new to tick (each is ticked already or was unticked by you).",
                "提案: \(pointList(suggested))（チェック済みか、あなたが解除したもので、新たにチェックするものはありません）")
        }
        return text(
            "Suggested from what the candidate said: \(pointList(offered)). Enter ticks \(offered.count == 1 ? "it" : "them") (the next Enter moves on); numbers tick or untick instead.",
            "候補者の発言から読み取ったポイント: \(pointList(offered))。Enter でチェックします（もう一度 Enter で次へ）。番号で自分でチェック・解除もできます。")
    }

    /// After Enter took the offer.
    func tickedAsSuggested(_ changed: KeyPointSet) -> String {
        text("Ticked as suggested: \(pointList(changed)).", "提案どおりチェックしました: \(pointList(changed))")
    }

    /// In the interview prompt while an offer is pending: what the next Enter does.
    func enterTicks(_ offered: KeyPointSet) -> String {
        text("Enter ticks \(pointList(offered))", "Enter で \(pointList(offered)) をチェック")
    }

    /// After numbers replaced a pending offer.
    func suggestionSetAside(_ points: KeyPointSet) -> String {
        text(
            "The suggestion of \(pointList(points)) was set aside: your numbers decide.",
            "\(pointList(points)) の提案は取り下げました（入力した番号で決まります）。")
    }

    // MARK: dlquiz grade

    /// The key points' heading of `grade`.
    var keyPointsFoundInAnswer: String {
        text("Key points (+ found in the answer)", "押さえるべきポイント（+ は回答から読み取ったもの）")
    }

    /// `Suggested: 1 2 3 (3 of 7 key points, 43%)`.
    func suggestedCount(_ suggested: KeyPointSet, of total: Int) -> String {
        let share = percent(total > 0 ? Double(suggested.count) / Double(total) : 0)
        return text(
            "Suggested: \(pointList(suggested)) (\(suggested.count) of \(total) key points, \(share)).",
            "提案: \(pointList(suggested))（ポイント \(total) 個中 \(suggested.count) 個、\(share)）")
    }

    /// `grade` with a terminal on standard input, before it reads.
    var gradeTypeAnswer: String {
        text(
            "Type or paste the answer, then press Ctrl-D on a line of its own (Ctrl-C cancels).",
            "回答を入力するか貼り付けてから、新しい行で Ctrl-D を押してください（Ctrl-C で中止します）。")
    }

    /// `grade` for an answer longer than suggestions read (`KeptText.byteLimit`).
    func gradeReadPart(_ read: Int, of total: Int) -> String {
        text(
            "Only the first 64 KiB of the answer were read (\(Self.grouped(read)) of \(Self.grouped(total)) characters), as the quiz reads a typed answer.",
            "回答は先頭の 64 KiB だけを読みました（\(Self.grouped(total)) 文字中 \(Self.grouped(read)) 文字）。クイズで入力した回答と同じ扱いです。")
    }

    /// `grade` for a question without key points.
    var gradeFlashcard: String {
        text(
            "This question has no key points (a flashcard): there is nothing to suggest.",
            "この質問にはポイントがありません（フラッシュカード）。提案できるものはありません。")
    }
}

/// Why `dlquiz grade` cannot read the answer it was given, named by where it came from.
enum AnswerErrors {
    case file(String)
    case standardInput

    /// "The answer in FILE" or "The answer on standard input", to start a sentence.
    private var place: Bilingual {
        switch self {
        case .file(let path):
            Bilingual("The answer in \(UntrustedText.echoed(path))", "\(UntrustedText.echoed(path)) の回答")
        case .standardInput: Bilingual("The answer on standard input", "標準入力の回答")
        }
    }

    /// Past `AnswerFile.sizeLimit`.
    var tooLarge: CommandFailure {
        let (limit, read) = (StoreError.size(AnswerFile.sizeLimit), StoreError.size(KeptText.byteLimit))
        return CommandFailure(
            "\(place.english) holds more than \(limit); suggestions read only its first \(read), so give that part.",
            "\(place.japanese)が \(limit) を超えています。提案に使うのは先頭の \(read) だけなので、その部分を渡してください。")
    }

    /// Not UTF-8 text, with where and why (`InputBytes.textProblem`).
    func notUTF8(_ problem: DeckDiagnostic) -> CommandFailure {
        CommandFailure(
            "\(place.english) is not UTF-8 text (at \(problem.text(in: "en"))).",
            "\(place.japanese)が UTF-8 のテキストではありません（\(problem.text(in: "ja"))）。")
    }

    /// Blank.
    var empty: CommandFailure {
        CommandFailure(
            "\(place.english) is empty: give the answer to grade.", "\(place.japanese)が空です。評価する回答を渡してください。")
    }
}
