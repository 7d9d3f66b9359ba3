#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file operation that failed: what was being done, to which path, and why, as data. The command line words it.
package struct StoreError: Error, Sendable, Equatable {
    /// What was being done.
    package enum Operation: Sendable, Equatable {
        /// Reading a file (a deck, the progress file, a scorecard).
        case read
        /// Writing, creating, moving or locking a file or folder.
        case write
        /// Keeping a file as the backup named here (moving it aside, or giving it that second name).
        case backUp(to: String)
    }

    /// Why it failed.
    package enum Cause: Sendable, Equatable {
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
        /// The file holds more than `limit` bytes (a deck), or is endless (`/dev/zero`).
        case tooLarge(limit: Int)
        /// Line `line` runs on for more than `limit` bytes without a newline: not a progress file (`/dev/zero`).
        case lineTooLong(line: Int, limit: Int)
        /// The path is not a regular file (a device, a FIFO, a socket) where only a regular file will do.
        case notRegularFile(FileKind)
        /// A file already has the name, and the command was not told to replace it.
        case alreadyExists
        /// The path is the same file (by device and inode) as this input of the command, which writing would destroy.
        case isInput(String)
    }

    /// What kind of thing is at a path that is not a regular file.
    package enum FileKind: Sendable, Equatable {
        case characterDevice
        case blockDevice
        case fifo
        case socket
        /// A file the kernel makes up (in `/proc` or `/sys`): it looks regular but takes no records.
        case kernelFile
        case other

        /// The kind for a `stat` mode.
        init(mode: mode_t) {
            switch mode & S_IFMT {
            case S_IFCHR: self = .characterDevice
            case S_IFBLK: self = .blockDevice
            case S_IFIFO: self = .fifo
            case S_IFSOCK: self = .socket
            default: self = .other
            }
        }
    }

    /// What was being done.
    package var operation: Operation
    /// The file or folder concerned, as given (not made absolute).
    package var path: String
    /// Why it failed.
    package var cause: Cause

    /// Creates an error from its parts.
    package init(_ operation: Operation, path: String, cause: Cause) {
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
