import QuizKit

/// The one language rule. The interface (help, errors, the screens' own words) follows `--lang`, else the first of
/// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set (`ja…` is Japanese, `C` and `POSIX` English), else English. A
/// deck's texts are shown in the interface language when the deck has it, else in a language the deck has, and a
/// note says so; asking for an interface language a deck lacks is never an error.
enum LanguageResolver {
    /// The languages of the interface words.
    static let interfaceLanguages = InterfaceLanguage.allCases.map(\.rawValue)

    /// The interface language: `--lang`, else the locale variables, else English.
    static func interfaceLanguage(flag: InterfaceLanguage?, environment: [String: String]) -> InterfaceLanguage {
        if let flag { return flag }
        return requestedLanguage(environment: environment).flatMap(InterfaceLanguage.init(rawValue:)) ?? .en
    }

    /// The language a deck's texts are shown in: the interface's when the deck has it, else the deck's first.
    static func deckLanguage(interface: InterfaceLanguage, deckLanguages: [String]) -> String {
        deckLanguages.contains(interface.rawValue) ? interface.rawValue : deckLanguages.first ?? interface.rawValue
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
