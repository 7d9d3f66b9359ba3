import QuizKit

extension CommandContext {
    /// Waits at a prompt for the next input, with the live title (if any) running only while waiting.
    ///
    /// Ends the prompt's line when the terminal did not: piped input is not echoed, and Ctrl-C or Ctrl-D leave the
    /// cursor after the prompt.
    func readAtPrompt(liveTitle: LiveTitle?) -> InputLine {
        let next = input.next()
        liveTitle?.pause()
        if !terminal.isInputTerminal || !next.isLine { output.line() }
        return next
    }
}

extension InputLine {
    /// What a session is fed: a line, submitted text, or the end for both Ctrl-D and Ctrl-C (the caller reports the
    /// interruption).
    var sessionInput: SessionInput {
        switch self {
        case .line(let text): .line(text)
        case .submitted(let text): .submit(text)
        case .endOfInput, .interrupted: .endOfInput
        }
    }
}
