/// A text the command line shows in English or Japanese: help, usage errors and their hints. Both are required, so
/// no help text or usage error exists in one language only.
struct Bilingual: Sendable, Hashable {
    /// The English text.
    var english: String
    /// The Japanese text, in the polite style (です・ます).
    var japanese: String

    /// Creates a text from its two languages.
    init(_ english: String, _ japanese: String) {
        self.english = english
        self.japanese = japanese
    }

    /// The text in `language` (`ja`, else English).
    func text(in language: String) -> String {
        language == "ja" ? japanese : english
    }
}

/// The language of help and usage errors, chosen as the screens choose theirs: `--lang` on the command line (when it
/// names an interface language), else `LC_ALL`, `LC_MESSAGES` or `LANG`, else English.
enum HelpLanguage {
    /// `en` or `ja`.
    static func resolve(arguments: [String], environment: [String: String]) -> String {
        var flag: String?
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.count {
                flag = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix("--lang=") {
                flag = String(argument.dropFirst("--lang=".count))
            }
            index += 1
        }
        let languages = LanguageResolver.interfaceLanguages
        if let flag, languages.contains(flag) { return flag }
        if let requested = LanguageResolver.requestedLanguage(environment: environment), languages.contains(requested) {
            return requested
        }
        return "en"
    }
}

// MARK: - The words help and errors share

extension Bilingual {
    /// `Error: `, before a usage error's message.
    static let errorPrefix = Bilingual("Error: ", "エラー: ")
    /// `Usage: `, before the usage line of an error.
    static let usagePrefix = Bilingual("Usage: ", "使い方: ")
    /// The help flag every command has.
    static let helpFlag = Bilingual("Show help information.", "ヘルプを表示します。")
    /// The root's `--version`.
    static let versionFlag = Bilingual("Show the version.", "バージョンを表示します。")

    /// `  See 'dlquiz quiz --help' for more information.`
    static func seeHelp(_ command: String) -> Bilingual {
        Bilingual(
            "  See '\(command) --help' for more information.", "  詳しくは '\(command) --help' をご覧ください。")
    }

    /// `Did you mean '--count'?`
    static func didYouMean(_ word: String) -> Bilingual {
        Bilingual("Did you mean '\(word)'?", "もしかして '\(word)' ですか？")
    }

    /// `'a', 'b' or 'c'` and `'a'、'b'、'c'`.
    static func list(_ words: [String], quoted: Bool) -> Bilingual {
        let words = quoted ? words.map { "'\($0)'" } : words
        // Alternatives: "a or b", "a, b or c".
        let english =
            words.count > 1
            ? words.dropLast().joined(separator: ", ") + " or " + words[words.count - 1]
            : words.joined()
        return Bilingual(english, words.joined(separator: "、"))
    }
}
