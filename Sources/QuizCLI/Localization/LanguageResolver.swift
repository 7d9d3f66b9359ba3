import QuizKit

/// Chooses the language to show, one way for every command: `--lang` when given (it must be one of the available
/// languages), else `LC_ALL`, `LC_MESSAGES` or `LANG` (the first one set) when available, else the first available.
enum LanguageResolver {
    /// The languages of the interface words, for commands that show no deck text.
    static let interfaceLanguages = InterfaceLanguage.allCases.map(\.rawValue)

    /// The language to show among `available` (a deck's languages, or `interfaceLanguages`).
    ///
    /// - Throws: `QuizError.languageNotInDeck` when `--lang` names a language that is not available.
    static func resolve(flag: String?, available: [String], environment: [String: String]) throws(QuizError) -> String {
        if let flag, !flag.isEmpty {
            guard available.contains(flag) else {
                throw .languageNotInDeck(language: flag, deckLanguages: available)
            }
            return flag
        }
        if let requested = requestedLanguage(environment: environment), available.contains(requested) {
            return requested
        }
        return available.first ?? "en"
    }

    /// The language code the locale variables ask for (`ja_JP.UTF-8` gives `ja`, `C` gives `en`), or nil.
    static func requestedLanguage(environment: [String: String]) -> String? {
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[variable], !value.isEmpty else { continue }
            if value == "C" || value == "POSIX" || value.hasPrefix("C.") { return "en" }
            let code = value.prefix { $0.isLetter }.lowercased()
            return code.isEmpty ? nil : code
        }
        return nil
    }
}

/// A language the interface is written in, as `--lang` takes it.
enum InterfaceLanguage: String, CaseIterable, Sendable, ExpressibleByArgument {
    case en, ja
}
