/// The cues of one key point: lines in the cue language (see `Cue`) that tell the matcher what the point's own
/// text does not, either the same for every language or per language.
package struct KeyPointCues: Sendable, Hashable {
    /// One language's cue lines.
    package struct Translation: Sendable, Hashable {
        package var language: String
        package var lines: [String]

        package init(language: String, lines: [String]) {
            self.language = language
            self.lines = lines
        }
    }

    /// The lines used for every language, when the deck gave a plain list.
    package private(set) var universal: [String]?
    /// The per-language lines, in the order the deck gave them.
    package private(set) var translations: [Translation]

    /// No cues.
    package static let none = KeyPointCues(translations: [])

    /// Cues that are the same in every language (a deck in one language).
    package init(_ universal: [String]) {
        self.universal = universal
        self.translations = []
    }

    /// Cues per language, kept in the given order.
    package init(translations: [Translation]) {
        self.universal = nil
        self.translations = translations
    }

    /// Whether there are no cue lines at all.
    package var isEmpty: Bool { (universal ?? []).isEmpty && translations.allSatisfy(\.lines.isEmpty) }

    /// The lines for `language`: its own, or the universal ones; never another language's (a cue is worded in the
    /// language of the answers it reads).
    package func lines(in language: String) -> [String] {
        if let universal { return universal }
        return translations.first { $0.language == language }?.lines ?? []
    }

    /// Every line with its language (nil for universal lines), for checks.
    var allLines: [(language: String?, lines: [String])] {
        if let universal { return [(nil, universal)] }
        return translations.map { ($0.language, $0.lines) }
    }
}
