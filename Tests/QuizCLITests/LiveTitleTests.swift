import Foundation
import Testing

@testable import QuizCLI
@testable import QuizKit

/// The countdown in the terminal's title: sequences that leave the kernel's tab arithmetic intact.
@Suite struct LiveTitleTests {
    @Test(arguments: ["dlquiz: 2:35 left", "dlquiz: 0:12 over", "dlquiz: 残り 12:05", "dlquiz: 1:02:03 / 4:00", "", "x"])
    func everySequenceMovesTheKernelsColumnCountByAMultipleOfEight(title: String) {
        for isUTF8 in [true, false] {
            let sequence = LiveTitle.sequence(title: title, isUTF8: isUTF8)
            #expect(KernelColumns.counted(sequence, isUTF8: isUTF8) % 8 == 0, "\(title) \(isUTF8)")
            #expect(sequence.hasPrefix("\u{1B}]2;" + title))
            #expect(sequence.hasSuffix("\u{07}"))
        }
        for isUTF8 in [true, false] {
            for titleFirst in [true, false] {
                let padded = LiveTitle.padded("\u{1B}[22;0t", titleFirst: titleFirst, isUTF8: isUTF8)
                #expect(KernelColumns.counted(padded, isUTF8: isUTF8) % 8 == 0)
            }
        }
    }

    @Test func countsLikeLinuxOutputProcessing() {
        #expect(KernelColumns.counted("\u{1B}]2;ab\u{07}", isUTF8: true) == 5)
        // 残 is E6 AE 8B: in UTF-8 mode only the lead byte counts; otherwise 8B is a C1 control and does not.
        #expect(KernelColumns.counted("残", isUTF8: true) == 1)
        #expect(KernelColumns.counted("残", isUTF8: false) == 2)
        #expect(KernelColumns.counted("é", isUTF8: false) == 2)
        #expect(KernelColumns.counted("\t\u{7F}", isUTF8: true) == 0)
    }

    @Test func styledPromptsCountAsManyColumnsAsTheyShow() {
        let style = TextStyle(isEnabled: true)
        for prompt in [
            style.bold("> "), style.yellow("4:10 / 4:00 (+0:10)") + style.dim(" · 2/7") + style.bold(" > "),
            "0:00 / 3:00 · 0/6 > ", style.green("x"), style.dim("問題") + "> ",
        ] {
            let aligned = KernelColumns.aligned(prompt)
            #expect(
                KernelColumns.counted(aligned, isUTF8: true) % 8 == DisplayWidth.of(TerminalText.unstyled(prompt)) % 8,
                "\(prompt.debugDescription)")
            #expect(TerminalText.unstyled(aligned) == TerminalText.unstyled(prompt))
        }
        #expect(KernelColumns.aligned("plain > ") == "plain > ")
    }

    @Test func aTitleCannotCarryControlCharacters() {
        let sequence = LiveTitle.sequence(title: "a\u{07}b\u{1B}]0;evil\u{07}c\nd", isUTF8: true)
        #expect(sequence.filter { $0 == "\u{07}" }.count == 1)
        #expect(sequence.filter { $0 == "\u{1B}" }.count == 1)
        #expect(!sequence.contains("\n"))
    }

    @Test func pushesOnceShowsAndPopsOnRestore() {
        let sink = BufferSink()
        let title = LiveTitle(output: sink, clock: { Date(timeIntervalSince1970: 100) }, isUTF8: true)
        title.show(isRefreshing: false) { now in "t=\(Int(now.timeIntervalSince1970))" }
        title.pause()
        title.show(isRefreshing: false) { _ in "again" }
        let shown = sink.text
        #expect(shown.components(separatedBy: "\u{1B}[22;0t").count == 2, "pushed once")
        #expect(shown.contains("\u{1B}]2;t=100"))
        #expect(shown.contains("\u{1B}]2;again"))
        title.restore()
        #expect(sink.text.hasSuffix("\u{07}\u{1B}[23;0t"), "the pop comes last, so the old title stays")
        let afterRestore = sink.text
        title.restore()
        #expect(sink.text == afterRestore)
    }

    @Test func noTitleWithoutATerminal() {
        let context = CommandContext(
            arguments: [], environment: ["TERM": "xterm-256color"], input: ScriptedInput([]), output: BufferSink(),
            errorOutput: BufferSink(), terminal: .pipe)
        #expect(LiveTitle.make(for: context) == nil)
    }
}
