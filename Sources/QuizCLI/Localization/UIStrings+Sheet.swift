import QuizKit

/// Words for study sheets and exports.
extension UIStrings {
    var contents: String { text("Contents", "目次") }

    func questionCount(_ count: Int) -> String {
        text(count == 1 ? "1 question" : "\(count) questions", "\(count) 問")
    }

    func wroteDocument(questions: Int, path: String) -> String {
        text("Wrote \(questionCount(questions)) to \(path).", "\(path) に \(questionCount(questions))を書き出しました。")
    }

    /// After a file was replaced: where its old contents are.
    func previousFileKept(_ backup: String) -> String {
        text("The file it replaced is kept as \(backup).", "置き換える前のファイルは \(backup) として残しています。")
    }

    /// The labels a study sheet shows in this language.
    var sheetLabels: SheetLabels {
        SheetLabels(
            modelAnswer: modelAnswer, keyPoints: keyPoints, followUps: followUps, references: references,
            contents: contents, questionCount: { self.questionCount($0) }, difficulty: { self.difficulty($0) },
            suggestedTime: { self.suggestedTime($0) }, details: details, oneMinuteAnswer: oneMinuteAnswer)
    }
}
