import Testing

@testable import QuizKit

@Suite struct TextWrapperTests {
    @Test func wrapsLatinTextAtWordBoundaries() {
        let lines = TextWrapper(width: 20).wrap("The quick brown fox jumps over the lazy dog near the bank.")
        #expect(lines == ["The quick brown fox", "jumps over the lazy", "dog near the bank."])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
    }

    @Test func neverBreaksInsideALatinWordOrCodeSpan() {
        let lines = TextWrapper(width: 24).wrap("Call `model.eval()` before inference, always.")
        #expect(lines == ["Call `model.eval()`", "before inference,", "always."])
    }

    @Test func countsJapaneseAsTwoColumns() {
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("x̂") == 1)
        #expect(DisplayWidth.of("ａ") == 2)
        let lines = TextWrapper(width: 10).wrap("日本語の文章を折り返します")
        #expect(lines == ["日本語の文", "章を折り返", "します"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
    }

    @Test func keepsJapanesePunctuationOffTheStartOfALine() {
        // 。 must not begin a line, so it travels with the character before it.
        let lines = TextWrapper(width: 10).wrap("あいうえおかきくけ。こさし")
        #expect(lines.allSatisfy { !$0.hasPrefix("。") })
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
    }

    @Test func keepsLatinWordsWholeInsideJapaneseText() {
        let lines = TextWrapper(width: 16).wrap("学習率は最重要のhyperparameterです")
        #expect(lines.contains { $0.contains("hyperparameter") })
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 16 })
    }

    @Test func appliesAHangingIndent() {
        let lines = TextWrapper(width: 16).wrap("one two three four five", firstPrefix: "1. ", restPrefix: "   ")
        #expect(lines == ["1. one two three", "   four five"])
    }

    @Test func splitsAWordLongerThanTheLine() {
        let lines = TextWrapper(width: 10).wrap("supercalifragilisticexpialidocious")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
        #expect(lines.joined() == "supercalifragilisticexpialidocious")
    }

    @Test func laysOutParagraphsAndLists() {
        let lines = BlockLayout(width: 30, indent: "  ").lines(
            for: "First paragraph here.\n\n- item one\n- item two is longer than the width\n\n1. step\n2. step")
        #expect(lines == [
            "  First paragraph here.", "", "  - item one", "  - item two is longer than", "    the width", "",
            "  1. step", "  2. step",
        ])
    }

    @Test func parsesAnswerMarkup() {
        let blocks = AnswerMarkup.blocks(from: "Intro\nstill intro\n\n- a\n- b\ncontinued\n\n3. c\n4. d")
        #expect(blocks == [.paragraph("Intro still intro"), .bulletList(["a", "b continued"]), .numberedList(start: 3, items: ["c", "d"])])
        #expect(AnswerMarkup.spans(in: "use `x.eval()` now") == [.text("use "), .code("x.eval()"), .text(" now")])
        #expect(AnswerMarkup.spans(in: "a ` b") == [.text("a ` b")])
    }

    @Test func showsTerminalEscapesInUntrustedTextInsteadOfSendingThem() {
        let hostile = "ok\u{1B}]0;owned\u{07} \u{1B}[31mred\u{1B}[0m\u{08}\u{202E}x\ttab\r\nnext\rover\u{85}\u{2069}"
        #expect(TerminalText.sanitized(hostile) == #"ok\u{1B}]0;owned\u{7} \u{1B}[31mred\u{1B}[0m\u{8}\u{202E}x tab"# + "\n" + #"next\rover\u{85}\u{2069}"#)
        #expect(TerminalText.sanitized("plain\ntext") == "plain\ntext")
    }

    @Test func unstyledRemovesOnlyColourSequences() {
        #expect(TerminalText.unstyled("\u{1B}[1m> \u{1B}[0m\u{1B}[m") == "> ")
        #expect(TerminalText.unstyled("a\u{1B}[38;5;208mb") == "ab")
    }

    /// Widths as terminals draw emoji sequences (kitty, WezTerm, GNOME Terminal and iTerm2 agree on these).
    @Test(arguments: [
        ("\u{2764}\u{FE0F}", 2),  // red heart with emoji presentation
        ("\u{2764}", 1),  // the same heart as text
        ("\u{231A}\u{FE0E}", 1),  // watch with text presentation
        ("1\u{FE0F}\u{20E3}", 2),  // keycap 1
        ("\u{1F1EF}\u{1F1F5}", 2),  // flag of Japan
        ("\u{1F469}\u{200D}\u{1F4BB}", 2),  // woman technologist (ZWJ sequence)
        ("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}", 2),  // family
        ("\u{1F44D}\u{1F3FD}", 2),  // thumbs up, medium skin tone
        ("\u{1F389}", 2),  // party popper
        ("e\u{301}", 1),  // e with a combining acute accent
        ("| \u{2764}\u{FE0F} | \u{1F1EF}\u{1F1F5} |", 11),
    ])
    func emojiSequencesTakeTheColumnsTerminalsDraw(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    /// A link or a path longer than the line stays whole, so it can still be clicked or copied; other long words are
    /// split.
    @Test func aLongLinkOrPathIsNeverBroken() {
        let url = "https://github.com/facebookresearch/faiss/wiki/Faiss-indexes"
        let lines = TextWrapper(width: 30).wrap("See " + url + " for the list.")
        #expect(lines == ["See", url, "for the list."])
        #expect(TextWrapper(width: 10).wrap("~/.local/share/dlquiz/interviews") == ["~/.local/share/dlquiz/interviews"])
        #expect(TextWrapper(width: 10).wrap(String(repeating: "x", count: 15)) == ["xxxxxxxxxx", "xxxxx"])
    }
}
