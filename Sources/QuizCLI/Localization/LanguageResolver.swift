/// Chooses the language to show: `--lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG` (the first one set), else English.
public enum LanguageResolver {
    /// The language code requested by the flag or the locale variables (`ja_JP.UTF-8` gives `ja`), or nil.
    public static func requestedLanguage(flag: String?, environment: [String: String]) -> String? {
        if let flag, !flag.isEmpty { return flag }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[variable], !value.isEmpty else { continue }
            if value == "C" || value == "POSIX" || value.hasPrefix("C.") { return "en" }
            let code = value.prefix { $0.isLetter }.lowercased()
            return code.isEmpty ? nil : code
        }
        return nil
    }
}
