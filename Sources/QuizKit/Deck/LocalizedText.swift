/// A text in one or more languages: either one string for every language, or a translation per language.
package struct LocalizedText: Sendable, Hashable {
    /// One language's text.
    package struct Translation: Sendable, Hashable {
        /// The language code, such as `en` or `ja`.
        package var language: String
        /// The text in that language.
        package var text: String

        /// Creates a translation.
        package init(language: String, text: String) {
            self.language = language
            self.text = text
        }
    }

    /// The text used for every language, when the deck gave a plain string.
    private(set) var universal: String?
    /// The per-language texts, in the order the deck gave them.
    private(set) var translations: [Translation]

    /// A text that reads the same in every language.
    package init(_ universal: String) {
        self.universal = universal
        self.translations = []
    }

    /// A text with one translation per language, kept in the given order.
    package init(translations: [Translation]) {
        self.universal = nil
        self.translations = translations
    }

    /// Convenience for literals: `LocalizedText(["en": "Hello", "ja": "こんにちは"])`, ordered by language code.
    package init(_ byLanguage: [String: String]) {
        self.init(translations: byLanguage.keys.sorted().map { Translation(language: $0, text: byLanguage[$0]!) })
    }

    /// Whether the deck gave a plain string rather than per-language texts.
    var isUniversal: Bool { universal != nil }

    /// The languages this text has an explicit translation for.
    package var languages: [String] { translations.map(\.language) }

    /// The text for `language` if present, else the first translation (a deck always lists its default language first).
    package func text(in language: String) -> String {
        if let universal { return universal }
        for translation in translations where translation.language == language {
            return translation.text
        }
        return translations.first?.text ?? ""
    }

    /// The text for `language` only if the text has it (a plain string has every language).
    func exactText(in language: String) -> String? {
        if let universal { return universal }
        return translations.first { $0.language == language }?.text
    }

    /// Every text this value holds, for checks that apply to all languages.
    var allTexts: [String] {
        if let universal { return [universal] }
        return translations.map(\.text)
    }
}
