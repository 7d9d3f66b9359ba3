/// A Markdown question's `### Cues` section: the matcher's cues, one per item, each naming its key point's number
/// and, in a deck of several languages, optionally its language (an item without one serves every language):
///
/// ```markdown
/// ### Cues
///
/// - 3 all: running mean | moving average, inference | test time
/// - 3 [ja] all: 移動平均, 推論
/// - 5 need: debated | disputed
/// ```
///
/// Checked as the JSON `keyPointCues` are: the number names one of the question's key points, the language is one of
/// the deck's, a point's cues are either all for every language or all per language, and every line is one the cue
/// language reads.
extension MarkdownDeckParser {
    /// A cue item as written, with the offsets its problems point at.
    struct WrittenCue {
        var number: String
        var numberOffset: Int
        var language: String?
        var languageOffset: Int
        var line: String
        var lineOffset: Int
    }

    /// The `- N cue` and `- N [lang] cue` items up to the next heading.
    mutating func cueList(path: String) -> [WrittenCue] {
        var cues: [WrittenCue] = []
        while index < lines.count && !isHeading(index) {
            let line = slice(index)
            defer { index += 1 }
            if isBlank(index) { continue }
            guard line.starts(with: Self.itemPrefix) else {
                report(lines[index].start, path, .expectedCueItem)
                continue
            }
            let rest = line.dropFirst(2)
            let digits = rest.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            guard !digits.isEmpty, digits.endIndex < rest.endIndex, MarkdownDeckSyntax.isBlank(rest[digits.endIndex])
            else {
                report(rest.startIndex, path, .expectedCueItem)
                continue
            }
            var text = Self.trimmed(rest[digits.endIndex...])
            var language: String? = nil
            var languageOffset = text.startIndex
            if let (code, length) = MarkdownDeckSyntax.inlineMarker(text) {
                language = code
                languageOffset = text.startIndex + 1
                text = Self.trimmed(text.dropFirst(length))
            }
            cues.append(
                WrittenCue(
                    number: String(decoding: digits, as: UTF8.self), numberOffset: digits.startIndex,
                    language: language, languageOffset: languageOffset, line: String(decoding: text, as: UTF8.self),
                    lineOffset: text.startIndex))
        }
        return cues
    }

    /// The written cues checked against the question's key points and the deck's languages: one `KeyPointCues` per
    /// key point, or `[]` when there are none.
    mutating func checkedCues(_ written: [WrittenCue], keyPointCount: Int, path: String) -> [KeyPointCues] {
        var shared = [[String]?](repeating: nil, count: keyPointCount)
        var perLanguage = [[KeyPointCues.Translation]](repeating: [], count: keyPointCount)
        // Each item's position among the items written for its point and language, bad ones included: the path of
        // a problem names the item as written (`dropout.keyPointCues.2[2]`), as JSON names its array element.
        var positions: [String: Int] = [:]
        for cue in written {
            let pointPath = path + "." + cue.number
            guard let number = DeckRules.cuePoint(cue.number, keyPointCount: keyPointCount) else {
                report(cue.numberOffset, pointPath, .cueForMissingPoint(echo(cue.number), keyPointCount: keyPointCount))
                continue
            }
            let point = number - 1
            if let language = cue.language, !languages.isEmpty, !languages.contains(language) {
                report(
                    cue.languageOffset, pointPath + "." + language,
                    DeckRules.unknownLanguage(language, deckLanguages: languages))
                continue
            }
            if (cue.language == nil && !perLanguage[point].isEmpty) || (cue.language != nil && shared[point] != nil) {
                report(cue.lineOffset, pointPath, .textAndTranslations)
                continue
            }
            let key = "\(point) \(cue.language ?? "")"
            let item = positions[key, default: 0]
            positions[key] = item + 1
            if let language = cue.language {
                let position = perLanguage[point].firstIndex { $0.language == language }
                if let problem = DeckRules.cueProblem(cue.line) {
                    reportCue(problem, cue, "\(pointPath).\(language)[\(item)]")
                    continue
                }
                if let position {
                    perLanguage[point][position].lines.append(cue.line)
                } else {
                    perLanguage[point].append(.init(language: language, lines: [cue.line]))
                }
            } else {
                if let problem = DeckRules.cueProblem(cue.line) {
                    reportCue(problem, cue, "\(pointPath)[\(item)]")
                    continue
                }
                shared[point, default: []].append(cue.line)
            }
        }
        let table = (0..<keyPointCount).map { point in
            shared[point].map { KeyPointCues($0) } ?? KeyPointCues(translations: perLanguage[point])
        }
        return table.allSatisfy(\.isEmpty) ? [] : table
    }
}

extension MarkdownDeckParser {
    /// A cue item's problem, placed at its column in the file: a syntax error's column inside the cue becomes the
    /// diagnostic's own (the message then names no second column).
    fileprivate mutating func reportCue(_ problem: DeckDiagnostic.Problem, _ cue: WrittenCue, _ path: String) {
        guard case .badCue(var error) = problem, error.column > 1 else {
            report(cue.lineOffset, path, problem)
            return
        }
        // The column counts Unicode scalars from 1; the file offset counts bytes.
        let offset = cue.line.unicodeScalars.prefix(error.column - 1).reduce(0) { $0 + UTF8.width($1) }
        error.column = 0
        report(cue.lineOffset + offset, path, .badCue(error))
    }
}

extension Array where Element == [String]? {
    fileprivate subscript(index: Int, default value: [String]) -> [String] {
        get { self[index] ?? value }
        set { self[index] = newValue }
    }
}
