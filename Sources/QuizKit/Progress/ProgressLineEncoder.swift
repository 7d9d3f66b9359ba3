import FoundationEssentials

/// Writes progress entries as single JSON lines, with keys in a fixed order.
///
/// Format version 1:
/// `{"v":1,"type":"answer","time":"2026-11-23T09:05:00Z","session":"3f9a1c2e","seq":1,"deck":"deep-learning",`
/// `"question":"batch-normalization","grade":3,"covered":[1,2,4],"total":6,"seconds":95,"mode":"quiz"}`
/// and `{"v":1,"type":"undo","time":"…","session":"3f9a1c2e","seq":1}`. An answer may end with the optional
/// `"answer":"what was typed"`, and an answer whose typed text was offered suggested ticks has `"suggested":[1,2]`
/// (the points offered, before `mode`; read back by every reader, and absent from older lines) followed by
/// `"suggestedLang":"en"` (the language of the key points read); a follow-up is
/// `{"v":1,"type":"followup","time":"…","session":"3f9a1c2e","deck":"…","question":"…","followUp":2,"well":true}`,
/// with the same optional `"answer"`. A typed answer longer than `KeptText.byteLimit` is cut to its start and followed
/// by `"answerLength":N`, the whole answer's length in characters, so no record grows past what readers accept.
package enum ProgressLineEncoder {
    /// The current format version, the `v` key of every line.
    static let formatVersion = 1

    /// One line, including its final newline.
    package static func line(for entry: ProgressEntry) -> String {
        var line = "{\"v\":\(formatVersion)"
        switch entry {
        case .answer(let record):
            line += ",\"type\":\"answer\",\"time\":\"\(Timestamp.string(from: record.time))\""
            line += ",\"session\":" + JSONValue.quoted(record.session) + ",\"seq\":\(record.sequence)"
            line += ",\"deck\":" + quoted(record.deck) + ",\"question\":" + quoted(record.question)
            line += ",\"grade\":\(record.grade.rawValue)"
            line += ",\"covered\":[" + record.covered.map(String.init).joined(separator: ",") + "]"
            line += ",\"total\":\(record.total),\"seconds\":\(record.seconds)"
            if let limit = record.limit { line += ",\"limit\":\(limit)" }
            if let suggested = record.suggested {
                line += ",\"suggested\":[" + suggested.map(String.init).joined(separator: ",") + "]"
                if let language = record.suggestionLanguage { line += ",\"suggestedLang\":" + quoted(language) }
            }
            line += ",\"mode\":" + quoted(record.mode)
            line += kept(record.answer)
        case .undo(let session, let sequence, let time):
            line += ",\"type\":\"undo\",\"time\":\"\(Timestamp.string(from: time))\""
            line += ",\"session\":" + quoted(session) + ",\"seq\":\(sequence)"
        case .followUp(let record):
            line += ",\"type\":\"followup\",\"time\":\"\(Timestamp.string(from: record.time))\""
            line += ",\"session\":" + quoted(record.session)
            line += ",\"deck\":" + quoted(record.deck) + ",\"question\":" + quoted(record.question)
            line += ",\"followUp\":\(record.followUp),\"well\":\(record.answeredWell)"
            line += kept(record.answer)
        }
        return line + "}\n"
    }

    /// `,"answer":"…"` for a typed answer, cut and followed by `,"answerLength":N` when it is too long; nothing for none.
    private static func kept(_ answer: String?) -> String {
        guard let answer, !answer.isEmpty else { return "" }
        let (kept, originalLength) = KeptText.cut(answer)
        return ",\"answer\":" + quoted(kept) + (originalLength.map { ",\"answerLength\":\($0)" } ?? "")
    }

    private static func quoted(_ text: String) -> String {
        JSONValue.quoted(text)
    }
}
