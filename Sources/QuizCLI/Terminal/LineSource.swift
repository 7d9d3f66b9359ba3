import QuizKit

#if canImport(Glibc)
    import Glibc
#endif

/// One thing typed: a line, text ended by Ctrl-D, the end of input, or Ctrl-C.
package enum InputLine: Sendable, Hashable {
    /// A line without its newline; a bracketed paste on a terminal is one line holding the paste's newlines.
    case line(String)
    /// Text typed on a terminal and ended by Ctrl-D instead of Enter (a shell would run it): submit it.
    case submitted(String)
    /// End of input: Ctrl-D, or the end of a pipe.
    case endOfInput
    /// Ctrl-C (SIGINT) arrived while waiting or since the last read.
    case interrupted
}

/// Where typed lines come from: standard input, or a script in tests.
package protocol LineSource: AnyObject, Sendable {
    /// The next line, end of input, or an interruption.
    func next() -> InputLine

    /// Everything left to read, as bytes, or nil when there is more than `limit` bytes (reading stops there).
    func remainingBytes(limit: Int) -> [UInt8]?
}

extension LineSource {
    /// The lines left, joined with line feeds (what a script of lines holds).
    package func remainingBytes(limit: Int) -> [UInt8]? {
        var bytes: [UInt8] = []
        while case .line(let line) = next() {
            bytes += line.utf8
            bytes.append(0x0A)
            if bytes.count > limit { return nil }
        }
        return bytes
    }
}

/// Standard input read with `read(2)`, waiting with `poll(2)` on both it and the interrupt pipe, so Ctrl-C is handled
/// on the main thread between two reads and never tears a write in progress.
///
/// Reading is linear in the input: each byte is searched for a newline once (a 50 MB pasted line is one scan, not
/// one per read), and consumed lines are dropped in bulk rather than one removal per line.
///
/// On a terminal two more things are read. A bracketed paste (`ESC[200~` … `ESC[201~`, sent while `TerminalMode` has
/// switched it on) is one line, whatever newlines and blank lines it holds. A read that ends without a newline is
/// Ctrl-D after typing (the terminal hands over the line so far): it comes back as `.submitted`. A read of nothing is
/// Ctrl-D on an empty line: `.endOfInput` for this prompt, not for good, since a terminal can still be typed on.
final class StandardInput: LineSource, @unchecked Sendable {
    private let interrupts: InterruptMonitor?
    private let isTerminal: Bool
    /// Whether the last read on a terminal ended without a newline: Ctrl-D after typing.
    private var endsWithSubmit = false
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts.
    private var start = 0
    /// Bytes before this index (from `start`) hold no newline.
    private var scanned = 0
    private var isAtEnd = false
    /// The longest line read: 64 MiB, as much as a deck file may hold. Past it, the input ends.
    static let lineLimit = 64 << 20

    /// Creates a reader of file descriptor 0; with a monitor, Ctrl-C is reported as `.interrupted`.
    package init(interrupts: InterruptMonitor?) {
        self.interrupts = interrupts
        self.isTerminal = isatty(STDIN_FILENO) == 1
    }

    package func next() -> InputLine {
        BracketedPaste.join(nextRead(), then: nextRead)
    }

    private func nextRead() -> InputLine {
        while true {
            if interrupts?.takeInterrupt() == true { return .interrupted }
            if let newline = Self.firstNewline(in: buffer, from: max(start, scanned)) {
                let line = decode(buffer[start..<newline])
                consume(upTo: newline + 1)
                return .line(line)
            }
            scanned = buffer.count
            if buffer.count - start > Self.lineLimit {
                // A line that runs on past 64 MiB (`< /dev/zero`) is not typed text: take it, then stop reading.
                isAtEnd = true
                let line = decode(buffer[start...])
                consume(upTo: buffer.count)
                return .line(line)
            }
            if endsWithSubmit && start < buffer.count {
                endsWithSubmit = false
                let text = decode(buffer[start...])
                consume(upTo: buffer.count)
                return .submitted(text)
            }
            if isAtEnd {
                guard start < buffer.count else { return .endOfInput }
                let line = decode(buffer[start...])
                consume(upTo: buffer.count)
                return .line(line)
            }
            var descriptors = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
            if let pipe = interrupts?.readDescriptor {
                descriptors.append(pollfd(fd: pipe, events: Int16(POLLIN), revents: 0))
            }
            let ready = poll(&descriptors, nfds_t(descriptors.count), -1)
            if ready < 0 { continue }  // EINTR: the loop checks for an interrupt first.
            if descriptors.count > 1, descriptors[1].revents != 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = read(STDIN_FILENO, &chunk, chunk.count)
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                isAtEnd = true
            } else if count == 0 {
                // On a terminal, Ctrl-D on an empty line: the end of this input only. The user may go on typing
                // (the quiz submits the answer typed so far and asks for its key points), so nothing is latched.
                guard isTerminal else {
                    isAtEnd = true
                    continue
                }
                guard start < buffer.count else { return .endOfInput }
                let text = decode(buffer[start...])
                consume(upTo: buffer.count)
                return .submitted(text)
            } else {
                buffer.append(contentsOf: chunk[0..<count])
                endsWithSubmit = isTerminal && chunk[count - 1] != 0x0A
            }
        }
    }

    /// The raw bytes left on standard input, never decoded (so an encoding check sees them as they are), at most
    /// `limit`: `convert - OUT < /dev/zero` stops there.
    package func remainingBytes(limit: Int) -> [UInt8]? {
        var bytes = Array(buffer[start...])
        consume(upTo: buffer.count)
        guard bytes.count <= limit else { return nil }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while !isAtEnd {
            let count = read(STDIN_FILENO, &chunk, chunk.count)
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                break
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { return nil }
        }
        return bytes
    }

    /// The index of the first line feed at or after `from`, found with `memchr`.
    private static func firstNewline(in buffer: [UInt8], from: Int) -> Int? {
        guard from < buffer.count else { return nil }
        return buffer.withUnsafeBytes { raw in
            memchr(raw.baseAddress! + from, 0x0A, raw.count - from).map {
                raw.baseAddress!.distance(to: UnsafeRawPointer($0))
            }
        }
    }

    /// Marks the bytes before `end` as read; drops them once they are most of the buffer.
    private func consume(upTo end: Int) {
        start = end
        scanned = max(scanned, end)
        if start == buffer.count {
            // A huge paste's buffer is given back; an ordinary one is kept for the next line.
            buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
            start = 0
            scanned = 0
        } else if start > 65_536 && start > buffer.count / 2 {
            buffer.removeSubrange(..<start)
            scanned -= start
            start = 0
        }
    }

    private func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        return text
    }
}

/// A fixed list of lines, then end of input; `nil` entries stand for Ctrl-C.
final class ScriptedInput: LineSource, @unchecked Sendable {
    private var inputs: [InputLine]

    /// Creates input from lines; a nil line is an interruption.
    package init(_ lines: [String?]) {
        self.inputs = lines.map { $0.map(InputLine.line) ?? .interrupted }
    }

    /// Creates input from what a terminal would deliver, lines holding bracketed-paste markers included.
    package init(terminal inputs: [InputLine]) {
        self.inputs = inputs
    }

    package func next() -> InputLine {
        guard !inputs.isEmpty else { return .endOfInput }
        return BracketedPaste.join(inputs.removeFirst()) {
            self.inputs.isEmpty ? .endOfInput : self.inputs.removeFirst()
        }
    }
}

// MARK: - Bracketed paste

/// Joins the lines of a bracketed paste into one: from the line holding `ESC[200~` to the one holding `ESC[201~`,
/// markers removed, newlines kept; text typed after the paste on its last line stays with it.
enum BracketedPaste {
    static let start = "\u{1B}[200~"
    static let end = "\u{1B}[201~"

    /// `first`, or when it opens a paste, the whole paste read with `next`. An interruption or the end of input in
    /// the middle of a paste returns the paste so far (submitted) and drops what ended it only when nothing was
    /// pasted.
    static func join(_ first: InputLine, then next: () -> InputLine) -> InputLine {
        guard case .line(let line) = first, let opened = split(line, at: start) else { return first }
        // Each line is searched for the end marker once, as it arrives: a paste of a million lines stays linear.
        if let closed = split(opened.after, at: end) { return .line(opened.before + closed.before + closed.after) }
        var text = opened.before + opened.after
        var isSubmitted = false
        while true {
            let more: String
            switch next() {
            case .line(let line): more = line
            case .submitted(let line):
                more = line
                isSubmitted = true
            case .endOfInput, .interrupted:
                return .submitted(text)
            }
            text += "\n"
            if let closed = split(more, at: end) {
                text += closed.before + closed.after
                return isSubmitted ? .submitted(text) : .line(text)
            }
            text += more
        }
    }

    /// The text before and after the first `marker`, or nil without one.
    static func split(_ text: String, at marker: String) -> (before: String, after: String)? {
        guard TypedText.contains(0x1B, in: text) else { return nil }
        let bytes = Array(text.utf8)
        let pattern = Array(marker.utf8)
        guard bytes.count >= pattern.count else { return nil }
        for index in 0...(bytes.count - pattern.count) where bytes[index] == pattern[0] {
            if Array(bytes[index..<(index + pattern.count)]) == pattern {
                return (
                    String(decoding: bytes[..<index], as: UTF8.self),
                    String(decoding: bytes[(index + pattern.count)...], as: UTF8.self)
                )
            }
        }
        return nil
    }
}
