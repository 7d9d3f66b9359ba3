import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one rule for every path dlquiz opens or writes, decided before anything is read, written or moved.
///
/// - **Reading** (a deck, the progress file, a scorecard, a library deck): a regular file, or a pipe dlquiz was handed
///   (standard input as `/dev/stdin`, a shell's `<(…)` as `/dev/fd/63`), through any chain of symbolic links. A
///   folder, a device, a named pipe (FIFO) or a socket is refused before it is opened: opening a named pipe waits
///   for a writer that may never come, and opening a device can have effects of its own.
/// - **Writing a whole file** (`-o`, `convert`'s output, `new`, `decks add`, scorecards): a regular file or a name not
///   taken yet, through links; never a folder, a device, a FIFO, a socket or a kernel file (`/proc`, `/sys`); never
///   one of the command's own inputs, compared by device and inode (`convert a.md ./a.md`, a hard link); and an
///   existing file only as `Existing` allows.
/// - **Appending and resetting** (the progress file) follow the same refusals.
///
/// The refusals are `StoreError` causes the command line words: `.isFolder`, `.notRegularFile(kind)`, `.isInput`,
/// `.alreadyExists`.
package enum PathRule {
    /// What a whole-file write may do to a file that already has the name.
    package enum Existing: Sendable, Equatable {
        /// Refuse (`.alreadyExists`); nothing is written.
        case refuse
        /// Replace it atomically, keeping the old file beside it as `<name>.backup-<time>` (what `--force` does).
        case replaceKeepingBackup(at: Date)
        /// Replace it atomically: only for a file this run wrote itself and rewrites (a scorecard after each line).
        case replace
    }

    /// A file's identity: its device and inode, the same whatever name reaches it.
    package struct FileIdentity: Sendable, Hashable {
        var device: UInt64
        var inode: UInt64

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }

        /// The identity of the file at `path` (links followed), or nil when there is none.
        package init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            self.init(info)
        }
    }

    // MARK: Reading

    /// Opens `path` for reading once the rule allows it, and returns the descriptor (blocking reads, close-on-exec).
    ///
    /// - Throws: `StoreError` with operation `.read`: `.missing` when nothing is at the path, `.isFolder`,
    ///   `.notRegularFile(kind)` for a device, a named pipe or a socket, `.system(errno:)` when `stat` or `open`
    ///   fails otherwise.
    static func openForReading(_ path: String) throws(StoreError) -> Int32 {
        var before = stat()
        guard stat(path, &before) == 0 else {
            throw StoreError(.read, path: path, cause: errno == ENOENT ? .missing : .system(errno: errno))
        }
        try checkReadable(before, path: path)
        // O_NONBLOCK: should the name now be a named pipe, opening it cannot wait for a writer.
        let descriptor = retryingInterrupts { open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK) }
        guard descriptor >= 0 else {
            throw StoreError(.read, path: path, cause: errno == ENOENT ? .missing : .system(errno: errno))
        }
        var after = stat()
        guard fstat(descriptor, &after) == 0 else {
            let error = StoreError.reading(path)
            close(descriptor)
            throw error
        }
        do {
            try checkReadable(after, path: path)
        } catch {
            close(descriptor)
            throw error
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return descriptor
    }

    /// Whether what `info` describes may be read to its end: a regular file or an anonymous pipe.
    static func checkReadable(_ info: stat, path: String) throws(StoreError) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw StoreError(.read, path: path, cause: .isFolder)
        case S_IFIFO where isAnonymousPipe(info): return
        default: throw StoreError(.read, path: path, cause: .notRegularFile(.init(mode: info.st_mode)))
        }
    }

    /// Whether a FIFO is an anonymous pipe (standard input from `|`, a shell's `<(…)`), which the kernel keeps on its
    /// own pipe file system, rather than a named pipe on a disk, whose `open` would wait for a writer.
    static func isAnonymousPipe(_ info: stat) -> Bool {
        guard let device = pipeDevice else { return false }
        return UInt64(info.st_dev) == device
    }

    /// The device of the kernel's pipe file system, learnt from a pipe made for the purpose.
    private static let pipeDevice: UInt64? = {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        defer {
            close(ends[0])
            close(ends[1])
        }
        var info = stat()
        return fstat(ends[0], &info) == 0 ? UInt64(info.st_dev) : nil
    }()

    // MARK: Writing

    /// Where a checked whole-file write goes: the file at the end of the path's links, and what is there now.
    struct WriteTarget {
        /// The path as given, for messages.
        var path: String
        /// The path the links end at: the file to create or replace.
        var resolved: String
        /// What is at `resolved` now (a regular file), or nil when the name is free.
        var current: stat?
    }

    /// Checks that `path` may receive a whole file, before anything is written or moved.
    ///
    /// - Parameters:
    ///   - inputs: the paths the command reads (`-` and other names that do not exist are passed over); the
    ///     target must be none of them, by device and inode.
    ///   - existing: what may happen to a file that already has the name.
    /// - Throws: `StoreError` with operation `.write`: `.isFolder`, `.notRegularFile(kind)` (a device, a FIFO, a
    ///   socket, a kernel file), `.isInput(path)`, `.alreadyExists` (with `.refuse`), or `.system(errno:)` when the
    ///   path cannot be looked at.
    static func checkWritable(_ path: String, inputs: [String], existing: Existing) throws(StoreError) -> WriteTarget {
        let resolved = try FileIO.resolvingLinks(path, for: .write)
        var info = stat()
        guard stat(resolved, &info) == 0 else {
            guard errno == ENOENT else { throw StoreError(.write, path: path, cause: .system(errno: errno)) }
            return WriteTarget(path: path, resolved: resolved, current: nil)
        }
        try checkReplaceable(info, path: path, resolved: resolved)
        let identity = FileIdentity(info)
        if let input = inputs.first(where: { FileIdentity(path: $0) == identity }) {
            throw StoreError(.write, path: path, cause: .isInput(input))
        }
        if existing == .refuse { throw StoreError(.write, path: path, cause: .alreadyExists) }
        return WriteTarget(path: path, resolved: resolved, current: info)
    }

    /// Whether the thing at a path may be replaced or appended to: only a regular file that is not a kernel file.
    static func checkReplaceable(_ info: stat, path: String, resolved: String) throws(StoreError) {
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            if isKernelFile(resolved) { throw StoreError(.write, path: path, cause: .notRegularFile(.kernelFile)) }
        case S_IFDIR: throw StoreError(.write, path: path, cause: .isFolder)
        default: throw StoreError(.write, path: path, cause: .notRegularFile(.init(mode: info.st_mode)))
        }
    }

    /// Whether the file is in `/proc` or `/sys`, whose files `stat` calls regular (the kernel makes them up).
    static func isKernelFile(_ path: String) -> Bool {
        guard let resolved = realpath(path, nil) else { return false }
        defer { free(resolved) }
        let real = String(cString: resolved)
        return real.hasPrefix("/proc/") || real.hasPrefix("/sys/")
    }

    // MARK: Permissions

    /// The process's file-creation mask, read from `/proc/self/status` (calling `umask` to read it would change it
    /// for a moment, for every thread); 022 when it cannot be read.
    static var creationMask: mode_t {
        guard let status = try? FileIO.readAll("/proc/self/status", limit: 1 << 16) else { return 0o022 }
        for line in String(decoding: status, as: UTF8.self).split(separator: "\n") where line.hasPrefix("Umask:") {
            let digits = line.dropFirst("Umask:".count).drop(while: { $0 == " " || $0 == "\t" })
            if let mask = mode_t(digits, radix: 8) { return mask }
        }
        return 0o022
    }
}
