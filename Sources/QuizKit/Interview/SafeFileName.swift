import FoundationEssentials

/// Turns a person's name into a piece of a file name that is safe everywhere and still readable.
///
/// The result holds only lowercase letters, digits (any script) and single hyphens, with no hyphen at either end:
/// it has no `/`, no `.`, no control or invisible character and never starts with a dot, so joined to a folder it
/// names a file in that folder and nowhere else. Steps: compatibility normalization (NFKC, so fullwidth `Ｊａｎｅ`
/// reads `jane`), Latin accents dropped (`José` → `jose`; marks on other scripts, such as Japanese voicing marks,
/// stay), lowercase, every run of other characters becomes one hyphen, then at most 48 characters and 96 UTF-8
/// bytes, cut between characters. `山田 花子` gives `山田-花子`; an empty result gives the fallback.
package enum SafeFileName {
    /// The longest result in characters.
    static let maximumCharacters = 48
    /// The longest result in UTF-8 bytes (file names are limited to 255 bytes).
    static let maximumBytes = 96

    /// The safe form of `name`, or `fallback` when nothing of it is left.
    package static func slug(_ name: String, fallback: String = "candidate") -> String {
        var result = ""
        var pendingHyphen = false
        var bytes = 0
        for character in TextFolding.searchKey(name) {
            guard isKept(character) else {
                pendingHyphen = !result.isEmpty
                continue
            }
            let piece = (pendingHyphen ? "-" : "") + String(character)
            guard result.count + piece.count <= maximumCharacters, bytes + piece.utf8.count <= maximumBytes else {
                break
            }
            result += piece
            bytes += piece.utf8.count
            pendingHyphen = false
        }
        return result.isEmpty ? fallback : result
    }

    /// Letters and digits whose every scalar is a letter, a digit or a combining mark (so no control, format or
    /// private-use character slips through inside a cluster).
    private static func isKept(_ character: Character) -> Bool {
        guard character.isLetter || character.isNumber else { return false }
        return character.unicodeScalars.allSatisfy { scalar in
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
                true
            default:
                false
            }
        }
    }
}
