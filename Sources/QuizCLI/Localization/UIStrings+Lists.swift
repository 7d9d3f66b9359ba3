/// Words for `pick`, `list`, `show` and `progress`.
extension UIStrings {
    func pickTitle(count: Int) -> String {
        text(count == 1 ? "Interview question" : "Interview questions (\(count))", "面接用の質問（\(count) 問）")
    }

    var listenFor: String { text("Listen for:", "回答で確認するポイント:") }

    func pickAgain(_ command: String) -> String {
        text("The same set again: \(command)", "同じ組み合わせをもう一度: \(command)")
    }

    func askInInterview(_ command: String) -> String {
        text("To ask it in an interview: \(command)", "この組み合わせで面接するには: \(command)")
    }

    var columnID: String { text("ID", "ID") }
    var columnTopic: String { text("TOPIC", "トピック") }
    var columnDifficulty: String { text("LVL", "難易度") }
    var columnAttempts: String { text("TRIES", "回数") }
    var columnLastGrade: String { text("LAST", "前回") }
    var columnQuestion: String { text("QUESTION", "質問") }

    /// `list --search` found nothing.
    func noQuestionMentions(_ query: String) -> String {
        text(
            "No question mentions '\(query)'; 'dlquiz list' shows them all.",
            "'\(query)' を含む質問はありません。'dlquiz list' ですべての質問を一覧できます。")
    }

    func listFooter(questions: Int, answered: Int) -> String {
        text(
            "\(questions) question\(questions == 1 ? "" : "s"), \(answered) answered at least once.",
            "全 \(questions) 問、うち \(answered) 問に回答済み。")
    }

    func yourAttempts(_ attempts: Int, lastGrade: String?, meanCoverage: String?) -> String {
        guard attempts > 0, let lastGrade, let meanCoverage else {
            return text("You have not answered this question yet.", "この問題にはまだ回答していません。")
        }
        return text(
            "Your attempts: \(attempts) · last grade: \(lastGrade) · mean coverage: \(meanCoverage)",
            "回答回数: \(attempts) · 前回の評価: \(lastGrade) · 平均カバー率: \(meanCoverage)")
    }
}

/// Words for `tips`.
extension UIStrings {
    var tipsTitle: String { text("Tips for answering technical interview questions", "技術面接で質問に答えるためのヒント") }
}
