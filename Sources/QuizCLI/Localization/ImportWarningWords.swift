import QuizKit

// The words for what an import leaves out or changes (a note skipped, sounds removed): warnings, not errors, since
// the deck is still made. Worded like the deck problems, in English and Japanese side by side.

extension DeckDiagnostic.Problem {
    /// The words of an import warning; nil for every other problem.
    var importWarningWords: Bilingual? {
        switch self {
        case .noteSkipped(let reason):
            Bilingual(
                "note left out: " + reason.words.english, "このノートは読み込みませんでした。" + reason.words.japanese)
        case .clozeSkipped(let number, let reason):
            Bilingual(
                "card c\(number) of this Cloze note left out: " + reason.words.english,
                "この Cloze ノートのカード c\(number) は読み込みませんでした。" + reason.words.japanese)
        case .soundsRemoved(let names):
            Bilingual(
                "sounds removed (\(names.joined(separator: ", "))); dlquiz shows text only",
                "音声（\(names.joined(separator: ", "))）を取り除きました。dlquiz はテキストだけを表示します")
        default:
            nil
        }
    }
}

extension DeckDiagnostic.SkipReason {
    var words: Bilingual {
        switch self {
        case .emptyFront: Bilingual("the front is empty", "表面が空です")
        case .emptyBack: Bilingual("the back is empty", "裏面が空です")
        case .onlyImages(let front, let names):
            Bilingual(
                "the \(front ? "front" : "back") shows only \(names.count == 1 ? "an image" : "images") "
                    + "(\(names.joined(separator: ", "))), which dlquiz cannot show",
                "\(front ? "表面" : "裏面")は画像（\(names.joined(separator: ", "))）だけで、dlquiz では表示できません")
        case .noClozeDeletion:
            Bilingual("a Cloze note without a deletion such as {{c1::…}}", "{{c1::…}} のような穴埋めがない Cloze ノートです")
        case .emptyClozeDeletion: Bilingual("its deletion hides nothing", "穴埋めが空です")
        case .imageOcclusion:
            Bilingual(
                "an Image Occlusion note, whose deletions are shapes on an image",
                "画像の上の図形を隠す Image Occlusion のノートです")
        }
    }
}

extension UIStrings {
    /// The warnings of an import, one per line after a heading, as deck problems are listed:
    /// `Warning: 'notes.txt': 2 notes or cards were left out or changed:` then `  notes.txt:4:1: notes[1]: …`; for a
    /// deck file (`isImport` false), the notes on what dlquiz does not read, after `Note: 'deck.md' has …`.
    func importWarnings(source: String, _ warnings: [DeckDiagnostic], total: Int, isImport: Bool = true) -> String {
        let language = isJapanese ? "ja" : "en"
        let shownSource = UntrustedText.echoed(source)
        var lines = [
            isImport
                ? text(
                    "Warning: '\(shownSource)': \(total == 1 ? "1 note or card was" : "\(total) notes or cards were") left out or changed:",
                    "警告: '\(shownSource)' のノートやカード \(total) 件を読み込まなかったか、変更しました:")
                : text(
                    "Note: '\(shownSource)' has \(total == 1 ? "a part" : "\(total) parts") that dlquiz does not read:",
                    "注: '\(shownSource)' には dlquiz が読まない部分が \(total) か所あります:")
        ]
        lines += warnings.map { "  \(shownSource):" + $0.text(in: language) }
        if total > warnings.count {
            lines.append(text("  … and \(total - warnings.count) more.", "  …ほかに \(total - warnings.count) 件あります。"))
        }
        return lines.joined(separator: "\n")
    }
}
