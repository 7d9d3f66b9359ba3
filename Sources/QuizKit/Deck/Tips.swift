/// Reads the tips file: `{"tips": [{"title": {"en": …, "ja": …}, "body": {…}}]}`.
package enum TipsLoader {
    /// Parses the tips; a malformed file is an invalid-deck error naming `source`.
    package static func load(bytes: [UInt8], source: String) throws(QuizError) -> [Tip] {
        func failure(_ problem: DeckDiagnostic.Problem) -> QuizError {
            .invalidDeck(
                source: source, diagnostics: [DeckDiagnostic(location: nil, path: "tips", problem: problem)], total: 1)
        }
        let root: JSONNode
        do {
            root = try JSONParser(bytes: bytes).parse()
        } catch {
            throw failure(.jsonSyntax(error.problem))
        }
        guard case .object(let members) = root.value, let list = members.first(where: { $0.key == "tips" }),
            case .array(let items) = list.value.value
        else { throw failure(.tipsNotAList) }
        var tips: [Tip] = []
        for item in items {
            guard case .object(let fields) = item.value,
                let title = fields.first(where: { $0.key == "title" }).flatMap({ text($0.value) }),
                let body = fields.first(where: { $0.key == "body" }).flatMap({ text($0.value) })
            else { throw failure(.tipWithoutTitleOrBody) }
            tips.append(Tip(title: title, body: body))
        }
        return tips
    }

    private static func text(_ node: JSONNode) -> LocalizedText? {
        switch node.value {
        case .string(let text): return LocalizedText(text)
        case .object(let members):
            var translations: [LocalizedText.Translation] = []
            for member in members {
                guard case .string(let text) = member.value.value else { return nil }
                translations.append(.init(language: member.key, text: text))
            }
            return translations.isEmpty ? nil : LocalizedText(translations: translations)
        default: return nil
        }
    }
}

// MARK: - Tip

/// A short piece of advice on answering technical interview questions.
package struct Tip: Sendable, Hashable {
    /// A short imperative title.
    package var title: LocalizedText
    /// Two to four sentences, in the answer markup.
    package var body: LocalizedText

    /// Creates a tip.
    package init(title: LocalizedText, body: LocalizedText) {
        self.title = title
        self.body = body
    }
}
