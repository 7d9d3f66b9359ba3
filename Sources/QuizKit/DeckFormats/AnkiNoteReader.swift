/// Turns the records of an Anki notes export into questions, note by note (the rules are on `AnkiTextImporter`).
struct AnkiNoteReader {
    let header: AnkiHeader
    let isHTML: Bool
    /// The 1-based columns that hold the guid, note type, deck and tags rather than fields.
    let metaColumns: Set<Int>

    init(header: AnkiHeader, isHTML: Bool) {
        self.header = header
        self.isHTML = isHTML
        metaColumns = Set(
            [header.guidColumn, header.tagsColumn, header.notetypeColumn, header.deckColumn].compactMap { $0 })
    }

    typealias SkipReason = DeckDiagnostic.SkipReason

    /// What a note type makes of a note.
    enum Kind {
        case basic(reversed: Reversal)
        case cloze

        enum Reversal { case never, always, whenThirdFieldIsFilled }

        /// By the note type's name (Anki's stock names, in any case); without a known one, Cloze when the first
        /// field has deletions.
        init(notetype: String, firstField: String) {
            guard !notetype.isEmpty else {
                self = AnkiCloze(firstField) == nil ? .basic(reversed: .never) : .cloze
                return
            }
            let name = notetype.lowercased()
            if name.contains("cloze") {
                self = .cloze
            } else if name.hasPrefix("basic") {
                self = .basic(
                    reversed: name.contains("optional reversed")
                        ? .whenThirdFieldIsFilled : name.contains("reversed") ? .always : .never)
            } else {
                self = AnkiCloze(firstField) == nil ? .basic(reversed: .never) : .cloze
            }
        }
    }

    /// Adds the questions of one note, or warns why it has none.
    func add(_ record: DelimitedText.Record, number: Int, to builder: inout DeckImportBuilder) {
        func column(_ column: Int?) -> String? {
            column.flatMap { record.fields.indices.contains($0 - 1) ? record.fields[$0 - 1] : nil }
        }
        let fields =
            metaColumns.isEmpty
            ? record.fields : record.fields.indices.filter { !metaColumns.contains($0 + 1) }.map { record.fields[$0] }
        let tagsField = column(header.tagsColumn) ?? ""
        let note = Note(
            offset: record.offsets.first ?? 0, number: number,
            guid: column(header.guidColumn).flatMap { $0.isEmpty ? nil : $0 },
            tags: tagsField.isEmpty ? header.tags : header.tags + AnkiHeader.words(Substring(tagsField)))
        switch Kind(
            notetype: column(header.notetypeColumn) ?? header.notetypeName ?? "", firstField: fields.first ?? "")
        {
        case .basic(let reversal): addBasic(fields, reversal: reversal, note: note, to: &builder)
        case .cloze: addCloze(fields, note: note, to: &builder)
        }
    }

    /// Where a note is and what every question made from it shares.
    struct Note {
        var offset: Int
        var number: Int
        var guid: String?
        var tags: [String]

        var path: String { "notes[\(number)]" }

        /// `anki-` and the guid's hash, else a slug and hash of the question.
        func id(question: String, key: String) -> String {
            guard let guid else { return ImportedText.stableID(words: question, key: key) }
            return "anki-" + AnkiTextImporter.hex(ImportedText.fnv1a(guid))
        }
    }

    // MARK: Basic

    private func addBasic(_ fields: [String], reversal: Kind.Reversal, note: Note, to builder: inout DeckImportBuilder)
    {
        var backField = fields.count > 1 ? fields[1] : ""
        if backField.isEmpty {
            // Left out whatever the front holds. The front decides the reason (an empty or image-only front comes
            // first), but it is read only for a warning that will be shown: past them, a million such notes are
            // counted, not read.
            let reason = { Self.skipReason(front: text(fields.first ?? "")) ?? .emptyBack }
            builder.warn(note.offset, note.path, .noteSkipped(Self.echoed(reason())))
            return
        }
        var keyPoints: [LocalizedText] = []
        if isHTML, let split = AnkiHeader.keyPointList(backField), DeckRules.keyPointCount.contains(split.points.count)
        {
            backField = split.answer
            keyPoints = split.points.map { oneLine(text($0).text) }.filter { !$0.isEmpty }.map(LocalizedText.init)
        }
        let front = text(fields.first ?? "")
        let back = text(backField)
        // The third field of "Basic (optional reversed card)" only asks for the reverse card.
        let extraFields = Array(fields.dropFirst(reversal == .whenThirdFieldIsFilled ? 3 : 2))
        let extras = extraFields.map(text)
        let sounds = ([front, back] + extras).flatMap(\.sounds)
        if let reason = Self.skipReason(front: front) ?? Self.skipReason(back: back) {
            builder.warn(note.offset, note.path, .noteSkipped(Self.echoed(reason)))
            return
        }
        let details = Self.details(extras)
        let id = note.id(question: front.text, key: fields.first ?? "")
        builder.add(
            question(
                id: id, note: note, question: front.text, answer: back.text, details: details, keyPoints: keyPoints,
                builder: &builder))
        let reversed =
            reversal == .always
            || reversal == .whenThirdFieldIsFilled && fields.count > 2 && !text(fields[2]).text.isEmpty
        if reversed {
            builder.add(
                question(
                    id: id + "-r", note: note, question: back.text, answer: front.text, details: details,
                    builder: &builder))
        }
        if !sounds.isEmpty { builder.warn(note.offset, note.path, .soundsRemoved(sounds.map { echo($0) })) }
    }

    // MARK: Cloze

    private func addCloze(_ fields: [String], note: Note, to builder: inout DeckImportBuilder) {
        let textField = fields.first ?? ""
        guard let cloze = AnkiCloze(textField) else {
            builder.warn(note.offset, note.path, .noteSkipped(.noClozeDeletion))
            return
        }
        if cloze.isImageOcclusion {
            builder.warn(note.offset, note.path, .noteSkipped(.imageOcclusion))
            return
        }
        let extras = fields.dropFirst().map(text)
        let details = Self.details(extras)
        var sounds = text(textField).sounds + extras.flatMap(\.sounds)
        var skipped: [(number: Int, reason: SkipReason)] = []
        var kept = 0
        for number in cloze.numbers {
            let question = text(cloze.question(for: number))
            let answers = cloze.answers(for: number).map(text).filter { !$0.text.isEmpty }
            sounds += answers.flatMap(\.sounds)
            if answers.isEmpty || answers.allSatisfy(\.isOnlyImages) {
                let images = answers.flatMap(\.images)
                skipped.append(
                    (number, images.isEmpty ? .emptyClozeDeletion : .onlyImages(front: false, names: images)))
                continue
            }
            let answer =
                answers.count == 1 ? answers[0].text : answers.map { "- " + oneLine($0.text) }.joined(separator: "\n")
            let base = note.id(question: question.text, key: textField)
            builder.add(
                self.question(
                    id: "\(base)-c\(number)", note: note, question: question.text, answer: answer, details: details,
                    builder: &builder))
            kept += 1
        }
        if kept == 0, let first = skipped.first {
            builder.warn(note.offset, note.path, .noteSkipped(Self.echoed(first.reason)))
            return
        }
        for card in skipped {
            builder.warn(note.offset, note.path, .clozeSkipped(number: card.number, Self.echoed(card.reason)))
        }
        if !sounds.isEmpty { builder.warn(note.offset, note.path, .soundsRemoved(sounds.map { echo($0) })) }
    }

    // MARK: Parts

    private func text(_ field: String) -> AnkiFieldText {
        AnkiFieldText(field: field, isHTML: isHTML)
    }

    private func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmed { $0 == " " } }.filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    private func question(
        id: String, note: Note, question: String, answer: String, details: String?, keyPoints: [LocalizedText] = [],
        builder: inout DeckImportBuilder
    ) -> Question {
        Question(
            id: id, topic: topic(note.tags, builder: &builder), difficulty: AnkiTextImporter.difficulty(note.tags),
            minutes: DeckImportBuilder.defaultMinutes, question: LocalizedText(question), answer: LocalizedText(answer),
            details: details.map(LocalizedText.init), keyPoints: keyPoints)
    }

    /// `topic::NAME`, else the first tag that is neither a difficulty nor one of Anki's own (`leech`, `marked`).
    private func topic(_ tags: [String], builder: inout DeckImportBuilder) -> String {
        if let tag = tags.first(where: { $0.lowercased().hasPrefix("topic::") }) {
            return builder.topic(named: String(tag.dropFirst(7)))
        }
        let ankiTags: Set = ["leech", "marked"]
        if let tag = tags.first(where: {
            !$0.lowercased().hasPrefix("difficulty::") && !ankiTags.contains($0.lowercased())
        }) {
            return builder.topic(named: tag)
        }
        return "general"
    }

    static func skipReason(front: AnkiFieldText) -> SkipReason? {
        if front.text.isEmpty { return .emptyFront }
        return front.isOnlyImages ? .onlyImages(front: true, names: front.images) : nil
    }

    static func skipReason(back: AnkiFieldText) -> SkipReason? {
        if back.text.isEmpty { return .emptyBack }
        return back.isOnlyImages ? .onlyImages(front: false, names: back.images) : nil
    }

    /// The further fields, as one details text; nil when they are all empty.
    static func details(_ extras: [AnkiFieldText]) -> String? {
        let texts = extras.map(\.text).filter { !$0.isEmpty }
        return texts.isEmpty ? nil : texts.joined(separator: "\n\n")
    }

    /// A reason with the file names it quotes made safe to show.
    static func echoed(_ reason: SkipReason) -> SkipReason {
        guard case .onlyImages(let front, let names) = reason else { return reason }
        return .onlyImages(front: front, names: names.map { echo($0) })
    }
}
