import Foundation
import Testing

@testable import QuizKit

/// A deck is data from anyone: in HTML and in Anki's HTML fields its markup is text, and it runs nothing.
@Suite struct HostileDeckTests {
    static let attacks = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "' onmouseover='alert(1)",
        "<a href=\"javascript:alert(1)\">link</a>",
        "&lt;already escaped&gt;",
    ]

    /// Each attack as it must appear in HTML: the five special characters written as entities, nothing else changed.
    static let escapedInHTML = [
        "<script>alert(1)</script>": "&lt;script&gt;alert(1)&lt;/script&gt;",
        "\"><img src=x onerror=alert(1)>": "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
        "' onmouseover='alert(1)": "&#39; onmouseover=&#39;alert(1)",
        "<a href=\"javascript:alert(1)\">link</a>": "&lt;a href=&quot;javascript:alert(1)&quot;&gt;link&lt;/a&gt;",
        "&lt;already escaped&gt;": "&amp;lt;already escaped&amp;gt;",
    ]

    /// Each attack as the Markdown sheet must write it in running text: every character that Markdown or HTML
    /// would read as markup is backslash-escaped, so the text shows as typed.
    static let escapedInMarkdown = [
        "<script>alert(1)</script>": #"\<script>alert(1)\</script>"#,
        "\"><img src=x onerror=alert(1)>": #"">\<img src=x onerror=alert(1)>"#,
        "' onmouseover='alert(1)": "' onmouseover='alert(1)",
        "<a href=\"javascript:alert(1)\">link</a>": #"\<a href="javascript:alert(1)">link\</a>"#,
        "&lt;already escaped&gt;": #"\&lt;already escaped\&gt;"#,
    ]

    /// A deck that puts an attack in every text a sheet or an export shows.
    static func deck(_ attack: String) -> Deck {
        let text = LocalizedText(attack)
        let question = Question(
            id: "attack", topic: "web", difficulty: 1, minutes: 1, question: text,
            answer: LocalizedText("\(attack)\n\n- \(attack)\n- `\(attack)`\n\n1. \(attack)"),
            keyPoints: [text, text, text], followUps: [FollowUp(question: text, answer: text)], references: [text])
        return Deck(
            id: "hostile", title: text, languages: ["en"],
            topicNames: [TopicName(topic: "web", name: text)], questions: [question])
    }

    static func sheet(_ attack: String) -> StudySheet {
        StudySheet(deck: deck(attack), questions: deck(attack).questions, language: "en", labels: .testLabels)
    }

    @Test(arguments: attacks)
    func theHTMLSheetShowsMarkupAsText(attack: String) {
        for renderer in [HTMLSheetRenderer(foldsAnswers: false), HTMLSheetRenderer(foldsAnswers: true)] {
            let html = renderer.render(Self.sheet(attack))
            #expect(!html.contains(attack))
            #expect(!html.contains("<script"))
            #expect(!html.contains("<img"))
            #expect(!html.contains("<a href=\"javascript"))
            #expect(html.contains(Self.escapedInHTML[attack]!))
        }
    }

    /// The deck's title goes into the `#deck:` header as a plain deck name (Anki escapes deck names itself);
    /// the fields are HTML, where every text is escaped.
    @Test(arguments: attacks)
    func ankiFieldsShowMarkupAsText(attack: String) {
        let export = AnkiExporter(language: "en", keyPointsHeading: "Key points").export(Self.deck(attack))
        let fields = export.split(separator: "\n").filter { !$0.hasPrefix("#") }.joined(separator: "\n")
        #expect(export.contains("\n#deck:\(attack)\n"))
        #expect(!fields.contains(attack))
        #expect(!fields.contains("<script"))
        #expect(!fields.contains("<img"))
        #expect(!fields.contains("<a href"))
        #expect(fields.contains(Self.escapedInHTML[attack]!))
    }

    /// In Markdown, a `<` is raw HTML only when it is neither escaped nor inside a code span; the only raw HTML
    /// left is the sheet's own heading anchors.
    @Test(arguments: attacks)
    func markdownEscapesMarkup(attack: String) throws {
        var markdown = MarkdownSheetRenderer().render(Self.sheet(attack))
        markdown = markdown.replacingOccurrences(of: "<a id=\"q-attack\"></a>", with: "")
        markdown = markdown.replacingOccurrences(of: "`[^`]*`", with: "", options: .regularExpression)
        let rawAngles = markdown.indices.filter { index in
            markdown[index] == "<" && (index == markdown.startIndex || markdown[markdown.index(before: index)] != "\\")
        }
        #expect(rawAngles.isEmpty, "\(markdown)")
        #expect(MarkdownMarkup.inline(attack) == Self.escapedInMarkdown[attack]!)
        #expect(!markdown.contains("](javascript"))
    }

    @Test func escapingCoversTheFiveSpecialCharactersAndShowsControls() {
        #expect(HTMLText.escaped("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f")
        #expect(
            HTMLText.escaped("bell\u{7}\u{1B}[31m red\u{85}\u{FFFF}\ttab\r\nline\u{202E}")
                == #"bell\u{7}\u{1B}[31m red\u{85}"# + "\ttab\nline" + #"\u{202E}"#)
        #expect(HTMLText.escaped("日本語と emoji 🎉") == "日本語と emoji 🎉")
    }

    @Test func markupKeepsItsShapeInHTML() {
        let html = HTMLMarkup.blocks("Intro with `x < y`.\n\n- one\n- two\n\n3. three\n4. four", separator: "")
        #expect(
            html == "<p>Intro with <code>x &lt; y</code>.</p><ul><li>one</li><li>two</li></ul>"
                + "<ol start=\"3\"><li>three</li><li>four</li></ol>")
        #expect(HTMLMarkup.inline("line\none") == "line<br>one")
    }

    @Test(arguments: [
        ("*bold* _em_ [link](x) <b>", "\\*bold\\* \\_em\\_ \\[link\\](x) \\<b>"),
        ("# heading", "\\# heading"),
        ("- item", "\\- item"),
        ("1. item", "1\\. item"),
        ("C# and 3.5 - fine", "C# and 3.5 - fine"),
        ("a | b ~~c~~ &amp;", "a \\| b \\~\\~c\\~\\~ \\&amp;"),
    ])
    func markdownEscaping(text: String, escaped: String) {
        #expect(MarkdownMarkup.escaped(text) == escaped)
    }

    @Test func markdownCodeSpansKeepTheirSpaces() {
        #expect(MarkdownMarkup.inline("run ` x ` now") == "run `  x  ` now")
        #expect(MarkdownMarkup.inline("`a*b`") == "`a*b`")
    }

    @Test func ankiFieldsNeverHoldATabOrALineBreak() {
        let deck = Self.deck("tab\there\nnew line\r\nand more")
        let rows = AnkiExporter(language: "en", keyPointsHeading: "Key points").export(deck)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(rows.count == 1)
        #expect(rows[0].split(separator: "\t", omittingEmptySubsequences: false).count == 4)
        #expect(rows[0].contains("tab&#9;here<br>new line<br>and more"))
    }
}

extension SheetLabels {
    /// English labels for tests.
    static let testLabels = SheetLabels(
        modelAnswer: "Model answer", keyPoints: "Key points", followUps: "Follow-up questions",
        references: "References", contents: "Contents", questionCount: { "\($0) questions" },
        difficulty: { "difficulty \($0)/3" }, suggestedTime: { "about \($0) min" })
}
