import Testing

@testable import QuizKit

/// Anki fields as the editor writes them, read into the answer markup, and cloze deletions as Anki's parser reads
/// them; inputs and expected texts inline.
@Suite struct AnkiFieldTests {
    static func html(_ field: String) -> String { AnkiFieldText(field: field, isHTML: true).text }

    @Test(arguments: [
        ("<div>a</div><div>b</div>", "a\n\nb"),
        ("one<br>two<br/><br>three", "one\n\ntwo\n\nthree"),
        ("<p>Para</p><p>Next &amp; last</p>", "Para\n\nNext & last"),
        ("a  \n  b\t c", "a b c"),
        ("x&nbsp;&nbsp;y", "x  y"),
        ("a < b and c > d", "a < b and c > d"),
        ("<b>bold</b> <i>it</i> <span style=\"color:red\">red</span>", "bold it red"),
        ("<style>.x{}</style><script>alert(1)</script><!-- note -->kept", "kept"),
        ("<ol start=\"3\"><li>c</li><li>d<ol><li>d1</li></ol></li></ol>", "3. c\n4. d\n  1. d1"),
        ("<ul><li>a<br>still a</li></ul>after", "- a\n  still a\n\nafter"),
        ("Use <code>x.eval()</code> now", "Use `x.eval()` now"),
        ("<pre>\n  indented\n\tTab\n</pre>", "```\n  indented\n    Tab\n```"),
        ("<pre><code>```\nfence inside\n```</code></pre>", "````\n```\nfence inside\n```\n````"),
        ("<img src=\"a&amp;b.png\" alt='x'> caption", "[image a&b.png omitted] caption"),
        ("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a | b\n\nc"),
        ("&lambda;&#x3bb;&#955; &notin &copy2024", "λλλ ¬in ©2024"),
    ])
    func htmlBecomesTheLinesItShows(field: String, expected: String) {
        #expect(Self.html(field) == expected)
    }

    @Test func soundsAndImagesAreCollected() {
        let field = AnkiFieldText(
            field: "Hear [sound:a b.mp3]<img src=x.png><audio src=\"c.ogg\"></audio>", isHTML: true)
        #expect(field.text == "Hear [image x.png omitted]")
        #expect(field.images == ["x.png"])
        #expect(field.sounds == ["a b.mp3", "c.ogg"])
        #expect(!field.isOnlyImages)
        #expect(AnkiFieldText(field: "<div><img src=\"h.png\"></div>&nbsp;", isHTML: true).isOnlyImages)
    }

    @Test func plainFieldsKeepTheirLinesAndDecodeReferences() {
        // Anki's exporter leaves references undecoded in a plain export when a field has a name its decoder lacks.
        #expect(AnkiFieldText(field: "a <b>\n&minus;1\n- item", isHTML: false).text == "a <b>\n\n−1\n\n- item")
    }

    @Test(arguments: [
        ("Plain line", true, "Plain line"), ("Plain line", false, "Plain line"), ("", true, ""),
        (" lead", true, "lead"), ("trail ", false, "trail"), ("a  b", true, "a b"), ("a  b", false, "a  b"),
        ("a\tb", true, "a b"), ("- item", false, "- item"), ("  - item", false, "  - item"), ("x [y]", true, "x [y]"),
        ("é  x", true, "é x"), ("a&lt;b", false, "a<b"), ("s[sound:a.mp3]", false, "s"),
    ])
    func oneLineFieldsReadFastReadAsTheFullRulesReadThem(field: String, isHTML: Bool, expected: String) {
        #expect(AnkiFieldText(field: field, isHTML: isHTML).text == expected)
    }

    // MARK: Cloze

    @Test func eachClozeNumberIsOneCardWithItsDeletionsBlanked() throws {
        let cloze = try #require(AnkiCloze("{{c1::Adam}} uses {{c2::momentum::what?}} and {{c1,2::bias correction}}."))
        #expect(cloze.numbers == [1, 2])
        #expect(cloze.question(for: 1) == "[…] uses momentum and […].")
        #expect(cloze.answers(for: 1) == ["Adam", "bias correction"])
        #expect(cloze.question(for: 2) == "Adam uses [what?] and […].")
        #expect(cloze.answers(for: 2) == ["momentum", "bias correction"])
    }

    @Test func nestedDeletionsShowAsAnkiShowsThem() throws {
        let cloze = try #require(AnkiCloze("{{c1::Batch {{c2::normal::N}}ization}} helps"))
        #expect(cloze.question(for: 1) == "[…] helps")
        #expect(cloze.answers(for: 1) == ["Batch normalization"])
        #expect(cloze.question(for: 2) == "Batch [N]ization helps")
    }

    @Test func textThatIsNotAClozeIsLeftAlone() {
        #expect(AnkiCloze("{{c::x}} {{cx::y}} {{c1:z}} }} plain") == nil)
        #expect(AnkiCloze("{{c0::zero}}") == nil)
        let unclosed = AnkiCloze("{{c1::shown}} and {{c2::never closed")
        #expect(unclosed?.numbers == [1])
        #expect(unclosed?.question(for: 1) == "[…] and never closed")
        #expect(AnkiCloze("a }} b {{c3::c}}")?.question(for: 3) == "a }} b […]")
        #expect(AnkiCloze("{{c1::image-occlusion:rect:left=.1}}")?.isImageOcclusion == true)
    }

    @Test func theIssuesClozeNoteWithAnEmptyBackExtraImports() throws {
        let text =
            "#separator:tab\n#html:true\n#notetype column:1\nCloze\tThe capital of France is {{c1::Paris::city}}.\t\n"
        let deck = try AnkiTextImporter().deck(from: Array(text.utf8), source: "n.txt")
        #expect(deck.questions.map(\.question) == [LocalizedText("The capital of France is [city].")])
        #expect(deck.questions.map(\.answer) == [LocalizedText("Paris")])
        #expect(deck.questions[0].details == nil)
    }

    // MARK: Header and guesses

    @Test func headerValuesAreCutAsAnkiCutsThem() {
        var header = AnkiHeader()
        _ = header.read(
            Array("#separator:tab\t\t\n#html:true;;\n#guid column:1\t\n#Deck:ML::Basics\n#notetype:Cloze\nx".utf8))
        #expect(header.separator == 0x09)
        #expect(header.isHTML == true)
        #expect(header.guidColumn == 1)
        #expect(header.deckName == "ML::Basics")
        #expect(header.notetypeName == "Cloze")
        header = AnkiHeader()
        _ = header.read(Array("#separator:,\nx".utf8))
        #expect(header.separator == UInt8(ascii: ","))
    }

    @Test func withoutAnHTMLLineTagsInTheFirstFiveNotesMakeItHTML() throws {
        let tagged = try AnkiTextImporter().deck(from: Array("Q\t<b>A</b> &amp; more<br>line\n".utf8), source: "n")
        #expect(tagged.questions[0].answer == LocalizedText("A & more\n\nline"))
        let sixth = (1...5).map { "Q\($0)\tA" }.joined(separator: "\n") + "\nQ6\t<b>A</b>\n"
        let plain = try AnkiTextImporter().deck(from: Array(sixth.utf8), source: "n")
        #expect(plain.questions[5].answer == LocalizedText("<b>A</b>"))
    }

    @Test func topicTagsKeepTheirNamesInAnyScript() throws {
        let text = "#separator:tab\n#tags column:3\nQ1\tA\ttopic::数学\nQ2\tA\ttopic::Élan\nQ3\tA\ttopic::応用\n"
        let deck = try AnkiTextImporter().deck(from: Array(text.utf8), source: "n")
        let names = Dictionary(uniqueKeysWithValues: deck.topicNames.map { ($0.topic, $0.name.text(in: "en")) })
        #expect(deck.questions.map { names[$0.topic] } == ["数学", "Élan", "応用"])
        #expect(deck.questions[1].topic == "elan")
        #expect(Set(deck.questions.map(\.topic)).count == 3)
        #expect(deck.questions.allSatisfy { isKebabCase($0.topic) })
    }
}
