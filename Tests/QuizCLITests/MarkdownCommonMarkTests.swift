import Testing

@testable import QuizCLI
@testable import QuizKit

/// Markdown decks as CommonMark and GitHub read them (the failures issue 19 lists, and cases from the public bug
/// reports of obsidian-spaced-repetition and flashcards-obsidian): tilde fences, closing `#` sequences, headings
/// dlquiz cannot read named with their line, strict language lines, front matter from other tools, and answers
/// written so that GitHub shows no line of them as a heading, a rule or a table.
@Suite struct MarkdownCommonMarkTests {
    static func deck(_ body: String, frontMatter: String = "") -> String {
        "---\nid: d\ntitle: D\nlanguages: [en]\n\(frontMatter)---\n\n" + body
    }

    static func read(_ text: String) throws -> Deck {
        try MarkdownDeckReader.read(bytes: Array(text.utf8), source: "d.md")
    }

    static func problems(_ text: String) -> [String] {
        MarkdownDeckDiagnosticsTests.problems(text)
    }

    static let question = "## q (t, difficulty 1, 2 min)\n\nQ?\n\n### Answer\n\n"

    // MARK: Reading

    @Test func tildeFencesAreFencesAroundATextAndInsideIt() throws {
        let whole = try Self.read(Self.deck(Self.question + "~~~text\n# not a heading\n```\n~~~\n"))
        #expect(whole.questions[0].answer == LocalizedText("# not a heading\n```"))
        let inside = try Self.read(Self.deck(Self.question + "Run it:\n\n~~~sh\n# a comment\n[en]\n~~~\n\nDone.\n"))
        #expect(inside.questions[0].answer == LocalizedText("Run it:\n\n~~~sh\n# a comment\n[en]\n~~~\n\nDone."))
    }

    @Test func codeSpansWithThreeBackticksOnOneLineAreNotFences() throws {
        // obsidian-spaced-repetition #973: "``` text ```" on one line is a code span.
        let deck = try Self.read(Self.deck(Self.question + "``` text ``` inline\n\n### Key points\n\n- a\n"))
        #expect(deck.questions[0].answer == LocalizedText("``` text ``` inline"))
        #expect(deck.questions[0].keyPoints == [LocalizedText("a")])
    }

    @Test func closingSequencesOnHeadingsAreNotPartOfThem() throws {
        let text = Self.deck(
            "## q (t, difficulty 1, 2 min) ##\n\nQ?\n\n### Answer ###\n\nA.\n\n### Key points #\n\n- a\n")
        let question = try #require(try Self.read(text).questions.first)
        #expect(
            question.id == "q" && question.answer == LocalizedText("A.") && question.keyPoints == [LocalizedText("a")])
    }

    @Test func aQuestionRightAfterTheFrontMatterIsRead() throws {
        // flashcards-obsidian #185: a heading just after the closing --- with no empty line.
        let deck = try Self.read("---\nid: d\ntitle: D\nlanguages: [en]\n---\n" + Self.question + "A.\n")
        #expect(deck.questions.map(\.id) == ["q"])
    }

    @Test func headingsDlquizCannotReadAreNamedWithTheirLine() {
        #expect(
            Self.problems(Self.deck("## q (t, difficulty 1, 2 min) #card\n\nQ?\n\n### Answer\n\nA.\n")) == [
                "7:31: q: unexpected '#card' after the heading's parentheses; dlquiz reads no tags there, so remove it"
            ])
        #expect(
            Self.problems(Self.deck("##dropout (t, difficulty 1, 2 min)\n\nQ?\n")) == [
                "7:1: a heading needs a space after its '#'s, as in '## id (topic, difficulty 1, 2 min)'; without one, GitHub and dlquiz read the line as text",
                "10:1: questions: the deck has no questions; add at least one ('## id (topic, difficulty 1, 2 min)')",
            ])
        #expect(
            Self.problems(Self.deck("  ## x (t, difficulty 1, 2 min)\n\nQ?\n")).first
                == "7:1: a heading starts at the beginning of its line; remove the blanks before the '#'s (GitHub shows this line as a heading, dlquiz does not read it as one)"
        )
        let inAnswer = Self.problems(Self.deck(Self.question + "A.\n\n  ## indented\n\n##dropout\n"))
        #expect(
            inAnswer == [
                "15:1: q.answer: a heading starts at the beginning of its line; remove the blanks before the '#'s (GitHub shows this line as a heading, dlquiz does not read it as one)",
                "17:1: q: a heading needs a space after its '#'s, as in '## id (topic, difficulty 1, 2 min)'; without one, GitHub and dlquiz read the line as text",
            ])
    }

    @Test func languageLinesAreStrict() {
        let bilingual = "---\nid: d\ntitle: D\nlanguages: [en, ja]\n---\n\n## q (t, difficulty 1, 2 min)\n\n"
        #expect(
            Self.problems(bilingual + "[EN]\nWhat?\n[JA]\n何？\n\n### Answer\n\nA.\n") == [
                "9:1: q.question: '[EN]' is not a language line; write the code in lowercase: [en]",
                "11:1: q.question: '[JA]' is not a language line; write the code in lowercase: [ja]",
            ])
        #expect(
            Self.problems(bilingual + "[en] What?\n\n### Answer\n\nA.\n") == [
                "9:1: q.question: text follows [en] on its line; put [en] on a line of its own, with the text on the lines below"
            ])
    }

    @Test func frontMatterFromOtherToolsIsKeptWithANote() throws {
        let frontMatter =
            "tags:\n  - ml\n  - \"#flashcards/test\"\naliases: [Dropout, DO]\ncssclasses:\n- wide\ndate: March 24, 2023\n"
        let result = try MarkdownDeckReader.readWithNotes(
            bytes: Array(Self.deck(Self.question + "A.\n", frontMatter: frontMatter).utf8), source: "d.md")
        #expect(result.deck.questions.count == 1)
        #expect(
            result.warnings.map(\.testLine) == [
                "5:1: tags: the front-matter key 'tags' is kept for other tools; dlquiz does not read it",
                "8:1: aliases: the front-matter key 'aliases' is kept for other tools; dlquiz does not read it",
                "9:1: cssclasses: the front-matter key 'cssclasses' is kept for other tools; dlquiz does not read it",
                "11:1: date: the front-matter key 'date' is kept for other tools; dlquiz does not read it",
            ])
        // A key no known tool writes is still a mistake, with the closest key.
        #expect(
            Self.problems(Self.deck(Self.question + "A.\n", frontMatter: "titel: x\n")) == [
                "5:1: titel: unknown field \"titel\"; did you mean \"title\"?"
            ])
    }

    // MARK: Writing

    /// Answers that GitHub would show with a heading, a rule, a table or HTML if written as they are.
    static let awkwardAnswers = [
        "Title\n---\nbody", "a\n===", "Intro\n\n***\n\nOutro", "- - -", "a | b\n--|--\nc | d", "|:---|---:|",
        "  # indented heading", "   ### three spaces", "<div>raw</div>", "x\n-", "```\nopened only", "~~~\ncode\n~~~",
        "[EN]\nshout", "[en] inline", "A\n\n  ## x",
    ]

    @Test(arguments: awkwardAnswers)
    func anAwkwardAnswerIsFencedAndReadsBack(answer: String) throws {
        var deck = try Self.read(Self.deck(Self.question + "A.\n"))
        deck.questions[0].answer = LocalizedText(answer)
        let written = MarkdownDeckWriter().write(deck)
        #expect(try Self.read(written) == deck)
        #expect(!MarkdownDeckSyntax.isPlainBody(answer))
    }

    @Test func codeBlocksInsideAnAnswerStayCodeBlocksWhenWritten() throws {
        let answer = "Config:\n\n```yaml\n---\n# comment\n[en]\n---\n```\n\n- then\n\t- nested"
        #expect(MarkdownDeckSyntax.isPlainBody(answer))
        var deck = try Self.read(Self.deck(Self.question + "A.\n"))
        deck.questions[0].answer = LocalizedText(answer)
        let written = MarkdownDeckWriter().write(deck)
        #expect(written.contains("### Answer\n\nConfig:\n\n```yaml\n"))
        #expect(try Self.read(written) == deck)
    }

    @Test(arguments: ["# heading", "---", "- item", "1. item", "* star", "+ plus", "```", "| --- |"])
    func anItemThatWouldReadAsMarkupIsQuoted(point: String) throws {
        var deck = try Self.read(Self.deck(Self.question + "A.\n"))
        deck.questions[0].keyPoints = [LocalizedText(point)]
        let written = MarkdownDeckWriter().write(deck)
        #expect(written.contains("- " + MarkdownDeckSyntax.quoted(point) + "\n"))
        #expect(try Self.read(written) == deck)
    }
}
