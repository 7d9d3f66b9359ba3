import QuizKit

extension CommandContext {
    /// Waits at a prompt for the next input, with the live title (if any) running only while waiting.
    ///
    /// Ends the prompt's line when the terminal did not: piped input is not echoed, and Ctrl-C or Ctrl-D leave the
    /// cursor after the prompt.
    func readAtPrompt(liveTitle: LiveTitle?) -> InputLine {
        let next = InterruptMonitor.handlingInterrupts { input.next() }
        liveTitle?.pause()
        if !terminal.isInputTerminal || !next.isLine { output.line() }
        return next
    }
}

extension InputLine {
    /// What a session is fed: a line, submitted text, the end of input (which submits what was typed, else ends), or
    /// an interruption (which ends without submitting; the caller reports it).
    var sessionInput: SessionInput {
        switch self {
        case .line(let text): .line(text)
        case .submitted(let text): .submit(text)
        case .endOfInput: .endOfInput
        case .interrupted: .interrupt
        }
    }
}

// MARK: - KernelColumns

/// The column count Linux keeps for a terminal while a line is typed in canonical mode.
///
/// The kernel counts every printable byte it writes as a column (it cannot know that escape sequences draw nothing)
/// and resets the count at each newline. When a line is edited, it uses that count modulo 8 to echo a Tab and to
/// erase one with Backspace. So a prompt or a title sequence whose bytes count differently, modulo 8, from the
/// columns it shows makes Backspace over a Tab leave the cursor in the wrong place. These helpers keep the two equal.
enum KernelColumns {
    /// The columns Linux's terminal output processing counts for these bytes: every byte that is not a control
    /// character (below 0x20, 0x7F, 0x80–0x9F), except UTF-8 continuation bytes when the terminal is in UTF-8 mode.
    static func counted(_ text: String, isUTF8: Bool) -> Int {
        text.utf8.filter { byte in
            let isControl = byte < 0x20 || (0x7F...0x9F).contains(byte)
            let isContinuation = isUTF8 && byte & 0xC0 == 0x80
            return !isControl && !isContinuation
        }.count
    }

    /// A styled prompt followed by as many SGR resets (`ESC [ m` counts 2, `ESC [ 0 m` counts 3) as it takes for the
    /// kernel to count, modulo 8, the columns the prompt shows. A prompt without escape sequences is returned as is.
    static func aligned(_ prompt: String, isUTF8: Bool = true) -> String {
        guard prompt.contains("\u{1B}") else { return prompt }
        let shown = DisplayWidth.of(TerminalText.unstyled(prompt))
        let missing = ((shown - counted(prompt, isUTF8: isUTF8)) % 8 + 8) % 8
        let resets = [
            "", "\u{1B}[0m\u{1B}[0m\u{1B}[0m", "\u{1B}[m", "\u{1B}[0m", "\u{1B}[m\u{1B}[m", "\u{1B}[m\u{1B}[0m",
            "\u{1B}[0m\u{1B}[0m", "\u{1B}[m\u{1B}[m\u{1B}[0m",
        ]
        return prompt + resets[missing]
    }
}
