import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Observes Ctrl-C (SIGINT) on a background queue instead of letting it kill the process at once.
///
/// The handler runs while the main thread may be blocked reading input; it must finish the program itself, usually
/// with `InterruptMonitor.exitAsInterrupted()`, which re-raises the signal so the shell sees status 130.
public final class InterruptMonitor: @unchecked Sendable {
    private let lock = NSLock()
    private var handler: (@Sendable () -> Void)?
    private var source: DispatchSourceSignal?

    /// Creates a monitor; nothing is installed until `install()`.
    public init() {}

    /// Ignores SIGINT's default action and starts observing it.
    public func install() {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue(label: "dlquiz.interrupt"))
        source.setEventHandler { [weak self] in self?.fire() }
        source.resume()
        self.source = source
    }

    /// Sets what Ctrl-C does; nil restores the default of exiting with status 130.
    public func onInterrupt(_ handler: (@Sendable () -> Void)?) {
        lock.lock()
        self.handler = handler
        lock.unlock()
    }

    private func fire() {
        lock.lock()
        let handler = self.handler
        lock.unlock()
        if let handler { handler() } else { Self.exitAsInterrupted() }
    }

    /// Ends the process as SIGINT would: restores the default action and raises it (status 130 in the shell).
    public static func exitAsInterrupted() -> Never {
        fflush(nil)
        signal(SIGINT, SIG_DFL)
        raise(SIGINT)
        exit(130)
    }
}
