#if canImport(Glibc)
    import Glibc
#endif

/// A mutual-exclusion lock with explicit `lock()` and `unlock()`, for code that holds it across several statements.
/// (Foundation's NSLock is not in FoundationEssentials.)
package final class PosixLock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    /// Creates an unlocked mutex.
    package init() {
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Waits for the lock and takes it.
    package func lock() { pthread_mutex_lock(mutex) }
    /// Releases the lock taken by `lock()`.
    package func unlock() { pthread_mutex_unlock(mutex) }
}
