#if canImport(Glibc)
import Glibc
#endif

/// One thing typed: a line, the end of input, or Ctrl-C.
public enum InputLine: Sendable, Hashable {
    /// A line without its newline.
    case line(String)
    /// End of input: Ctrl-D, or the end of a pipe.
    case endOfInput
    /// Ctrl-C (SIGINT) arrived while waiting or since the last read.
    case interrupted
}

/// Where typed lines come from: standard input, or a script in tests.
public protocol LineSource: AnyObject, Sendable {
    /// The next line, end of input, or an interruption.
    func next() -> InputLine
}

/// Standard input read with `read(2)`, waiting with `poll(2)` on both it and the interrupt pipe, so Ctrl-C is handled
/// on the main thread between two reads and never tears a write in progress.
public final class StandardInput: LineSource, @unchecked Sendable {
    private let interrupts: InterruptMonitor?
    private var buffer: [UInt8] = []
    private var isAtEnd = false

    /// Creates a reader of file descriptor 0; with a monitor, Ctrl-C is reported as `.interrupted`.
    public init(interrupts: InterruptMonitor?) {
        self.interrupts = interrupts
    }

    public func next() -> InputLine {
        while true {
            if interrupts?.takeInterrupt() == true { return .interrupted }
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = decode(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return .line(line)
            }
            if isAtEnd {
                guard !buffer.isEmpty else { return .endOfInput }
                let line = decode(buffer[...])
                buffer.removeAll()
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
                isAtEnd = true
            } else {
                buffer.append(contentsOf: chunk[0..<count])
            }
        }
    }

    private func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        return text
    }
}

/// A fixed list of lines, then end of input; `nil` entries stand for Ctrl-C.
public final class ScriptedInput: LineSource, @unchecked Sendable {
    private var lines: [String?]

    /// Creates input from lines; a nil line is an interruption.
    public init(_ lines: [String?]) {
        self.lines = lines
    }

    /// Creates input from text, split at newlines (a final newline adds no empty line).
    public convenience init(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        self.init(lines)
    }

    public func next() -> InputLine {
        guard !lines.isEmpty else { return .endOfInput }
        return lines.removeFirst().map(InputLine.line) ?? .interrupted
    }
}
