import QuizKit

/// What the quiz says about typed answers: one that was not saved, and how much more a long one holds.
extension UIStrings {
    /// What a session ended without saving: "Not saved: your answer to question 2 (3 lines, 120 characters)."
    func notSaved(_ unsaved: UnsavedAnswer) -> String {
        let number = unsaved.index + 1
        let size = text(
            "\(unsaved.lineCount) line\(unsaved.lineCount == 1 ? "" : "s"), \(unsaved.characterCount) character\(unsaved.characterCount == 1 ? "" : "s")",
            "\(unsaved.lineCount) 行、\(unsaved.characterCount) 文字")
        return unsaved.isFollowUp
            ? text(
                "Not saved: your answer to the follow-up of question \(number) (\(size)).",
                "問題 \(number) の追加質問への回答（\(size)）は保存していません。")
            : text(
                "Not saved: your answer to question \(number) (\(size)).",
                "問題 \(number) への回答（\(size)）は保存していません。")
    }

    /// A count with commas every three digits: `49,983,616`.
    static func grouped(_ count: Int) -> String {
        let digits = Array(String(count))
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 && digit != "-" && digits[offset - 1] != "-" {
                result += ","
            }
            result.append(digit)
        }
        return result
    }

    /// Under a typed answer with bytes that were not UTF-8, shown as U+FFFD.
    var replacedBytes: String {
        text(
            "Some bytes of this answer were not UTF-8 text and are shown as �; pipe UTF-8 text to keep every character.",
            "この回答には UTF-8 でないバイトがあり、� で表示しています。すべての文字を残すには UTF-8 のテキストを渡してください。")
    }

    /// Under the start of a long typed answer: how much more there is, and whether the record kept it.
    func moreCharacters(_ count: Int, kept: Bool) -> String {
        let number = Self.grouped(count)
        return kept
            ? text("… and \(number) more character\(count == 1 ? "" : "s")", "…ほかに \(number) 文字あります")
            : text(
                "… and \(number) more character\(count == 1 ? "" : "s"), not kept (the progress file keeps the first 64 KiB of an answer)",
                "…ほかに \(number) 文字ありますが、保存していません（記録ファイルには回答の先頭 64 KiB だけを残します）")
    }
}
