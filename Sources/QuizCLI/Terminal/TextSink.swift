import QuizKit
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Somewhere text is written: standard output, standard error, or a buffer in tests.
///
/// A command's `output` and `errorOutput` are `FittingSink`s: `write` and `line` fit every line to the terminal's
/// width, so every message, warning, confirmation and prompt is wrapped on its way out; `write(verbatim:)` is for
/// what must reach its reader byte for byte (documents, JSON, scripts, the manual page, escape sequences).
package protocol TextSink: AnyObject, Sendable {
    /// Writes text (fitted to the width by a `FittingSink`, as is by the others).
    func write(_ text: String)
    /// Writes text exactly as it is, never rewrapped: a document, JSON, a script, a control sequence.
    func write(verbatim text: String)
    /// Pushes buffered text out, so a prompt is seen before the program waits for input.
    func flush()
    /// The `errno` of the first write or flush that failed (`ENOSPC` for a full disk, `EBADF` for a closed
    /// descriptor), or nil while every write succeeded.
    var writeError: Int32? { get }
}

extension TextSink {
    /// Writes text followed by a newline.
    package func line(_ text: String = "") {
        write(text + "\n")
    }

    /// Sinks that never rewrap write verbatim text as any other.
    package func write(verbatim text: String) {
        write(text)
    }
}

// MARK: - FittingSink

/// A sink that fits every line written through `write` or `line` to the width (`LineFitter`: lines that fit pass
/// unchanged, longer ones wrap between words, keeping their indent) before handing it on; `write(verbatim:)` passes
/// text through untouched. `CommandContext` puts one in front of standard output and standard error, so the one
/// wrapping path cannot be skipped by a new message.
final class FittingSink: TextSink, @unchecked Sendable {
    /// The sink written to.
    let destination: any TextSink
    private let measureWidth: @Sendable () -> Int
    private let fitter: Mutex<LineFitter>

    /// Fits text for `destination` at the width `measureWidth` gives at each write (a resized window counts from
    /// the next write on).
    init(_ destination: any TextSink, width measureWidth: @escaping @Sendable () -> Int) {
        self.destination = destination
        self.measureWidth = measureWidth
        self.fitter = Mutex(LineFitter(width: measureWidth()))
    }

    /// `sink` itself when it already fits text, else a fitting sink in front of it.
    static func fitting(_ sink: any TextSink, width: @escaping @Sendable () -> Int) -> any TextSink {
        sink is FittingSink ? sink : FittingSink(sink, width: width)
    }

    func write(_ text: String) {
        let width = measureWidth()
        let fitted = fitter.withLock { fitter in
            fitter.width = max(10, width)
            return fitter.fit(text)
        }
        destination.write(fitted)
    }

    func write(verbatim text: String) {
        destination.write(verbatim: text)
    }

    func flush() { destination.flush() }

    var writeError: Int32? { destination.writeError }
}

/// A C stream such as `stdout`, written with `fputs` and flushed with `fflush`.
///
/// Every failed write or flush is remembered (the first `errno`), so the program can report a full disk or a
/// closed descriptor and exit non-zero instead of claiming success. A stream that could not be opened (standard
/// output or error closed with `>&-`) discards what is written and reports `EBADF`; it never crashes.
final class FileSink: TextSink, @unchecked Sendable {
    private let stream: UnsafeMutablePointer<FILE>?
    private let state = Mutex<Int32?>(nil)
    /// Whether every write is made safe for a terminal first (`UntrustedText.message`): standard error, which only
    /// carries messages, so no quoted file name or value can send an escape sequence, whichever message forgot it.
    private let showsControls: Bool

    /// Wraps a C stream; a nil stream (which `fdopen` returns on failure) discards everything.
    package init(_ stream: UnsafeMutablePointer<FILE>?, showsControls: Bool = false) {
        self.stream = stream
        self.showsControls = showsControls
    }

    /// Standard output (file descriptor 1).
    static func standardOutput() -> FileSink { FileSink(fdopen(STDOUT_FILENO, "w")) }
    /// Standard error (file descriptor 2), unbuffered.
    static func standardError() -> FileSink {
        let stream = fdopen(STDERR_FILENO, "w")
        if let stream { setvbuf(stream, nil, _IONBF, 0) }
        return FileSink(stream, showsControls: true)
    }

    var writeError: Int32? { state.withLock { $0 } }

    package func write(_ text: String) {
        let text = showsControls ? UntrustedText.message(text) : text
        state.withLock { failure in
            guard let stream else {
                if failure == nil { failure = EBADF }
                return
            }
            if fputs(text, stream) == EOF, failure == nil { failure = errno }
        }
    }

    func flush() {
        state.withLock { failure in
            guard let stream else { return }
            if fflush(stream) == EOF, failure == nil { failure = errno }
        }
    }
}

/// Collects everything written, for tests and for rendering into a file.
final class BufferSink: TextSink, Sendable {
    private let buffer = Mutex("")

    /// Creates an empty buffer.
    package init() {}

    /// Everything written so far.
    package var text: String {
        buffer.withLock { $0 }
    }

    package func write(_ text: String) {
        buffer.withLock { $0 += text }
    }

    func flush() {}

    var writeError: Int32? { nil }
}
