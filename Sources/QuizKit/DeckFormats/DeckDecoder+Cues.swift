/// The optional `keyPointCues` of a JSON question: the matcher's cues per key point, keyed by the point's number.
///
/// ```json
/// "keyPointCues": {
///   "3": {"en": ["all: running mean | moving average, inference | test time"], "ja": ["all: 移動平均, 推論"]},
///   "5": ["need: debated | disputed"]
/// }
/// ```
///
/// A point's cues are a list of cue lines for every language, or an object of lists per language (a language may
/// be left out: that language has no cues for the point). Every line must be one the cue language reads (`Cue`).
extension DeckDecoder {
    /// One `KeyPointCues` per key point (`.none` where none are given), or `[]` when the table is empty.
    mutating func cueTable(_ node: JSONNode, path: String, keyPointCount: Int) -> [KeyPointCues] {
        guard let members = object(node, path: path, what: .keyPointCues) else { return [] }
        var table = [KeyPointCues](repeating: .none, count: keyPointCount)
        for member in members {
            let pointPath = childPath(path, member.key)
            guard let number = DeckRules.cuePoint(member.key, keyPointCount: keyPointCount) else {
                report(member.keyOffset, pointPath, .cueForMissingPoint(echo(member.key), keyPointCount: keyPointCount))
                continue
            }
            if let cues = pointCues(member.value, path: pointPath) { table[number - 1] = cues }
        }
        return table.allSatisfy(\.isEmpty) ? [] : table
    }

    private mutating func pointCues(_ node: JSONNode, path: String) -> KeyPointCues? {
        switch node.value {
        case .array:
            return cueLines(node, path: path).map { KeyPointCues($0) }
        case .object(let members):
            var translations: [KeyPointCues.Translation] = []
            for member in members {
                let languagePath = childPath(path, member.key)
                guard languages.contains(member.key) else {
                    report(
                        member.keyOffset, languagePath, DeckRules.unknownLanguage(member.key, deckLanguages: languages))
                    continue
                }
                if let lines = cueLines(member.value, path: languagePath) {
                    translations.append(.init(language: member.key, lines: lines))
                }
            }
            return KeyPointCues(translations: translations)
        default:
            report(node.offset, path, .expectedArray(found: node.kind))
            return nil
        }
    }

    private mutating func cueLines(_ node: JSONNode, path: String) -> [String]? {
        guard let elements = array(node, path: path) else { return nil }
        var lines: [String] = []
        for (index, element) in elements.enumerated() {
            guard case .string(let written) = element.value else {
                _ = string(element, path: "\(path)[\(index)]")  // reports what was found instead
                continue
            }
            // Blanks at the ends go, as the Markdown format reads an item, so the two convert exactly.
            let isBlank = { (byte: UInt8?) in byte == 0x20 || byte == 0x09 || byte == 0xE3 || byte == 0x80 }
            var line = isBlank(written.utf8.first) || isBlank(written.utf8.last) ? written.trimmedBlanks() : written
            // Every deck load checks every line: one pass over the bytes for a good one, the full check for the rest.
            if checksCueSyntax, !line.withUTF8(Cue.isWellFormedLine), let problem = DeckRules.cueProblem(line) {
                report(element.offset, "\(path)[\(index)]", problem)
                continue
            }
            lines.append(line)
        }
        return lines
    }

}
