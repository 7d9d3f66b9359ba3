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
/// never interleave and a crash loses at most the line being written. Lines are never rewritten or deleted, except
/// that a write that fails part-way (a full disk) is cut back to the size the file had before it.
///
/// The file must be a regular file. A symbolic link (a progress file kept in a synced folder) is followed the same
/// way by reading, appending and `moveToBackup`: the file it points to is read, appended to and reset, and the link
/// stays. A device, FIFO or folder at the path is refused.
///
/// Reading is bounded: a line longer than `lineLengthLimit` (1 MiB; records are about 200 bytes) is skipped to the
/// next newline and reported with its line number; a line that runs on past `runawayLineLimit` (64 MiB) without a
/// newline ends the reading with an error, so `/dev/zero` is refused at once.
package struct ProgressFile: Sendable {
    /// The file's path, as given (possibly a symbolic link).
    package let path: String
    /// The write calls (tests make them fail).
    var calls = WriteCalls.system

    /// The longest line read as a record: 1 MiB.
    static let lineLengthLimit = 1 << 20
    /// The longest line skipped before the file is refused as not a progress file: 64 MiB.
    static let runawayLineLimit = 64 << 20

    /// Creates a handle for a path; nothing is opened until it is used.
    package init(path: String) {
        self.path = path
    }

    /// Whether the file exists (through a symbolic link: whether the file it points to exists).
    package var exists: Bool { access(path, F_OK) == 0 }

    /// The file's size in bytes, or nil when it does not exist.
    package var size: Int? {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : nil
    }

    // MARK: Reading

    /// Reads and parses the whole file; a missing file is an empty history. Lines that cannot be used are skipped and
    /// listed in the history's `problems`, never changed; a line over `lineLengthLimit` is one of them.
    ///
    /// - Throws: `StoreError` with operation `.read`: `.isFolder`, `.notRegularFile(kind)` for a device, a named pipe
    ///   or a socket (refused before it is opened, so a FIFO never makes a reader wait), `.system(errno:)` when the
    ///   file cannot be opened or read, `.lineTooLong(line:limit:)` when a line runs on past `runawayLineLimit`.
    package func load() throws(StoreError) -> ProgressHistory {
        try load(lineLengthLimit: Self.lineLengthLimit, runawayLimit: Self.runawayLineLimit)
    }

    func load(lineLengthLimit: Int, runawayLimit: Int) throws(StoreError) -> ProgressHistory {
        let descriptor: Int32
        do {
            descriptor = try PathRule.openForReading(path)
        } catch  where error.cause == .missing {
            return .empty
        }
        defer { close(descriptor) }
        var builder = ProgressHistoryBuilder(lineLengthLimit: lineLengthLimit)
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .reading(path) }
        if info.st_mode & S_IFMT == S_IFREG {
            // Lines are about 180 bytes; a slight overestimate costs little, regrowing a million-element array more.
            builder.reserveCapacity(Int(info.st_size) / 160 + 16)
        }
        let chunkSize = max(1 << 20, lineLengthLimit)
        var buffer = [UInt8](repeating: 0, count: chunkSize + lineLengthLimit)
        var carried = 0
        // While a line over the limit is being passed over: how many of its bytes were seen.
        var skipped: Int? = nil
        while true {
            let bytesRead = buffer.withUnsafeMutableBytes { raw in
                retryingInterrupts { read(descriptor, raw.baseAddress! + carried, raw.count - carried) }
            }
            if bytesRead < 0 { throw .reading(path) }
            let isEnd = bytesRead == 0
            var available = carried + bytesRead
            if let seen = skipped {
                // Pass over the long line up to its newline, then read on as usual from the byte after it.
                let newlineIndex = buffer.withUnsafeBytes { raw in
                    memchr(raw.baseAddress!, 0x0A, available).map {
                        raw.baseAddress!.distance(to: UnsafeRawPointer($0))
                    }
                }
                guard let newline = newlineIndex else {
                    if isEnd {
                        builder.addOverlongLine(limit: lineLengthLimit, isEndOfFile: true)
                        break
                    }
                    if seen + available > runawayLimit {
                        throw StoreError(
                            .read, path: path, cause: .lineTooLong(line: builder.lineCount + 1, limit: runawayLimit))
                    }
                    skipped = seen + available
                    carried = 0
                    continue
                }
                builder.addOverlongLine(limit: lineLengthLimit, isEndOfFile: false)
                skipped = nil
                let rest = available - (newline + 1)
                buffer.withUnsafeMutableBytes { raw in
                    _ = memmove(raw.baseAddress!, raw.baseAddress! + newline + 1, rest)
                }
                available = rest
            }
            let used = buffer.withUnsafeBufferPointer { pointer in
                builder.addLines(in: UnsafeBufferPointer(rebasing: pointer[0..<available]), isEndOfFile: isEnd)
            }
            if isEnd { break }
            carried = available - used
            if carried > lineLengthLimit {
                // The unfinished line is already too long to be a record: pass over the rest of it.
                skipped = carried
                carried = 0
            } else if carried > 0 && used > 0 {
                buffer.withUnsafeMutableBytes { raw in
                    _ = memmove(raw.baseAddress!, raw.baseAddress! + used, carried)
                }
            }
        }
        return builder.build()
    }

    // MARK: Appending

    /// Checks, before anything is asked, that entries can be appended: creates the folder (0700) and the file (0600)
    /// when needed and opens the file for appending, without writing.
    ///
    /// - Throws: `StoreError` with operation `.write`: `.system(errno:)` when the file cannot be opened for appending
    ///   (`EACCES` for `/proc/version` or a read-only file, `EROFS`, `ENOTDIR` for a path under a file), `.isFolder`,
    ///   `.notRegularFile` for a device or FIFO (`/dev/null`, whose `fsync` fails) or a kernel file (`/proc/version`,
    ///   which root may open but not write), `.system(errno:)` when a write of no bytes or the `fsync` fails, or the
    ///   folder's errors.
    package func checkAppendable() throws(StoreError) {
        let descriptor = try openForAppending()
        defer { close(descriptor) }
        // A write of no bytes and a flush change nothing, but report what a real append would meet.
        var nothing: UInt8 = 0
        guard retryingInterrupts({ calls.write(descriptor, &nothing, 0) }) >= 0 else { throw .writing(path) }
        try FileIO.sync(descriptor, path: path, calls: calls)
    }

    /// Appends one entry as a whole line, under an exclusive lock, then flushes it to disk.
    ///
    /// Creates the file (mode 0600) and its folder (0700) when needed. If the file does not end in a newline (a torn
    /// earlier write), a newline is written first so the new entry stays a line of its own. When the write or the
    /// `fsync` fails, the file is cut back to its size before this append, so no part of the line stays.
    ///
    /// - Throws: `StoreError` with operation `.write`: `.system(errno:)` when opening, locking, writing or flushing
    ///   fails (`ENOSPC`, `EIO`, …); `.isFolder`, `.notRegularFile`; `.isFile` or `.folderNotCreated(errno:)` when
    ///   the folder cannot be made.
    package func append(_ entry: ProgressEntry) throws(StoreError) {
        try append(line: ProgressLineEncoder.line(for: entry))
    }

    private func append(line: String) throws(StoreError) {
        var attempts = 0
        while true {
            attempts += 1
            let descriptor = try openForAppending()
            defer { close(descriptor) }
            try FileIO.lockExclusively(descriptor, path: path)
            // A reset may have moved the file away while we waited for the lock: write to the new one instead.
            if !isSameFile(descriptor) && attempts < 5 { continue }
            var info = stat()
            guard fstat(descriptor, &info) == 0 else { throw .writing(path) }
            let previousSize = info.st_size
            var bytes = Array(line.utf8)
            if !endsWithNewline(descriptor, size: previousSize) { bytes.insert(0x0A, at: 0) }
            do {
                try FileIO.writeAll(bytes, to: descriptor, path: path, calls: calls)
                try FileIO.sync(descriptor, path: path, calls: calls)
            } catch {
                // Leave no part of the line behind: the next reader would see a torn record that was never saved.
                _ = retryingInterrupts { ftruncate(descriptor, previousSize) }
                throw error
            }
            return
        }
    }

    /// Opens the file read-write for appending (read so the last byte can be checked on the locked descriptor;
    /// `O_APPEND` still appends), creating it and its folder when needed. What is at the path is checked before it is
    /// opened (`PathRule`: a folder, a device, a FIFO or a kernel file is refused), and again once it is open.
    private func openForAppending() throws(StoreError) -> Int32 {
        try createParentFolder()
        var before = stat()
        if stat(path, &before) == 0 {
            try PathRule.checkReplaceable(before, path: path, resolved: path)
        } else if errno != ENOENT {
            throw StoreError.writing(path)
        }
        let flags = O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOCTTY | O_NONBLOCK
        let descriptor = retryingInterrupts { open(path, flags, 0o600) }
        guard descriptor >= 0 else {
            throw StoreError(.write, path: path, cause: errno == EISDIR ? .isFolder : .system(errno: errno))
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let error = StoreError.writing(path)
            close(descriptor)
            throw error
        }
        do {
            try PathRule.checkReplaceable(info, path: path, resolved: path)
        } catch {
            close(descriptor)
            throw error
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return descriptor
    }

    // MARK: Reset

    /// Checks, before anything is asked or read, that a reset could move what is at the path: a regular file (through
    /// links), not a folder, a device, a FIFO or a kernel file. Nothing at the path passes (there is nothing to move).
    ///
    /// - Throws: `StoreError` with operation `.write`, as `moveToBackup(at:)` would refuse.
    package func checkResettable() throws(StoreError) {
        let target = try FileIO.resolvingLinks(path, for: .write)
        var info = stat()
        guard stat(target, &info) == 0 else {
            if errno == ENOENT { return }
            throw StoreError.writing(path)
        }
        try PathRule.checkReplaceable(info, path: path, resolved: target)
    }

    /// Where a reset moved the progress file.
    package struct MovedAside: Sendable, Equatable {
        /// The backup now holding the old file.
        package var backup: String
        /// The file that was moved (the end of the path's links), where `restore` puts it back.
        package var file: String
    }

    /// Moves the file to a backup beside it, named with the time, and says where; nil when there is no file.
    ///
    /// What is at the path is checked first (`PathRule`): a folder (behind a link or not), a device, a FIFO or a
    /// kernel file is refused before anything is opened or moved. When the path is a symbolic link, the file it
    /// points to is moved, the backup is made beside that file, and the link stays (the next append creates the file
    /// it points to). The move happens while holding the lock appends take, on the file that is at the path once the
    /// lock is held (another reset may have moved the first one meanwhile). The backup's name,
    /// `<file>.backup-<yyyyMMddTHHmmssZ>` (then `-2`, `-3`, …), is reserved by the move itself (`Backup`), so
    /// concurrent resets keep every backup.
    ///
    /// - Throws: `StoreError` with operation `.write`: `.isFolder`, `.notRegularFile(kind)`, `.system(errno:)` when
    ///   resolving, opening or locking fails; with operation `.backUp(to:)` when the move fails.
    package func moveToBackup(at time: Date) throws(StoreError) -> MovedAside? {
        let target = try FileIO.resolvingLinks(path, for: .write)
        for _ in 0..<64 {
            var info = stat()
            guard stat(target, &info) == 0 else {
                if errno == ENOENT { return nil }
                throw StoreError.writing(path)
            }
            try PathRule.checkReplaceable(info, path: path, resolved: target)
            let descriptor = retryingInterrupts { open(target, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK) }
            if descriptor < 0 {
                if errno == ENOENT { continue }
                throw StoreError.writing(path)
            }
            defer { close(descriptor) }
            var opened = stat()
            guard fstat(descriptor, &opened) == 0 else { throw StoreError.writing(path) }
            try PathRule.checkReplaceable(opened, path: path, resolved: target)
            try FileIO.lockExclusively(descriptor, path: path)
            // While we waited for the lock, another reset may have moved this file away.
            guard Self.isSameFile(descriptor, as: target) else { continue }
            return MovedAside(backup: try Backup.moveAside(target, at: time), file: target)
        }
        throw StoreError(.write, path: path, cause: .system(errno: EBUSY))
    }

    private func createParentFolder() throws(StoreError) {
        let folder = AtomicFile.parentFolder(of: path)
        guard folder != ".", access(folder, F_OK) != 0 else { return }
        try AtomicFile.createFolder(folder)
    }

    private func isSameFile(_ descriptor: Int32) -> Bool {
        Self.isSameFile(descriptor, as: path)
    }

    /// Whether the open file is still the one at `path` (not moved away, removed or replaced).
    static func isSameFile(_ descriptor: Int32, as path: String) -> Bool {
        var opened = stat()
        var current = stat()
        guard fstat(descriptor, &opened) == 0, stat(path, &current) == 0 else { return false }
        return opened.st_ino == current.st_ino && opened.st_dev == current.st_dev
    }

    private func endsWithNewline(_ descriptor: Int32, size: off_t) -> Bool {
        guard size > 0 else { return true }
        var last: UInt8 = 0
        guard retryingInterrupts({ pread(descriptor, &last, 1, size - 1) }) == 1 else { return true }
        return last == 0x0A
    }
}
