import QuizKit

extension QuizScreen {
    /// Typed text, sanitized for the terminal and wrapped, each line behind a dim `│` gutter (`indent`, `│ `, then
    /// the text); blank lines at both ends dropped. A huge text (a 50 MB paste) shows its start (`TextPreview`) and
    /// how much more there is; `totalLength` is the whole answer's length when a record kept only `text`, its start.
    static func gutter(_ text: String, presentation: Presentation, indent: String = "  ", totalLength: Int? = nil)
        -> [String]
    {
        let style = presentation.style
        let preview = TextPreview(text, totalCharacters: totalLength)
        var paragraphs = preview.shown.split(separator: "\n", omittingEmptySubsequences: false)
        while paragraphs.first?.allSatisfy(\.isWhitespace) == true { paragraphs.removeFirst() }
        while paragraphs.last?.allSatisfy(\.isWhitespace) == true { paragraphs.removeLast() }
        let bar = indent + "│"
        var lines = paragraphs.flatMap { paragraph -> [String] in
            if paragraph.allSatisfy(\.isWhitespace) { return [style.dim(bar)] }
            return presentation.wrapped(String(paragraph), indent: bar + " ").map {
                style.dim(bar) + String($0.dropFirst(bar.count))
            }
        }
        if preview.omitted > 0 {
            let more = presentation.strings.moreCharacters(preview.omitted, kept: totalLength == nil)
            lines += presentation.wrapped(more, indent: bar + " ").map { style.dim($0) }
        }
        return lines
    }
}
