/// The one-line parts of a Markdown deck: the front matter (`id`, `title`, `languages`, `topics`) and each
/// question's heading `## id (topic, difficulty D, M min)`.
extension MarkdownDeckParser {
    struct Header {
        var id: String
        var title: LocalizedText
        var topicNames: [TopicName]
    }

    struct Heading {
        var rawID = ""
        var idOffset = 0
        var id: String?
        var topic: String?
        var difficulty: Int?
        var minutes: Double?
    }

    /// A `key: value` line of the front matter; `value` is empty when the entries below give it.
    private struct Entry {
        var indent: Int
        var key: String
        var keyOffset: Int
        var value: ArraySlice<UInt8>
    }

    static let frontMatterKeys = ["id", "title", "languages", "topics", "schemaVersion"]

    // MARK: Front matter

    mutating func frontMatter() -> Header? {
        let fence = Array("---".utf8)
        guard !lines.isEmpty, Self.trimmed(slice(0)).elementsEqual(fence) else {
            report(0, "", .noFrontMatter)
            return nil
        }
        index = 1
        var lines: [(indent: Int, content: ArraySlice<UInt8>)] = []
        var isClosed = false
        while index < self.lines.count {
            let line = slice(index)
            index += 1
            if Self.trimmed(line).elementsEqual(fence) {
                isClosed = true
                break
            }
            let content = Self.trimmed(line)
            if content.isEmpty || content.first == UInt8(ascii: "#") { continue }
            lines.append((content.startIndex - line.startIndex, content))
        }
        guard isClosed else {
            report(0, "", .frontMatterNotClosed)
            return nil
        }
        let entries = frontMatterEntries(lines)
        var values: [String: (entry: Entry, children: [Entry])] = [:]
        var position = 0
        while position < entries.count {
            let entry = entries[position]
            let children = Array(entries[(position + 1)...].prefix { $0.indent > entry.indent })
            position += 1 + children.count
            guard entry.indent == 0 else {
                report(entry.keyOffset, echo(entry.key), .unexpectedIndentedLine)
                continue
            }
            if values[entry.key] != nil {
                report(entry.keyOffset, echo(entry.key), .duplicateFrontMatterKey(echo(entry.key)))
            }
            values[entry.key] = (entry, children)
        }
        for key in ["id", "title", "languages"] where values[key] == nil {
            report(0, "", .missingFrontMatterField(key))
        }
        if let version = values["schemaVersion"]?.entry {
            let text = String(decoding: version.value, as: UTF8.self)
            if Int(text) != Deck.currentSchemaVersion {
                report(
                    version.value.startIndex, "schemaVersion",
                    Int(text).map { .unknownSchemaVersion(found: $0, supported: Deck.currentSchemaVersion) }
                        ?? .expectedWholeNumber(found: .text(echo(text))))
            }
        }
        let id = values["id"].flatMap { identifier($0.entry.value, path: "id") }
        if let entry = values["languages"]?.entry { languageList(entry.value) }
        let title = values["title"].flatMap { written($0.entry, $0.children, path: "title") }
            .flatMap { localized($0, path: "title", singleLine: false) }
        var topicNames: [TopicName] = []
        if let topics = values["topics"] {
            if !topics.entry.value.isEmpty { report(topics.entry.value.startIndex, "topics", .topicsNotIndented) }
            var position = 0
            while position < topics.children.count {
                let topic = topics.children[position]
                let children = Array(topics.children[(position + 1)...].prefix { $0.indent > topic.indent })
                position += 1 + children.count
                let path = "topics." + echo(topic.key)
                guard isKebabCase(topic.key) else {
                    report(topic.keyOffset, path, .topicNotKebabCase)
                    continue
                }
                if let text = written(topic, children, path: path),
                    let name = localized(text, path: path, singleLine: false)
                {
                    topicNames.append(TopicName(topic: topic.key, name: name))
                }
            }
        }
        guard let id, let title, !languages.isEmpty else { return nil }
        return Header(id: id, title: title, topicNames: topicNames)
    }

    /// The entries of dlquiz's own keys, each followed by its indented entries. A key that other tools write
    /// (`otherToolsKeys`) is noted and skipped with its value, whatever YAML it holds (lists included); another
    /// unknown key is a problem, with the closest known key.
    private mutating func frontMatterEntries(_ lines: [(indent: Int, content: ArraySlice<UInt8>)]) -> [Entry] {
        var entries: [Entry] = []
        var position = 0
        while position < lines.count {
            let (indent, content) = lines[position]
            position += 1
            // A top-level key's value: the lines indented below it, and YAML list items (`- a`) at its level.
            var end = position
            if indent == 0 {
                while end < lines.count, lines[end].indent > 0 || lines[end].content.starts(with: Self.listItemStart) {
                    end += 1
                }
            }
            let value = lines[position..<end]
            position = end
            guard let colon = content.firstIndex(of: UInt8(ascii: ":")) else {
                report(content.startIndex, "", .expectedKeyValue)
                continue
            }
            let key = String(decoding: Self.trimmed(content[..<colon]), as: UTF8.self)
            if indent == 0 && !Self.frontMatterKeys.contains(key) {
                if Self.otherToolsKeys.contains(key.lowercased()) {
                    note(content.startIndex, echo(key), .frontMatterKeyIgnored(echo(key)))
                } else {
                    report(
                        content.startIndex, echo(key),
                        DeckRules.unknownField(key, allowed: Self.frontMatterKeys, problemsSoFar: problems.count))
                }
                continue
            }
            entries.append(
                Entry(
                    indent: indent, key: key, keyOffset: content.startIndex,
                    value: Self.trimmed(content[(colon + 1)...])))
            // The value's own lines are entries too (per-language texts, topics), each checked the same way.
            entries += frontMatterChildren(value)
        }
        return entries
    }

    private mutating func frontMatterChildren(_ lines: ArraySlice<(indent: Int, content: ArraySlice<UInt8>)>) -> [Entry]
    {
        lines.compactMap { line in
            guard let colon = line.content.firstIndex(of: UInt8(ascii: ":")) else {
                report(line.content.startIndex, "", .expectedKeyValue)
                return nil
            }
            return Entry(
                indent: line.indent, key: String(decoding: Self.trimmed(line.content[..<colon]), as: UTF8.self),
                keyOffset: line.content.startIndex, value: Self.trimmed(line.content[(colon + 1)...]))
        }
    }

    /// Front-matter keys that Obsidian, static-site generators and flashcard plugins write, which a deck may keep.
    static let otherToolsKeys: Set<String> = [
        "tags", "tag", "aliases", "alias", "cssclasses", "cssclass", "date", "created", "updated", "modified",
        "lastmod", "author", "authors", "description", "summary", "publish", "published", "permalink", "draft",
        "categories", "category", "keywords", "layout", "weight", "cards-deck", "banner", "icon",
    ]

    static let listItemStart = Array("- ".utf8)

    /// `key: text`, or `key:` with an indented `code: text` line per language.
    private mutating func written(_ entry: Entry, _ children: [Entry], path: String) -> WrittenText? {
        var written = WrittenText(offset: entry.value.isEmpty ? entry.keyOffset : entry.value.startIndex)
        if !entry.value.isEmpty {
            written.universal = inlineForm(entry.value)
            if let child = children.first { report(child.keyOffset, path, .textAndTranslations) }
            return written
        }
        for child in children {
            written.translations.append((child.key, child.keyOffset, inlineForm(child.value), child.value.startIndex))
        }
        if children.isEmpty { report(entry.keyOffset, path, .emptyText) }
        return children.isEmpty ? nil : written
    }

    private mutating func identifier(_ bytes: ArraySlice<UInt8>, path: String) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        if let problem = DeckRules.identifierProblem(text) {
            report(bytes.startIndex, path, problem)
            return nil
        }
        return text
    }

    /// `[en, ja]` or `en, ja`.
    private mutating func languageList(_ value: ArraySlice<UInt8>) {
        var list = value
        if list.first == UInt8(ascii: "[") && list.last == UInt8(ascii: "]") { list = list.dropFirst().dropLast() }
        guard !list.allSatisfy(MarkdownDeckSyntax.isBlank) else {
            report(value.startIndex, "languages", .noLanguages)
            return
        }
        var result: [String] = []
        for (position, part) in list.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).enumerated()
        {
            let code = String(decoding: Self.trimmed(part), as: UTF8.self)
            if let problem = DeckRules.languageProblem(code, listedBefore: result) {
                report(Self.trimmed(part).startIndex, "languages[\(position)]", problem)
                continue
            }
            result.append(code)
        }
        languages = result
    }

    // MARK: Question headings

    /// The heading at the cursor, each part checked; a part that is wrong is reported and left nil.
    mutating func heading() -> Heading {
        // CommonMark's optional closing sequence (`… ##`) is not part of the heading's text.
        let line = MarkdownDeckSyntax.withoutClosingSequence(slice(index).dropFirst(3))
        var heading = Heading()
        guard let open = line.firstIndex(of: UInt8(ascii: "(")), let close = line.lastIndex(of: UInt8(ascii: ")")),
            open < close
        else {
            let id = Self.trimmed(line)
            heading.rawID = String(decoding: id, as: UTF8.self)
            heading.idOffset = id.startIndex
            report(id.startIndex, echo(heading.rawID), .headingWithoutDetails)
            return heading
        }
        let after = Self.trimmed(line[(close + 1)...])
        if !after.isEmpty {
            // `## id (topic, difficulty 1, 2 min) #card`: a tag that some tools put after a heading.
            let id = String(decoding: Self.trimmed(line[..<open]), as: UTF8.self)
            report(after.startIndex, echo(id), .textAfterHeading(echo(String(decoding: after, as: UTF8.self))))
        }
        let id = Self.trimmed(line[..<open])
        heading.rawID = String(decoding: id, as: UTF8.self)
        heading.idOffset = id.startIndex
        let path = echo(heading.rawID)
        heading.id = identifier(id, path: path + ".id")
        let parts = line[(open + 1)..<close].split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
            .map(Self.trimmed)
        heading.topic = parts.first.flatMap { identifier($0, path: path + ".topic") }
        var given: Set<String> = []
        for part in parts.dropFirst() {
            let text = String(decoding: part, as: UTF8.self)
            if text.hasPrefix("difficulty ") {
                given.insert("difficulty")
                let number = String(text.dropFirst("difficulty ".count))
                guard let value = Int(number) else {
                    report(part.startIndex, path + ".difficulty", .expectedWholeNumber(found: .text(echo(number))))
                    continue
                }
                if let problem = DeckRules.rangeProblem(value, in: DeckRules.difficulties) {
                    report(part.startIndex, path + ".difficulty", problem)
                } else {
                    heading.difficulty = value
                }
            } else if let unit = [" min", " minutes", " minute"].first(where: text.hasSuffix) {
                given.insert("minutes")
                let number = String(text.dropLast(unit.count))
                guard let value = Double(number), value.isFinite else {
                    report(part.startIndex, path + ".minutes", .expectedMinutes(found: .text(echo(number))))
                    continue
                }
                if let problem = DeckRules.minutesProblem(value) {
                    report(part.startIndex, path + ".minutes", problem)
                } else {
                    heading.minutes = value
                }
            } else {
                report(part.startIndex, path, .unexpectedInHeading(echo(text)))
            }
        }
        let missing = ["difficulty", "minutes"].filter { !given.contains($0) }
        if !missing.isEmpty {
            report(line.startIndex, path, .headingLacks(missing))
        }
        return heading
    }
}
