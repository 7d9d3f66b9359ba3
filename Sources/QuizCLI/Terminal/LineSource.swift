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
///
/// Reading is linear in the input: each byte is searched for a newline once (a 50 MB pasted line is one scan, not
/// one per read), and consumed lines are dropped in bulk rather than one removal per line.
public final class StandardInput: LineSource, @unchecked Sendable {
    private let interrupts: InterruptMonitor?
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts.
    private var start = 0
    /// Bytes before this index (from `start`) hold no newline.
    private var scanned = 0
    private var isAtEnd = false

    /// Creates a reader of file descriptor 0; with a monitor, Ctrl-C is reported as `.interrupted`.
    public init(interrupts: InterruptMonitor?) {
        self.interrupts = interrupts
    }

    public func next() -> InputLine {
        while true {
            if interrupts?.takeInterrupt() == true { return .interrupted }
            if let newline = buffer[max(start, scanned)...].firstIndex(of: 0x0A) {
                let line = decode(buffer[start..<newline])
                consume(upTo: newline + 1)
                return .line(line)
            }
            scanned = buffer.count
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
                isAtEnd = true
            } else {
                buffer.append(contentsOf: chunk[0..<count])
            }
        }
    }

    /// Marks the bytes before `end` as read; drops them once they are most of the buffer.
    private func consume(upTo end: Int) {
        start = end
        scanned = max(scanned, end)
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
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
public final class ScriptedInput: LineSource, @unchecked Sendable {
    private var lines: [String?]

    /// Creates input from lines; a nil line is an interruption.
    public init(_ lines: [String?]) {
        self.lines = lines
    }

    public func next() -> InputLine {
        guard !lines.isEmpty else { return .endOfInput }
        return lines.removeFirst().map(InputLine.line) ?? .interrupted
    }
}
