/// Writes a deck in the Markdown deck format, which `MarkdownDeckReader` reads back as an equal `Deck`.
///
/// The format (a full example is in the README, "Markdown decks"):
///
/// ```text
/// ---
/// id: my-deck
/// title: My deck                      (or, per language, indented "en: …" / "ja: …" lines)
/// languages: [en, ja]
/// topics:                             (optional display names; a name may be per language as the title)
///   training: Training
/// ---
///
/// # My deck                           (anything before the first "## " heading is a free preamble)
///
/// ## dropout (training, difficulty 1, 2 min)
///
/// What does dropout do?               (the question)
///
/// ### One-minute answer
///
/// Zeroes units at random…             (optional: the first answer, before probing)
///
/// ### Answer
///
/// It zeroes each unit…                (paragraphs and "- " lists, as in the JSON answer markup)
///
/// ### Key points
///
/// - Random zeroing during training    (one item per line; 3 to 8 of them)
///
/// ### Cues
///
/// - 1 all: zero | drop, train          (optional: the matcher's cues, "- N cue" or "- N [lang] cue")
///
/// ### Follow-ups
///
/// - Q: Dropout and BatchNorm together?
///   A: Put dropout after the last BN layer.
///   Probes: 1                         (optional: the key points it probes)
///
/// ### References
///
/// - Srivastava et al. (2014), JMLR 15
///
/// ### Details
///
/// Optional longer material.
/// ```
///
/// - A question heading is `## id (topic, difficulty D, M min)`; sections are `### ` headings, in any order, each at
///   most once; `Answer` and `Key points` are required. Lines starting with `#` are headings: the reader stops a
///   text at the next one.
/// - Texts: a text the same in every language is written once. A per-language text is a block per language, each
///   opened by a marker: a line `[en]` before a question, answer or details text; `[en] ` before a list item, a
///   follow-up question or answer, with the other languages on indented lines below (`  [ja] …`). In the front
///   matter, per-language texts are indented `en: …` lines under the key.
/// - Escapes, which the writer uses only when a text needs them: a question, one-minute answer, answer or details
///   text that has
///   leading or trailing blanks, a line starting with `#`, a backtick fence, or a line that reads as a marker goes
///   in a fenced block (` ``` `, longer when the text has backtick runs), read verbatim. A one-line text with
///   blanks at its ends, a leading `"` or a leading marker, or any text with a line feed (in a one-line place), a
///   carriage return or another control character, is written as a JSON string literal (`"…"`). A text read as
///   bare may itself start with `"`: only a line that is exactly one JSON string is read as one.
package struct MarkdownDeckWriter {
    /// Creates a writer.
    package init() {}

    /// The deck as a Markdown document ending with a newline.
    package func write(_ deck: Deck) -> String {
        var out = "---\n"
        out += "id: \(deck.id)\n"
        frontMatter("title", deck.title, indent: "", to: &out)
        out += "languages: [" + deck.languages.joined(separator: ", ") + "]\n"
        if !deck.topicNames.isEmpty {
            out += "topics:\n"
            for topic in deck.topicNames { frontMatter(topic.topic, topic.name, indent: "  ", to: &out) }
        }
        out += "---\n\n"
        let heading = deck.title.text(in: deck.languages.first ?? "en")
        // The heading is for readers only (the reader skips it): escaped as Markdown, controls shown, not kept.
        if !heading.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            out += "# " + MarkdownMarkup.escaped(heading) + "\n"
        }
        for question in deck.questions { write(question, to: &out) }
        return out
    }

    // MARK: Questions

    private func write(_ question: Question, to out: inout String) {
        out += "\n## \(question.id) (\(question.topic), difficulty \(question.difficulty), "
        out += "\(question.minutes.formatted) min)\n\n"
        body(question.question, to: &out)
        if let oneMinuteAnswer = question.oneMinuteAnswer {
            out += "\n### One-minute answer\n\n"
            body(oneMinuteAnswer, to: &out)
        }
        out += "\n### Answer\n\n"
        body(question.answer, to: &out)
        if !question.keyPoints.isEmpty {
            out += "\n### Key points\n\n"
            for point in question.keyPoints { inline(point, prefix: "- ", to: &out) }
        }
        if !question.keyPointCues.allSatisfy(\.isEmpty) {
            out += "\n### Cues\n\n"
            for (index, cues) in question.keyPointCues.enumerated() {
                if let universal = cues.universal {
                    for line in universal { out += "- \(index + 1) \(line)\n" }
                }
                for translation in cues.translations {
                    for line in translation.lines { out += "- \(index + 1) [\(translation.language)] \(line)\n" }
                }
            }
        }
        if !question.followUps.isEmpty {
            out += "\n### Follow-ups\n\n"
            for followUp in question.followUps {
                inline(followUp.question, prefix: "- Q: ", to: &out)
                inline(followUp.answer, prefix: "  A: ", to: &out)
                if !followUp.probes.isEmpty {
                    out += "  Probes: " + followUp.probes.map(String.init).joined(separator: ", ") + "\n"
                }
            }
        }
        if !question.references.isEmpty {
            out += "\n### References\n\n"
            for reference in question.references { inline(reference, prefix: "- ", to: &out) }
        }
        if let details = question.details {
            out += "\n### Details\n\n"
            body(details, to: &out)
        }
    }

    // MARK: Texts

    /// A question, one-minute answer, answer or details text: plain, fenced or quoted, after a `[code]` line per
    /// language.
    private func body(_ text: LocalizedText, to out: inout String) {
        if let universal = text.universal {
            bodyForm(universal, to: &out)
            return
        }
        for (offset, translation) in text.translations.enumerated() {
            if offset > 0 { out += "\n" }
            out += "[\(translation.language)]\n"
            bodyForm(translation.text, to: &out)
        }
    }

    private func bodyForm(_ text: String, to out: inout String) {
        if MarkdownDeckSyntax.isPlainBody(text) {
            out += text + "\n"
        } else if MarkdownDeckSyntax.isFenceable(text) {
            let fence = MarkdownDeckSyntax.fence(for: text)
            out += fence + "text\n" + text + "\n" + fence + "\n"
        } else {
            out += MarkdownDeckSyntax.quoted(text) + "\n"
        }
    }

    /// A one-line text after `prefix`; other languages follow on lines indented to the first marker.
    private func inline(_ text: LocalizedText, prefix: String, to out: inout String) {
        if let universal = text.universal {
            out += prefix + inlineForm(universal) + "\n"
            return
        }
        let indent = String(repeating: " ", count: prefix.count)
        for (offset, translation) in text.translations.enumerated() {
            out += (offset == 0 ? prefix : indent) + "[\(translation.language)] " + inlineForm(translation.text) + "\n"
        }
    }

    private func inlineForm(_ text: String) -> String {
        MarkdownDeckSyntax.isPlainInline(text) ? text : MarkdownDeckSyntax.quoted(text)
    }

    /// `key: value`, or `key:` and an indented `code: value` line per language.
    private func frontMatter(_ key: String, _ text: LocalizedText, indent: String, to out: inout String) {
        if let universal = text.universal {
            out += indent + key + ": " + frontMatterForm(universal) + "\n"
            return
        }
        out += indent + key + ":\n"
        for translation in text.translations {
            out += indent + "  " + translation.language + ": " + frontMatterForm(translation.text) + "\n"
        }
    }

    private func frontMatterForm(_ text: String) -> String {
        MarkdownDeckSyntax.isPlainFrontMatter(text) ? text : MarkdownDeckSyntax.quoted(text)
    }
}
