import FoundationEssentials
import QuizKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The append-only progress file on disk.
///
/// Each entry is one `write` of a whole line under an exclusive `flock`, followed by `fsync`, so concurrent quizzes
/// never interleave and a crash loses at most the line being written. Lines are never rewritten or deleted.
public struct ProgressFile: Sendable {
    /// The file's path.
    public let path: String

    /// Creates a handle for a path; nothing is opened until it is used.
    public init(path: String) {
        self.path = path
    }

    /// Whether the file exists.
    public var exists: Bool { access(path, F_OK) == 0 }

    /// The file's size in bytes, or nil when it does not exist.
    public var size: Int? {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : nil
    }

    /// Reads and parses the whole file; a missing file is an empty history. Lines that cannot be used are skipped and
    /// listed in the history's `problems`, never changed.
    ///
    /// - Throws: `StoreError` with operation `.read` and cause `.system(errno:)` when the file cannot be opened or read.
    public func load() throws(StoreError) -> ProgressHistory {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return .empty }
            throw .reading(path)
        }
        defer { close(descriptor) }
        var builder = ProgressHistoryBuilder()
        var info = stat()
        if fstat(descriptor, &info) == 0 {
            // Lines are about 180 bytes; a slight overestimate costs little, regrowing a million-element array more.
            builder.reserveCapacity(Int(info.st_size) / 160 + 16)
        }
        let chunkSize = 1 << 20
        var buffer = [UInt8](repeating: 0, count: chunkSize * 2)
        var carried = 0
        while true {
            if carried == buffer.count {
                // A single line longer than the buffer: grow it.
                buffer += [UInt8](repeating: 0, count: buffer.count)
            }
            let bytesRead = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + carried, raw.count - carried)
            }
            if bytesRead < 0 {
                if errno == EINTR { continue }
                throw .reading(path)
            }
            let available = carried + bytesRead
            let isEnd = bytesRead == 0
            let used = buffer.withUnsafeBufferPointer { pointer in
                builder.addLines(in: UnsafeBufferPointer(rebasing: pointer[0..<available]), isEndOfFile: isEnd)
            }
            if isEnd { break }
            carried = available - used
            if carried > 0 && used > 0 {
                buffer.withUnsafeMutableBytes { raw in
                    _ = memmove(raw.baseAddress!, raw.baseAddress! + used, carried)
                }
            }
        }
        return builder.build()
    }

    /// Appends one entry as a whole line, under an exclusive lock, then flushes it to disk.
    ///
    /// Creates the file (mode 0600) and its folder (0700) when needed. If the file does not end in a newline (a torn
    /// earlier write), a newline is written first so the new entry stays a line of its own.
    ///
    /// - Throws: `StoreError` with operation `.write`: `.system(errno:)` when opening, locking, writing or flushing
    ///   fails; `.isFile` or `.folderNotCreated(errno:)` when the folder cannot be made.
    public func append(_ entry: ProgressEntry) throws(StoreError) {
        try append(line: ProgressLineEncoder.line(for: entry))
    }

    private func append(line: String) throws(StoreError) {
        try createParentFolder()
        var attempts = 0
        while true {
            attempts += 1
            // Read-write so the last byte can be checked on the locked descriptor itself; O_APPEND still appends.
            let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw .writing(path) }
            defer { close(descriptor) }
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else { throw .writing(path) }
            }
            // A reset may have moved the file away while we waited for the lock: write to the new one instead.
            if !isSameFile(descriptor) && attempts < 5 { continue }
            var bytes = Array(line.utf8)
            if !endsWithNewline(descriptor) { bytes.insert(0x0A, at: 0) }
            try FileIO.writeAll(bytes, to: descriptor, path: path)
            if fsync(descriptor) != 0 { throw .writing(path) }
            return
        }
    }

    /// Moves the file to a backup beside it, named with the time, and returns the backup's path.
    ///
    /// Returns nil when there is no file. The move happens under the same lock appends take. The backup is named
    /// `<path>.backup-<yyyyMMddTHHmmssZ>`, then `-2`, `-3`, … when taken.
    ///
    /// - Throws: `StoreError` with operation `.write` and cause `.system(errno:)` when opening, locking or renaming fails.
    public func moveToBackup(at time: Date) throws(StoreError) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            throw .writing(path)
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw .writing(path) }
        }
        let stamp = String(Timestamp.string(from: time).filter { $0 != ":" && $0 != "-" })
        var backup = path + ".backup-" + stamp
        var suffix = 1
        while access(backup, F_OK) == 0 {
            suffix += 1
            backup = path + ".backup-" + stamp + "-\(suffix)"
        }
        guard rename(path, backup) == 0 else { throw .writing(backup) }
        return backup
    }

    private func createParentFolder() throws(StoreError) {
        let folder = AtomicFile.parentFolder(of: path)
        guard folder != ".", access(folder, F_OK) != 0 else { return }
        try AtomicFile.createFolder(folder)
    }

    private func isSameFile(_ descriptor: Int32) -> Bool {
        var opened = stat()
        var current = stat()
        guard fstat(descriptor, &opened) == 0, stat(path, &current) == 0 else { return false }
        return opened.st_ino == current.st_ino && opened.st_dev == current.st_dev
    }

    private func endsWithNewline(_ descriptor: Int32) -> Bool {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size > 0 else { return true }
        var last: UInt8 = 0
        guard pread(descriptor, &last, 1, info.st_size - 1) == 1 else { return true }
        return last == 0x0A
    }
}
