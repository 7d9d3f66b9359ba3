/// The rule for the typed text a progress record keeps, so that every record stays readable.
///
/// Readers accept lines of up to 1 MiB (`ProgressFile.lineLengthLimit`). A record keeps at most the first
/// `byteLimit` bytes (64 KiB) of a typed answer, cut at a character boundary; JSON escaping makes that at most 384 KiB,
/// so a record with its grade and coverage always fits. A record whose text was cut says so with the key
/// `answerLength`: the length, in characters (Unicode scalars, `TypedText.characterCount`), of the whole answer.
package enum KeptText {
    /// The most UTF-8 bytes of typed text a record keeps: 64 KiB, some ten thousand words.
    package static let byteLimit = 64 << 10

    /// `text` when it fits, else its start within `byteLimit` bytes and the length of the whole text in characters.
    package static func cut(_ text: String, byteLimit: Int = byteLimit) -> (kept: String, originalLength: Int?) {
        guard text.utf8.count > byteLimit else { return (text, nil) }
        var end = text.startIndex
        var bytes = 0
        while end != text.endIndex {
            let size = text[end].utf8.count
            if bytes + size > byteLimit { break }
            bytes += size
            end = text.index(after: end)
        }
        return (String(text[..<end]), TypedText.characterCount(text))
    }
}
