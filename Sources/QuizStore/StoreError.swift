#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file operation that failed: what was being done, to which path, and why, as data. The command line words it.
public struct StoreError: Error, Sendable, Equatable {
    /// What was being done.
    public enum Operation: Sendable, Equatable {
        /// Reading a file (a deck, the progress file, a scorecard).
        case read
        /// Writing, creating, moving or locking a file or folder.
        case write
    }

    /// Why it failed.
    public enum Cause: Sendable, Equatable {
        /// A system call failed with this `errno`.
        case system(errno: Int32)
        /// Nothing exists at the path.
        case missing
        /// The path is a folder where a file was expected.
        case isFolder
        /// The path is a file where a folder was expected.
        case isFile
        /// `mkdir` failed with this `errno`.
        case folderNotCreated(errno: Int32)
        /// Sixteen random names for a temporary file beside the target were all taken.
        case noTemporaryName
        /// Every name from `baseName` to `baseName-<lastSuffix>` is already taken in a folder.
        case namesTaken(baseName: String, lastSuffix: Int)
    }

    /// What was being done.
    public var operation: Operation
    /// The file or folder concerned, as given (not made absolute).
    public var path: String
    /// Why it failed.
    public var cause: Cause

    /// Creates an error from its parts.
    public init(_ operation: Operation, path: String, cause: Cause) {
        self.operation = operation
        self.path = path
        self.cause = cause
    }

    /// A read that failed with the current `errno`.
    static func reading(_ path: String) -> StoreError {
        StoreError(.read, path: path, cause: .system(errno: errno))
    }

    /// A write that failed with the current `errno`.
    static func writing(_ path: String) -> StoreError {
        StoreError(.write, path: path, cause: .system(errno: errno))
    }
}
