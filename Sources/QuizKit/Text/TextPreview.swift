/// The start of a text that may be very long (a pasted answer of 50 MB), for a screen that must stay short and fast:
/// at most `lineLimit` lines and `characterLimit` characters, cut at a character boundary, and how many characters
/// were left out. Only the start is looked at character by character; the rest is counted once.
package struct TextPreview: Sendable, Hashable {
    /// The most characters a preview shows: far more than any answer typed by hand.
    package static let characterLimit = 16_384
    /// The most lines a preview shows.
    package static let lineLimit = 200

    /// The start of the text that is shown.
    package var shown: Substring
    /// How many characters (Unicode scalars, `TypedText.characterCount`) come after it; 0 when all is shown.
    package var omitted: Int

    /// The preview of `text`; `totalCharacters` is the length of the text `text` was cut from, when it was (a record
    /// keeps only the start of a huge answer), so `omitted` counts what was cut too.
    package init(
        _ text: String, characterLimit: Int = TextPreview.characterLimit, lineLimit: Int = TextPreview.lineLimit,
        totalCharacters: Int? = nil
    ) {
        var end = text.startIndex
        var characters = 0
        var lines = 1
        while end != text.endIndex && characters < characterLimit {
            if text[end].isNewline {
                if lines == lineLimit { break }
                lines += 1
            }
            end = text.index(after: end)
            characters += 1
        }
        shown = text[..<end]
        let shownCount = TypedText.characterCount(shown)
        let total = totalCharacters ?? (end == text.endIndex ? shownCount : TypedText.characterCount(text))
        omitted = max(0, total - shownCount)
    }
}
