/// The questions of a Markdown deck: the `## id (topic, difficulty D, M min)` heading, the question text and the
/// `### ` sections, checked with the same rules as a JSON question.
extension MarkdownDeckParser {
    /// The question whose heading is at the cursor; the cursor ends at the next question's heading.
    mutating func question(number: Int, firstUse: inout [String: Int]) -> Question? {
        let before = problemCount
        let heading = self.heading()
        let path = heading.rawID.isEmpty ? "questions[\(number)]" : echo(heading.rawID)
        if !heading.rawID.isEmpty {
            if let first = firstUse[heading.rawID] {
                // The lines are in order: a binary search, so a million repeated ids stay linear overall.
                var low = 0
                var high = lines.count
                while low < high {
                    let middle = (low + high) / 2
                    if lines[middle].start <= first { low = middle + 1 } else { high = middle }
                }
                let line = max(low, 1)
                report(heading.idOffset, path + ".id", DeckRules.duplicateID(heading.rawID, firstUse: .line(line)))
            } else {
                firstUse[heading.rawID] = heading.idOffset
            }
        }
        let headingOffset = lines[index].start
        index += 1
        let questionText = body(path: path + ".question")
        var bodies: [MarkdownDeckSyntax.Section: WrittenText] = [:]
        var lists: [MarkdownDeckSyntax.Section: [WrittenText]] = [:]
        var followUps: [WrittenFollowUp] = []
        var cues: [WrittenCue] = []
        var seen: [MarkdownDeckSyntax.Section] = []
        while index < lines.count && !isQuestionHeading(index) {
            let line = slice(index)
            let offset = lines[index].start
            guard line.starts(with: Self.sectionPrefix) else {
                report(
                    offset, path,
                    MarkdownDeckSyntax.misplacedHeading(line) == .noSpace ? .headingWithoutSpace : .strayHash)
                index += 1
                _ = body(path: path)
                continue
            }
            let title = String(
                decoding: Self.trimmed(MarkdownDeckSyntax.withoutClosingSequence(line.dropFirst(4))), as: UTF8.self)
            index += 1
            guard let section = MarkdownDeckSyntax.Section(title: title) else {
                let titles = MarkdownDeckSyntax.Section.allCases.map(\.title)
                // A did-you-mean only for a problem that will be shown.
                let suggestion =
                    problems.count < DeckRules.problemLimit
                    ? Suggestions.closest(to: title, among: titles, limit: 1).first : nil
                report(offset + 4, path, .unknownSection(echo(title), suggestion: suggestion, sections: titles))
                _ = body(path: path)
                continue
            }
            if seen.contains(section) { report(offset + 4, path + "." + section.field, .sectionTwice(section.title)) }
            seen.append(section)
            let fieldPath = path + "." + section.field
            switch section {
            case .oneMinuteAnswer, .answer, .details: bodies[section] = body(path: fieldPath)
            case .keyPoints, .references: lists[section] = list(path: fieldPath)
            case .followUps: followUps = followUpList(path: fieldPath)
            case .cues: cues = cueList(path: fieldPath)
            }
        }

        // The same checks, in the same order, as a JSON question.
        guard let questionText else {
            report(headingOffset, path + ".question", .questionTextMissing)
            return nil
        }
        let question = localized(questionText, path: path + ".question", singleLine: false)
        let answer = required(.answer, bodies[.answer], seen: seen, at: headingOffset, path: path)
            .flatMap { localized($0, path: path + ".answer", singleLine: false) }
        let oneMinuteAnswer = bodies[.oneMinuteAnswer].flatMap {
            localized($0, path: path + ".oneMinuteAnswer", singleLine: false)
        }
        let details = bodies[.details].flatMap { localized($0, path: path + ".details", singleLine: false) }
        let keyPoints = items(
            .keyPoints, lists[.keyPoints], seen: seen, at: headingOffset, path: path, allowed: DeckRules.keyPointCount)
        let references = items(
            .references, lists[.references], seen: seen, at: headingOffset, path: path,
            allowed: DeckRules.referenceCount)
        var checkedFollowUps: [FollowUp] = []
        for (offset, pair) in followUps.enumerated() {
            let itemPath = "\(path).followUps[\(offset)]"
            let question = localized(pair.question, path: itemPath + ".question", singleLine: false)
            let answer = localized(pair.answer, path: itemPath + ".answer", singleLine: false)
            let keyPointCount = lists[.keyPoints]?.count ?? 0
            for (index, problem) in DeckRules.probeProblems(pair.probes.map(\.number), keyPointCount: keyPointCount) {
                report(pair.probes[index].offset, "\(itemPath).probes[\(index)]", problem)
            }
            if let question, let answer {
                checkedFollowUps.append(
                    FollowUp(question: question, answer: answer, probes: pair.probes.map(\.number).sorted()))
            }
        }
        let keyPointCues = checkedCues(cues, keyPointCount: lists[.keyPoints]?.count ?? 0, path: path + ".keyPointCues")
        guard problemCount == before, let id = heading.id, let topic = heading.topic,
            let difficulty = heading.difficulty,
            let minutes = heading.minutes, let question, let answer, let keyPoints, let references
        else { return nil }
        return Question(
            id: id, topic: topic, difficulty: difficulty, minutes: minutes, question: question,
            oneMinuteAnswer: oneMinuteAnswer, answer: answer, details: details, keyPoints: keyPoints,
            followUps: checkedFollowUps, references: references, keyPointCues: keyPointCues)
    }

    private mutating func required(
        _ section: MarkdownDeckSyntax.Section, _ text: WrittenText?, seen: [MarkdownDeckSyntax.Section], at offset: Int,
        path: String
    ) -> WrittenText? {
        if let text { return text }
        report(offset, path + "." + section.field, seen.contains(section) ? .emptyText : .missingSection(section.title))
        return nil
    }

    private mutating func items(
        _ section: MarkdownDeckSyntax.Section, _ written: [WrittenText]?, seen: [MarkdownDeckSyntax.Section],
        at offset: Int, path: String, allowed: ClosedRange<Int>
    ) -> [LocalizedText]? {
        let fieldPath = path + "." + section.field
        if written == nil && !allowed.contains(0) {
            report(offset, fieldPath, .missingSection(section.title))
            return nil
        }
        let written = written ?? []
        if let problem = DeckRules.countProblem(written.count, allowed: allowed) { report(offset, fieldPath, problem) }
        var result: [LocalizedText] = []
        for (index, item) in written.enumerated() {
            if let text = localized(item, path: "\(fieldPath)[\(index)]", singleLine: true) { result.append(text) }
        }
        return result
    }

    // MARK: Lists

    /// `- ` items up to the next heading; indented lines add languages (`[ja] …`) or continue the item's text.
    private mutating func list(path: String) -> [WrittenText] {
        var items: [WrittenText] = []
        while index < lines.count && !isHeading(index) {
            let line = slice(index)
            defer { index += 1 }
            if isBlank(index) { continue }
            if line.starts(with: Self.itemPrefix) {
                var item = WrittenText(offset: lines[index].start + 2)
                inline(line.dropFirst(2), into: &item, path: "\(path)[\(items.count)]")
                items.append(item)
            } else if MarkdownDeckSyntax.isBlank(line.first ?? 0), var item = items.popLast() {
                continuation(line, of: &item, path: "\(path)[\(items.count)]")
                items.append(item)
            } else {
                report(lines[index].start, path, .expectedListItem)
            }
        }
        return items
    }

    /// A follow-up as written: its question, its answer and the key-point numbers of its `Probes:` line.
    struct WrittenFollowUp {
        var question: WrittenText
        var answer: WrittenText
        var probes: [(number: Int, offset: Int)]
    }

    /// `- Q: question` then an indented `A: answer`, each with its languages on indented `[ja] …` lines, then
    /// optionally an indented `Probes: 2, 5` line naming the key points the follow-up probes.
    private mutating func followUpList(path: String) -> [WrittenFollowUp] {
        var pairs: [(question: WrittenText, answer: WrittenText?, probes: [(number: Int, offset: Int)]?)] = []
        var itemOffsets: [Int] = []
        while index < lines.count && !isHeading(index) {
            let line = slice(index)
            defer { index += 1 }
            if isBlank(index) { continue }
            let itemPath = "\(path)[\(pairs.count)]"
            if line.starts(with: Self.followUpPrefix) {
                var question = WrittenText(offset: lines[index].start + 5)
                inline(line.dropFirst(5), into: &question, path: itemPath + ".question")
                pairs.append((question, nil, nil))
                itemOffsets.append(lines[index].start)
            } else if MarkdownDeckSyntax.isBlank(line.first ?? 0), var pair = pairs.popLast() {
                let itemPath = "\(path)[\(pairs.count)]"
                let content = Self.trimmed(line)
                if content.starts(with: Self.probesPrefix) && pair.answer != nil && pair.probes == nil {
                    pair.probes = probeNumbers(content.dropFirst(Self.probesPrefix.count), path: itemPath + ".probes")
                } else if content.starts(with: Self.answerPrefix) && pair.answer == nil {
                    var answer = WrittenText(offset: content.startIndex + 3)
                    inline(content.dropFirst(3), into: &answer, path: itemPath + ".answer")
                    pair.answer = answer
                } else if var answer = pair.answer {
                    continuation(line, of: &answer, path: itemPath + ".answer")
                    pair.answer = answer
                } else {
                    continuation(line, of: &pair.question, path: itemPath + ".question")
                }
                pairs.append(pair)
            } else {
                report(lines[index].start, path, .expectedFollowUp)
            }
        }
        var result: [WrittenFollowUp] = []
        for (offset, pair) in pairs.enumerated() {
            guard let answer = pair.answer else {
                report(itemOffsets[offset], "\(path)[\(offset)].answer", .followUpWithoutAnswer)
                continue
            }
            result.append(WrittenFollowUp(question: pair.question, answer: answer, probes: pair.probes ?? []))
        }
        return result
    }

    /// The whole numbers of a `Probes:` line, separated by commas or blanks, each with its byte offset.
    private mutating func probeNumbers(_ text: ArraySlice<UInt8>, path: String) -> [(number: Int, offset: Int)] {
        var numbers: [(number: Int, offset: Int)] = []
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == UInt8(ascii: ",") || MarkdownDeckSyntax.isBlank(text[index]) {
                index += 1
                continue
            }
            let start = index
            while index < text.endIndex && text[index] != UInt8(ascii: ",") && !MarkdownDeckSyntax.isBlank(text[index])
            {
                index += 1
            }
            let token = String(decoding: text[start..<index], as: UTF8.self)
            if let number = Int(token), token.allSatisfy({ $0.isASCII && $0.isNumber }) {
                numbers.append((number, start))
            } else {
                report(start, "\(path)[\(numbers.count)]", .expectedWholeNumber(found: .text(echo(token))))
            }
        }
        return numbers
    }

    /// An indented line under an item: another language, or more of the current text (joined with a space).
    private mutating func continuation(_ line: ArraySlice<UInt8>, of item: inout WrittenText, path: String) {
        if isTranslationLine(line) {
            inline(line, into: &item, path: path)
            return
        }
        let more = String(decoding: Self.trimmed(line), as: UTF8.self)
        if item.universal != nil {
            item.universal! += " " + more
        } else if !item.translations.isEmpty {
            item.translations[item.translations.count - 1].text += " " + more
        }
    }

    static let itemPrefix = Array("- ".utf8)
    static let followUpPrefix = Array("- Q: ".utf8)
    static let answerPrefix = Array("A: ".utf8)
    static let probesPrefix = Array("Probes:".utf8)
}
