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

    @Test func aNoBreakSpaceKeepsItsNeighboursOnOneLineAndIsWrittenAsASpace() {
        let lines = TextWrapper(width: 24).wrap("Press Enter to accept (1\u{00A0}4\u{00A0}6\u{00A0}7) now.")
        #expect(lines == ["Press Enter to accept", "(1 4 6 7) now."])
        #expect(!lines.joined().contains("\u{00A0}"))
        let japanese = TextWrapper(width: 20).wrap("回答から読み取ったポイント: 1\u{00A0}3\u{00A0}4。")
        #expect(japanese.contains { $0.contains("1 3 4") })
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
        #expect(
            lines == [
                "  First paragraph here.", "", "  - item one", "  - item two is longer than", "    the width", "",
                "  1. step", "  2. step",
            ])
    }

    @Test func parsesAnswerMarkup() {
        let blocks = AnswerMarkup.blocks(from: "Intro\nstill intro\n\n- a\n- b\ncontinued\n\n3. c\n4. d")
        #expect(
            blocks == [
                .paragraph("Intro still intro"), .bulletList(["a", "b continued"]),
                .numberedList(start: 3, items: ["c", "d"]),
            ])
        #expect(AnswerMarkup.spans(in: "use `x.eval()` now") == [.text("use "), .code("x.eval()"), .text(" now")])
        #expect(AnswerMarkup.spans(in: "a ` b") == [.text("a ` b")])
    }

    @Test func showsTerminalEscapesInUntrustedTextInsteadOfSendingThem() {
        let hostile = "ok\u{1B}]0;owned\u{07} \u{1B}[31mred\u{1B}[0m\u{08}\u{202E}x\ttab\r\nnext\rover\u{85}\u{2069}"
        #expect(
            TerminalText.sanitized(hostile) == #"ok\u{1B}]0;owned\u{7} \u{1B}[31mred\u{1B}[0m\u{8}\u{202E}x tab"# + "\n"
                + #"next\rover\u{85}\u{2069}"#)
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

    /// A link longer than the line stays whole, so it can still be clicked; a path breaks only after a `/` (its
    /// leading `~/` stays with the folder after it); other long words are split.
    @Test func aLongLinkStaysWholeAndALongPathBreaksOnlyAfterASlash() {
        let url = "https://github.com/facebookresearch/faiss/wiki/Faiss-indexes"
        let lines = TextWrapper(width: 30).wrap("See " + url + " for the list.")
        #expect(lines == ["See", url, "for the list."])
        #expect(
            TextWrapper(width: 10).wrap("~/.local/share/dlquiz/interviews") == [
                "~/.local/", "share/", "dlquiz/", "interviews",
            ])
        // A path too long for any line starts where the line is, and never breaks as `…/2026-12` / `-07-…`.
        #expect(
            TextWrapper(width: 40).wrap("Scorecard: ~/.local/share/dlquiz/interviews/2026-12-07-ada-lovelace.md") == [
                "Scorecard: ~/.local/share/dlquiz/", "interviews/2026-12-07-ada-lovelace.md",
            ])
        // A path that fits on a line of its own moves there whole.
        #expect(
            TextWrapper(width: 40).wrap("Saved to ~/.local/state/dlquiz/progress.jsonl") == [
                "Saved to", "~/.local/state/dlquiz/progress.jsonl",
            ])
        #expect(TextWrapper(width: 10).wrap(String(repeating: "x", count: 15)) == ["xxxxxxxxxx", "xxxxx"])
    }

    @Test func aPathInJapaneseTextBreaksOnlyAfterASlash() {
        let lines = TextWrapper(width: 30).wrap("スコアカードを ~/.local/share/dlquiz/interviews/2026-12-07-ada.md に保存します。")
        #expect(lines == ["スコアカードを ~/.local/share/", "dlquiz/interviews/", "2026-12-07-ada.md に保存し", "ます。"])
    }

    // MARK: Lists of keys

    @Test(arguments: [
        (40, ["e editor · u undo · s skip · q quit ·", "? help"]),
        (30, ["e editor · u undo · s skip ·", "q quit · ? help"]),
        (14, ["e editor ·", "u undo ·", "s skip ·", "q quit ·", "? help"]),
    ])
    func keyHintsBreakOnlyBetweenItemsAndNeverStartALineWithTheSeparator(width: Int, expected: [String]) {
        #expect(TextWrapper(width: width).wrap("e editor · u undo · s skip · q quit · ? help") == expected)
    }

    @Test(arguments: [
        (40, ["e エディタ · u 取り消し · s スキップ ·", "q 終了 · ? ヘルプ"]),
        (20, ["e エディタ ·", "u 取り消し ·", "s スキップ ·", "q 終了 · ? ヘルプ"]),
    ])
    func japaneseKeyHintsKeepEachKeyWithItsLabel(width: Int, expected: [String]) {
        #expect(TextWrapper(width: width).wrap("e エディタ · u 取り消し · s スキップ · q 終了 · ? ヘルプ") == expected)
    }

    @Test func keysAfterASentenceStayWithTheirLabels() {
        let lines = TextWrapper(width: 40).wrap(
            "Answer as in an interview: type and finish with an empty line, or press Enter to answer aloud. e editor · s skip · q quit"
        )
        #expect(
            lines == [
                "Answer as in an interview: type and", "finish with an empty line, or press",
                "Enter to answer aloud. e editor ·",
                "s skip · q quit",
            ])
        let japanese = TextWrapper(width: 34).wrap("うまく答えられましたか？ y はい · n いいえ · s スキップ · q 終了")
        #expect(japanese == ["うまく答えられましたか？ y はい ·", "n いいえ · s スキップ · q 終了"])
    }

    @Test func anItemLongerThanALineStillBreaksButKeepsItsKey() {
        let lines = TextWrapper(width: 16).wrap("q quit · Enter accept the proposed grade now")
        #expect(lines == ["q quit ·", "Enter accept the", "proposed grade", "now"])
    }

    // MARK: Kinsoku and the last line

    @Test func aLastLineIsNeverOneJapaneseCharacterAlone() {
        // Without the rule: "ドロップアウトは推論時は何も変えませ" / "ん。".
        let lines = TextWrapper(width: 36).wrap("ドロップアウトは推論時は何も変えません。")
        #expect(lines == ["ドロップアウトは推論時は何も変えま", "せん。"])
        #expect(TextWrapper(width: 10).wrap("あいうえお。") == ["あいう", "えお。"])
        // Not after a space, and not in Latin text.
        #expect(TextWrapper(width: 16).wrap("これは次のとおり 値") == ["これは次のとおり", "値"])
        #expect(TextWrapper(width: 10).wrap("one two three a") == ["one two", "three a"])
    }

    @Test func noLineStartsWithClosingPunctuationOrEndsWithAnOpeningBracket() {
        for width in 10...30 {
            let lines = TextWrapper(width: width).wrap("値は「学習率」と呼ばれ、最も重要です（とくに Adam では）。次へ進みます。")
            for line in lines {
                #expect(!"、。」）".contains(line.first ?? " "), "at \(width): \(lines)")
                #expect(!"「（".contains(line.last ?? " "), "at \(width): \(lines)")
                #expect(DisplayWidth.of(line) <= width, "at \(width): \(lines)")
            }
        }
    }

    // MARK: Colours

    @Test func escapeSequencesTakeNoColumns() {
        let red = "\u{1B}[31m"
        let reset = "\u{1B}[0m"
        #expect(DisplayWidth.visible(red + "Error" + reset) == 5)
        let lines = TextWrapper(width: 12).wrap(red + "one two three four" + reset)
        #expect(lines == [red + "one two", "three four" + reset])
        #expect(lines.map(DisplayWidth.visible) == [7, 10])
    }
}

// MARK: - LineFitter

@Suite struct LineFitterTests {
    @Test func aLineThatFitsIsLeftExactlyAsItIs() {
        var fitter = LineFitter(width: 20)
        let table = "ID      TRIES  LAST\nbatch-norm  1  Good\n"
        #expect(fitter.fit(table) == table)
    }

    @Test func aLongerLineWrapsKeepingItsIndent() {
        var fitter = LineFitter(width: 24)
        #expect(
            fitter.fit("Error: The deck cannot be used: it has 2 problems.\n")
                == "Error: The deck cannot\nbe used: it has 2\nproblems.\n")
        // An item under a message continues two columns further in, so it does not read as the next item.
        #expect(
            fitter.fit("  deck.md:7:18: difficulty: expected 1 to 3\n")
                == "  deck.md:7:18:\n    difficulty: expected\n    1 to 3\n")
        #expect(fitter.fit("- first item of a list here") == "- first item of a list\n  here")
    }

    @Test func aPromptKeepsItsTrailingSpaceAndHasNoNewline() {
        var fitter = LineFitter(width: 20)
        #expect(fitter.fit("Type yes to continue and clear: ") == "Type yes to continue\nand clear: ")
    }

    @Test func aShellCommandWithContinuationsIsNeverRewrapped() {
        var fitter = LineFitter(width: 20)
        let command = "  dlquiz interview \\\n    --ids batch-normalization,imbalanced-data\n"
        #expect(fitter.fit(command) == command)
        // Also when the command comes a line at a time.
        var lineByLine = LineFitter(width: 20)
        #expect(
            lineByLine.fit("  dlquiz interview \\\n")
                + lineByLine.fit("    --ids batch-normalization,imbalanced-data\n") == command)
        #expect(lineByLine.fit("after the command, text wraps again\n") == "after the command,\ntext wraps again\n")
    }

    @Test func colouredTextIsMeasuredWithoutItsEscapes() {
        var fitter = LineFitter(width: 12)
        let dim = "\u{1B}[2m"
        let reset = "\u{1B}[0m"
        #expect(fitter.fit(dim + "twelve chars" + reset + "\n") == dim + "twelve chars" + reset + "\n")
        #expect(fitter.fit(dim + "  one two three" + reset) == dim + "  one two\n    three" + reset)
    }
}
