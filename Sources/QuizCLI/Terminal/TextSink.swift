import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Somewhere text is written: standard output, standard error, or a buffer in tests.
public protocol TextSink: AnyObject, Sendable {
    /// Writes text as is.
    func write(_ text: String)
    /// Pushes buffered text out, so a prompt is seen before the program waits for input.
    func flush()
}

extension TextSink {
    /// Writes text followed by a newline.
    public func line(_ text: String = "") {
        write(text + "\n")
    }
}

/// A C stream such as `stdout`, written with `fputs` and flushed with `fflush`.
public final class FileSink: TextSink, @unchecked Sendable {
    private let stream: UnsafeMutablePointer<FILE>?
    private let lock = Mutex(())

    /// Wraps a C stream; a nil stream (which `fdopen` returns on failure) discards everything.
    public init(_ stream: UnsafeMutablePointer<FILE>?) {
        self.stream = stream
    }

    /// Standard output (file descriptor 1).
    public static func standardOutput() -> FileSink { FileSink(fdopen(STDOUT_FILENO, "w")) }
    /// Standard error (file descriptor 2), unbuffered.
    public static func standardError() -> FileSink {
        let stream = fdopen(STDERR_FILENO, "w")!
        setvbuf(stream, nil, _IONBF, 0)
        return FileSink(stream)
    }

    public func write(_ text: String) {
        guard let stream else { return }
        lock.withLock { _ in _ = fputs(text, stream) }
    }

    public func flush() {
        guard let stream else { return }
        lock.withLock { _ in _ = fflush(stream) }
    }
}

/// Collects everything written, for tests and for rendering into a file.
public final class BufferSink: TextSink, Sendable {
    private let buffer = Mutex("")

    /// Creates an empty buffer.
    public init() {}

    /// Everything written so far.
    public var text: String {
        buffer.withLock { $0 }
    }

    public func write(_ text: String) {
        buffer.withLock { $0 += text }
    }

    public func flush() {}
}
