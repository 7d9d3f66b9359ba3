import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary files that exist while a write is under way (`AtomicFile`'s `.<name>.<random>.tmp`, the editor's
/// answer file), so that a signal that ends dlquiz removes them instead of leaving them behind, and the signals a
/// file write can raise are handled as errors.
///
/// The paths live in a fixed buffer allocated before any handler is installed, because a signal handler may only
/// read memory and call `unlink(2)` and `raise(2)`, never allocate or lock.
package enum TemporaryFiles {
    private static let slotCount = 16
    private static let slotSize = Int(PATH_MAX) + 1
    /// `slotCount` NUL-terminated paths; an empty slot starts with NUL.
    nonisolated(unsafe) private static let paths: UnsafeMutablePointer<CChar> = {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: slotCount * slotSize)
        buffer.initialize(repeating: 0, count: slotCount * slotSize)
        return buffer
    }()
    /// Which slots hold a path, for `remember` and `forget` (never touched by the handler).
    private static let slots = Mutex<[String?]>(Array(repeating: nil, count: slotCount))

    /// Notes a temporary file about to be created; a path too long for a slot, or a seventeenth at once, is not
    /// noted (it is still removed by the writer on every other way out).
    package static func remember(_ path: String) {
        let bytes = Array(path.utf8)
        guard bytes.count < slotSize, !bytes.contains(0) else { return }
        slots.withLock { slots in
            guard let free = slots.firstIndex(where: { $0 == nil }) else { return }
            slots[free] = path
            let slot = paths + free * slotSize
            for (offset, byte) in bytes.enumerated().reversed() { slot[offset] = CChar(bitPattern: byte) }
            slot[bytes.count] = 0
            // The first byte last: the handler sees either an empty slot or the whole path.
            slot[0] = CChar(bitPattern: bytes.first ?? 0)
        }
    }

    /// Forgets a temporary file that was renamed into place or removed.
    package static func forget(_ path: String) {
        slots.withLock { slots in
            guard let slot = slots.firstIndex(where: { $0 == path }) else { return }
            paths[slot * slotSize] = 0
            slots[slot] = nil
        }
    }

    /// Removes every noted file: what the signal handler does. Safe in a signal handler.
    package static func removeAllNow() {
        for slot in 0..<slotCount where paths[slot * slotSize] != 0 {
            unlink(paths + slot * slotSize)
        }
    }

    /// Makes SIGTERM and SIGHUP remove the temporary files before ending the process as they would, and ignores
    /// SIGXFSZ, so a write past `ulimit -f` fails with `EFBIG` (reported like a full disk) instead of killing dlquiz.
    /// SIGINT is left to `InterruptMonitor`, which lets the write in progress finish and clean up.
    package static func installSignalHandlers() {
        _ = paths
        signal(SIGXFSZ, SIG_IGN)
        for number in [SIGTERM, SIGHUP] {
            // A signal the parent chose to ignore (nohup's SIGHUP) stays ignored.
            var current = sigaction()
            if sigaction(number, nil, &current) == 0,
                let handler = current.__sigaction_handler.sa_handler,
                unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
            {
                continue
            }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                TemporaryFiles.removeAllNow()
                signal(number, SIG_DFL)
                raise(number)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(number, &action, nil)
            // A parent may have started us with the signal blocked (Foundation's Process does): unblock it, or it
            // would wait until exit and the temporary file would outlive a `kill`.
            var mask = sigset_t()
            sigemptyset(&mask)
            sigaddset(&mask, number)
            sigprocmask(SIG_UNBLOCK, &mask, nil)
        }
    }
}
