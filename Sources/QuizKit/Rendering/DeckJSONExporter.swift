/// The deck in its own JSON schema, so that it loads back through `--deck` as an equal `Deck`.
///
/// Keys follow the schema's order; a text given as a plain string stays a plain string and per-language texts keep
/// their languages' order; whole numbers stay integers. Empty `topics`, `keyPointCues`, `followUps`, `references` and
/// `probes` are left out.
package struct DeckJSONExporter: DeckExporter {
    /// Creates an exporter.
    package init() {}

    /// The deck as pretty-printed JSON.
    package func export(_ deck: Deck) -> String {
        json(deck).rendered(pretty: true) + "\n"
    }

    /// The deck as a JSON value.
    package func json(_ deck: Deck) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("schemaVersion", .int(deck.schemaVersion)),
            ("id", .string(deck.id)),
            ("title", json(deck.title)),
            ("languages", .array(deck.languages.map(JSONValue.string))),
        ]
        if !deck.topicNames.isEmpty {
            members.append(("topics", .object(deck.topicNames.map { ($0.topic, json($0.name)) })))
        }
        members.append(("questions", .array(deck.questions.map(json))))
        return .object(members)
    }

    private func json(_ question: Question) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(question.id)),
            ("topic", .string(question.topic)),
            ("difficulty", .int(question.difficulty)),
            ("minutes", .double(question.minutes)),
            ("question", json(question.question)),
        ]
        if let oneMinuteAnswer = question.oneMinuteAnswer { members.append(("oneMinuteAnswer", json(oneMinuteAnswer))) }
        members.append(("answer", json(question.answer)))
        if let details = question.details { members.append(("details", json(details))) }
        members.append(("keyPoints", .array(question.keyPoints.map(json))))
        if !question.keyPointCues.allSatisfy(\.isEmpty) {
            members.append(
                (
                    "keyPointCues",
                    .object(
                        question.keyPointCues.enumerated().compactMap { index, cues in
                            cues.isEmpty ? nil : (String(index + 1), json(cues))
                        })
                ))
        }
        if !question.followUps.isEmpty {
            members.append(
                (
                    "followUps",
                    .array(
                        question.followUps.map { followUp in
                            var members: [(String, JSONValue)] = [
                                ("question", json(followUp.question)), ("answer", json(followUp.answer)),
                            ]
                            if !followUp.probes.isEmpty {
                                members.append(("probes", .array(followUp.probes.map(JSONValue.int))))
                            }
                            return .object(members)
                        })
                ))
        }
        if !question.references.isEmpty {
            members.append(("references", .array(question.references.map(json))))
        }
        return .object(members)
    }

    /// A point's cue lines: a list for every language, or an object of lists in their languages' order.
    private func json(_ cues: KeyPointCues) -> JSONValue {
        if let universal = cues.universal { return .array(universal.map(JSONValue.string)) }
        return .object(cues.translations.map { ($0.language, .array($0.lines.map(JSONValue.string))) })
    }

    /// A plain string when the deck gave one, else an object of translations in their order.
    private func json(_ text: LocalizedText) -> JSONValue {
        if let universal = text.universal { return .string(universal) }
        return .object(text.translations.map { ($0.language, .string($0.text)) })
    }
}
