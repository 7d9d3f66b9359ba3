import QuizKit

// The words for a Markdown deck written as CommonMark and GitHub read it but not as dlquiz does (a heading with a
// tag after it, `##dropout`, an indented heading, a language line with text or in capitals), and for the note on
// front-matter keys of other tools. English and Japanese side by side, as in DeckDiagnosticWords.swift.

extension DeckDiagnostic.Problem {
    /// The words of a CommonMark-reading problem; nil for every other problem.
    var markdownSyntaxWords: Bilingual? {
        switch self {
        case .textAfterHeading(let text):
            Bilingual(
                "unexpected '\(text)' after the heading's parentheses; dlquiz reads no tags there, so remove it",
                "見出しの括弧の後に予期しない '\(text)' があります。dlquiz はそこにタグを読まないので、取り除いてください")
        case .headingWithoutSpace:
            Bilingual(
                "a heading needs a space after its '#'s, as in '## id (topic, difficulty 1, 2 min)'; without one, GitHub and dlquiz read the line as text",
                "見出しには '#' の後に空白が必要です（例: '## id (topic, difficulty 1, 2 min)'）。空白がないと GitHub も dlquiz もその行を本文として読みます")
        case .indentedHeading:
            Bilingual(
                "a heading starts at the beginning of its line; remove the blanks before the '#'s (GitHub shows this line as a heading, dlquiz does not read it as one)",
                "見出しは行頭から書いてください。'#' の前の空白を取り除いてください（GitHub はこの行を見出しとして表示しますが、dlquiz は見出しとして読みません）")
        case .textOnLanguageLine(let code):
            Bilingual(
                "text follows [\(code)] on its line; put [\(code)] on a line of its own, with the text on the lines below",
                "[\(code)] と同じ行にテキストがあります。[\(code)] だけの行を置き、テキストはその下の行に書いてください")
        case .languageLineNotLowercase(let found, let suggestion):
            Bilingual(
                "'[\(found)]' is not a language line; write the code in lowercase: [\(suggestion)]",
                "'[\(found)]' は言語の行ではありません。コードは小文字で書いてください: [\(suggestion)]")
        case .frontMatterKeyIgnored(let key):
            Bilingual(
                "the front-matter key '\(key)' is kept for other tools; dlquiz does not read it",
                "フロントマターのキー '\(key)' は他のツール用にそのまま残します。dlquiz は読みません")
        default:
            nil
        }
    }
}
