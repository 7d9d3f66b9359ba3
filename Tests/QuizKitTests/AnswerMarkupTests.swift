import QuizTestSupport
import Testing

@testable import QuizKit

/// The answer markup as people write it in Markdown: nested lists (by tabs or spaces) and fenced code blocks, kept as
/// written in every output.
@Suite struct AnswerMarkupTests {
    @Test func aTabIndentedItemNestsUnderTheItemAbove() {
        let blocks = AnswerMarkup.blocks(from: "- optimizers\n\t- SGD\n\t- Adam\n- schedules")
        #expect(
            blocks == [
                .bulletList([ListItem(text: "optimizers", children: [.bulletList(["SGD", "Adam"])]), "schedules"])
            ])
    }

    @Test(arguments: ["  ", "   ", "    ", "\t"])
    func aNestedNumberedListKeepsItsOwnNumbers(indent: String) {
        let blocks = AnswerMarkup.blocks(from: "1. forward\n\(indent)1. embed\n\(indent)2. attend\n2. backward")
        #expect(
            blocks == [
                .numberedList(
                    start: 1,
                    items: [
                        ListItem(text: "forward", children: [.numberedList(start: 1, items: ["embed", "attend"])]),
                        "backward",
                    ])
            ])
    }

    @Test func threeLevelsAndAReturnToTheMiddleOne() {
        let blocks = AnswerMarkup.blocks(from: "- a\n  - b\n    - c\n  - d\n- e\ncontinued")
        #expect(
            blocks == [
                .bulletList([
                    ListItem(
                        text: "a",
                        children: [
                            .bulletList([ListItem(text: "b", children: [.bulletList(["c"])]), "d"])
                        ]),
                    "e continued",
                ])
            ])
    }

    @Test func aBulletUnderANumberedItemIsItsOwnList() {
        let blocks = AnswerMarkup.blocks(from: "1. one\n   - detail\n2. two\n- after")
        #expect(
            blocks == [
                .numberedList(start: 1, items: [ListItem(text: "one", children: [.bulletList(["detail"])]), "two"]),
                .bulletList(["after"]),
            ])
    }

    @Test(arguments: ["```", "~~~", "````python"])
    func aFencedBlockKeepsItsLinesAndIndentation(fence: String) {
        let closing = String(fence.prefix { $0 == "`" || $0 == "~" })
        let text = "Code:\n\(fence)\ndef f(x):\n    return x  # keep\n\n- not a list\n\(closing)\nAfter."
        #expect(
            AnswerMarkup.blocks(from: text) == [
                .paragraph("Code:"), .code(["def f(x):", "    return x  # keep", "", "- not a list"]),
                .paragraph("After."),
            ])
    }

    @Test func anIndentedFenceLosesOnlyItsOwnIndentation() {
        #expect(AnswerMarkup.blocks(from: "  ```\n  a\n      b\n  ```") == [.code(["a", "    b"])])
        #expect(AnswerMarkup.blocks(from: "~~~\nnever closed\n```") == [.code(["never closed", "```"])])
    }

    @Test func theTerminalShowsNestingAndCode() {
        let lines = BlockLayout(width: 40, indent: "  ").lines(
            for: "1. forward\n\t1. embed\n2. back\n\n```\n  x = 1\n```")
        #expect(lines == ["  1. forward", "     1. embed", "  2. back", "", "    x = 1"])
    }

    @Test func htmlNestsListsInTheirItemsAndKeepsCode() {
        let html = HTMLMarkup.blocks("- a\n  1. b\n\n```\n<x> &\n  y\n```", separator: "")
        #expect(html == "<ul><li>a<ol><li>b</li></ol></li></ul><pre><code>&lt;x&gt; &amp;\n  y</code></pre>")
    }

    @Test func markdownIndentsNestedItemsToTheirParentsText() {
        let markdown = MarkdownMarkup.blocks("10. a\n\t1. b\n\t\t- c\n\n```\n``` inside\n```")
        #expect(markdown == "10. a\n    1. b\n       - c\n\n````\n``` inside\n````")
    }
}

extension AnswerMarkupTests {
    @Test func theAnkiExportKeepsATabIndentedItemNested() throws {
        var deck = try TestDecks.smallDeck()
        deck.questions[0].answer = LocalizedText("Steps:\n\n1. forward\n\t1. embed\n\t2. attend\n2. backward")
        let export = AnkiExporter(language: "en", keyPointsHeading: "Key points").export(deck)
        #expect(export.contains("<ol><li>forward<ol><li>embed</li><li>attend</li></ol></li><li>backward</li></ol>"))
    }
}

/// Web addresses in Markdown sheets and scorecards are autolinks, never escaped, so GitHub links to them exactly.
@Suite struct MarkdownLinkTests {
    @Test(arguments: [
        (
            "See https://en.wikipedia.org/wiki/Rectifier_(neural_networks).",
            "See <https://en.wikipedia.org/wiki/Rectifier_(neural_networks)>."
        ),
        ("(https://x.org/a_b_(c)) and https://x.org/*s*~t~", "(<https://x.org/a_b_(c)>) and <https://x.org/*s*~t>\\~"),
        ("q https://x.org/?a=1&b=[2]|3, then", "q <https://x.org/?a=1&b=[2]|3>, then"),
        ("www.example.com/_a_/ ok", "<http://www.example.com/_a_/> ok"),
        ("not_a_url https:// _alone_", "not_a_url https:// \\_alone\\_"),
    ])
    func addressesBecomeAutolinksAndTheRestIsEscaped(text: String, markdown: String) {
        #expect(MarkdownMarkup.inline(text) == markdown)
    }

    @Test func aPipeInAnAddressInATableCellIsEscapedForTheTable() {
        #expect(MarkdownMarkup.inline("https://x.org/a|b", inTableCell: true) == "<https://x.org/a\\|b>")
    }
}
