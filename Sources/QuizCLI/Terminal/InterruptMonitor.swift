import QuizStore

#if canImport(Glibc)
    import Glibc
#endif

/// The write end of the self-pipe, the only state a C signal handler can reach.
nonisolated(unsafe) private var interruptPipeWriteEnd: Int32 = -1
/// Whether Ctrl-C is to be handled by the program (a quiz, an interview, a prompt) rather than end it at once.
nonisolated(unsafe) private var interruptsAreHandled: Int32 = 0

/// Turns Ctrl-C (SIGINT) into a byte on a pipe that input reading polls, so the program reacts on its main thread.
///
/// A `DispatchSource` would run its handler on another thread while the main thread sits in `read`, and on Linux the
/// read then fails with EINTR: both threads race to print and exit. With the self-pipe, the main thread sees
/// `.interrupted` from `LineSource.next()`, saves, restores the terminal and exits with status 130 itself.
///
/// Only while `handlingInterrupts` runs (a quiz, an interview, a confirmation): elsewhere Ctrl-C removes the
/// temporary file of a write in progress (`TemporaryFiles`) and ends dlquiz as SIGINT would, so a long `sheet` or
/// `export` stops at once and leaves nothing behind.
package final class InterruptMonitor: @unchecked Sendable {
    /// The read end of the pipe, for `poll`.
    private(set) var readDescriptor: Int32 = -1

    /// Creates a monitor; nothing is installed until `install()`.
    package init() {}

    /// Creates the pipe and installs the SIGINT handler.
    func install() {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        readDescriptor = ends[0]
        interruptPipeWriteEnd = ends[1]
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { number in
            guard interruptsAreHandled > 0 else {
                TemporaryFiles.removeAllNow()
                signal(number, SIG_DFL)
                raise(number)
                return
            }
            var byte: UInt8 = 1
            _ = write(interruptPipeWriteEnd, &byte, 1)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A parent may have started us with SIGINT blocked (Foundation's Process does): unblock it.
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGINT)
        sigprocmask(SIG_UNBLOCK, &mask, nil)
    }

    /// Runs `body` with Ctrl-C reported as `.interrupted` to the prompts instead of ending the process.
    static func handlingInterrupts<Result>(_ body: () throws -> Result) rethrows -> Result {
        interruptsAreHandled += 1
        defer { interruptsAreHandled -= 1 }
        return try body()
    }

    /// Whether Ctrl-C was pressed since the last call; drains the pipe.
    func takeInterrupt() -> Bool {
        guard readDescriptor >= 0 else { return false }
        var sawByte = false
        var byte: UInt8 = 0
        while read(readDescriptor, &byte, 1) == 1 { sawByte = true }
        return sawByte
    }

    /// Ends the process as SIGINT would, so the shell sees status 130.
    package static func exitAsInterrupted() -> Never {
        fflush(nil)
        signal(SIGINT, SIG_DFL)
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGINT)
        sigprocmask(SIG_UNBLOCK, &mask, nil)
        raise(SIGINT)
        exit(130)
    }
}
