/// The texts of a Markdown deck: bodies (plain, fenced or quoted, per language after `[code]` lines), one-line texts
/// (bare or quoted, per language after `[code] ` markers), and their check against the deck's languages.
extension MarkdownDeckParser {
    // MARK: Bodies

    /// The question, answer or details text starting at the cursor, up to the next heading; nil when there is none.
    mutating func body(path: String) -> WrittenText? {
        skipBlankLines()
        guard index < lines.count, !isHeading(index) else { return nil }
        var written = WrittenText(offset: lines[index].start)
        guard MarkdownDeckSyntax.markerLine(slice(index)) != nil else {
            written.universal = bodyForm(path: path)
            skipBlankLines()
            if index < lines.count && !isHeading(index) {
                let isMarker = MarkdownDeckSyntax.markerLine(slice(index)) != nil
                report(lines[index].start, path, isMarker ? .languageBlockAfterPlainText : .textAfterBlock)
                skipToHeading()
                return nil
            }
            return written.universal == nil ? nil : written
        }
        while index < lines.count && !isHeading(index) {
            guard let code = MarkdownDeckSyntax.markerLine(slice(index)) else {
                report(lines[index].start, path, .expectedLanguageLine)
                skipToHeading()
                return nil
            }
            let codeOffset = lines[index].start + 1
            index += 1
            skipBlankLines()
            let textOffset = index < lines.count ? lines[index].start : bytes.count
            if index >= lines.count || isHeading(index) || MarkdownDeckSyntax.markerLine(slice(index)) != nil {
                report(codeOffset - 1, path + "." + code, .emptyText)
                continue
            }
            if let text = bodyForm(path: path + "." + code) {
                written.translations.append((code, codeOffset, text, textOffset))
            }
            skipBlankLines()
        }
        return written
    }

    /// One text at the cursor (a non-blank line): a fenced block (```` ``` ```` or `~~~`), a JSON string, or plain
    /// lines up to a heading or a language line outside any fence.
    private mutating func bodyForm(path: String) -> String? {
        let first = slice(index)
        if let fence = MarkdownDeckSyntax.fenceOpening(first) {
            let opening = index
            index += 1
            while index < lines.count && !MarkdownDeckSyntax.closes(slice(index), fence) { index += 1 }
            guard index < lines.count else {
                report(lines[opening].start, path, .unclosedFence(backticks: fence.length))
                return nil
            }
            defer { index += 1 }
            return text(lines: opening + 1, through: index - 1)
        }
        if first.first == UInt8(ascii: "\""), let text = Self.quoted(Self.trimmed(first)) {
            index += 1
            return text
        }
        let start = index
        var last = index
        var fence: MarkdownDeckSyntax.Fence?
        while index < lines.count {
            let line = slice(index)
            if let open = fence {
                if MarkdownDeckSyntax.closes(line, open) { fence = nil }
            } else if let opening = MarkdownDeckSyntax.fenceOpening(line) {
                fence = opening
            } else if isHeading(index) || MarkdownDeckSyntax.markerLine(line) != nil {
                break
            } else {
                checkPlainLine(line, at: lines[index].start, path: path)
            }
            if !isBlank(index) { last = index }
            index += 1
        }
        return text(lines: start, through: last)
    }

    /// A plain line outside fences that GitHub or the language blocks would read otherwise than as text: reported.
    private mutating func checkPlainLine(_ line: ArraySlice<UInt8>, at offset: Int, path: String) {
        if let (code, _) = MarkdownDeckSyntax.inlineMarker(line) {
            report(offset, path, .textOnLanguageLine(code))
        } else if let found = MarkdownDeckSyntax.markerLike(line) {
            report(offset, path, .languageLineNotLowercase(echo(found), suggestion: found.lowercased()))
        } else if let kind = MarkdownDeckSyntax.misplacedHeading(line) {
            report(offset, path, kind == .indented ? .indentedHeading : .headingWithoutSpace)
        }
    }

    mutating func skipToHeading() {
        while index < lines.count && !isHeading(index) { index += 1 }
    }

    // MARK: One-line texts

    /// The text after a list marker: `text`, `"json"`, or `[code] text` (more languages come on later lines).
    mutating func inline(_ bytes: ArraySlice<UInt8>, into written: inout WrittenText, path: String) {
        let bytes = Self.trimmed(bytes)
        if let (code, length) = MarkdownDeckSyntax.inlineMarker(bytes) {
            let rest = Self.trimmed(bytes.dropFirst(length))
            let text = inlineForm(rest)
            written.translations.append((code, bytes.startIndex + 1, text, rest.startIndex))
            return
        }
        if written.universal != nil || !written.translations.isEmpty {
            report(bytes.startIndex, path, .secondTextNeedsMarker)
            return
        }
        written.universal = inlineForm(bytes)
    }

    /// Whether a continuation line starts with a language marker.
    func isTranslationLine(_ bytes: ArraySlice<UInt8>) -> Bool {
        MarkdownDeckSyntax.inlineMarker(Self.trimmed(bytes)) != nil
    }

    /// A JSON string literal, else the text as written.
    func inlineForm(_ bytes: ArraySlice<UInt8>) -> String {
        if bytes.first == UInt8(ascii: "\""), let text = Self.quoted(bytes) { return text }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text of a JSON string literal (the format's escape for any text), or nil when `bytes` is not exactly one:
    /// a text that merely starts with a quotation mark is read as written.
    static func quoted(_ bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.count >= 2, bytes.last == UInt8(ascii: "\""),
            let node = try? JSONParser(bytes: Array(bytes)).parse(), case .string(let text) = node.value
        else { return nil }
        return text
    }

    // MARK: Checking against the deck's languages

    /// The text checked as `DeckDecoder.localized` checks a JSON text; nil after reporting its problems.
    mutating func localized(_ written: WrittenText, path: String, singleLine: Bool) -> LocalizedText? {
        if let universal = written.universal {
            if let problem = DeckRules.textProblem(universal, singleLine: singleLine) {
                report(written.offset, path, problem)
                return nil
            }
            return LocalizedText(universal)
        }
        // Without languages the header is already reported; checking texts against none would only add noise.
        guard !languages.isEmpty else { return nil }
        var translations: [LocalizedText.Translation] = []
        var isValid = true
        for entry in written.translations {
            let entryPath = path + "." + entry.code
            if !languages.contains(entry.code) {
                report(entry.codeOffset, entryPath, DeckRules.unknownLanguage(entry.code, deckLanguages: languages))
                isValid = false
            } else if translations.contains(where: { $0.language == entry.code }) {
                report(entry.codeOffset, entryPath, .textGivenTwice(entry.code))
                isValid = false
            } else if let problem = DeckRules.textProblem(entry.text, singleLine: singleLine) {
                report(entry.textOffset, entryPath, problem)
                isValid = false
            } else {
                translations.append(.init(language: entry.code, text: entry.text))
            }
        }
        for language in languages where !written.translations.contains(where: { $0.code == language }) {
            report(written.offset, path, .missingLanguage(language))
            isValid = false
        }
        return isValid ? LocalizedText(translations: translations) : nil
    }
}
