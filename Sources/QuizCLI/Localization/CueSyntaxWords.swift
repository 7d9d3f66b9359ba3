import QuizKit

// The words for a cue line the cue language cannot read (`CueSyntaxError`), both languages side by side.

extension DeckDiagnostic.Problem {
    /// A cue line the cue language cannot read, with the column in the line (none when the diagnostic's own
    /// location points at it, as in a Markdown deck: column 0).
    static func cueWords(_ error: CueSyntaxError) -> Bilingual {
        let at = error.column
        let column = at > 0 ? Bilingual("column \(at): ", "\(at) 文字目：") : Bilingual("", "")
        switch error.problem {
        case .missingKind:
            return Bilingual(
                "a cue starts with its kind and a colon: also:, all:, near N:, any K:, need:, not: or not near N:",
                "手がかりは種類とコロンで始めます（also:、all:、near N:、any K:、need:、not:、not near N:）")
        case .unknownKind(let kind):
            return Bilingual(
                "unknown cue kind '\(kind)'; use also, all, near N, any K, any K near N, need, not or not near N",
                "手がかりの種類 '\(kind)' は使えません。also、all、near N、any K、any K near N、need、not、not near N のどれかにしてください")
        case .badWindow(let window):
            return Bilingual(
                "'near' needs a number of words from 1 to \(Cue.widestWindow), found '\(window)'",
                "near には 1〜\(Cue.widestWindow) の語数が必要ですが、'\(window)' です")
        case .badCount(let count):
            return Bilingual(
                "'any' needs a number of terms from 1 to \(Cue.widestCount), found '\(count)'",
                "any には 1〜\(Cue.widestCount) の語句の数が必要ですが、'\(count)' です")
        case .emptyTerm:
            return Bilingual(
                column.english + "an empty term; write a term between the commas and around each |",
                column.japanese + "語句が空です。カンマの間と | の前後に語句を書いてください")
        case .noContentWords(let term):
            return Bilingual(
                column.english + "the term '\(term)' has only words the matcher ignores (the, of, it…); name the idea",
                column.japanese + "語句 '\(term)' は照合で無視される語（the、of、it など）だけです。内容を表す語を書いてください")
        case .fewerTermsThanCount(let count, let terms):
            return Bilingual(
                "'any \(count)' needs at least \(count) terms separated by commas, found \(terms); it could never hold",
                "'any \(count)' にはカンマで区切った語句が \(count) 個以上必要ですが、\(terms) 個です。このままでは成り立ちません")
        }
    }
}
