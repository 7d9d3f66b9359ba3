import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whole-file writes that readers never see half done: the bytes go to a temporary file in the same folder (created
/// with mode 0600, whatever the final mode), which is flushed to disk and renamed over the target; then the folder is
/// flushed so the rename itself survives a crash.
///
/// Before anything is written, the target is checked by `PathRule`: a folder, a device, a FIFO, a socket, a kernel
/// file or one of the command's inputs is refused, and an existing file is handled as `PathRule.Existing` says
/// (refused, replaced keeping a backup beside it, or replaced). A symbolic link is followed (through a chain of
/// links, relative ones from the link's folder): the file it points to is written, in that file's folder, and the
/// link stays a link. When anything fails, the old file is untouched and the temporary file removed (on SIGTERM and
/// SIGINT too: `TemporaryFiles`). An existing file keeps its permissions; a new one gets `newFileMode` less the umask.
package enum AtomicFile {
    /// What a whole-file write did.
    package struct Saved: Sendable, Equatable {
        /// The backup that keeps the file it replaced, with `.replaceKeepingBackup`; nil otherwise.
        package var backup: String?
    }

    /// Replaces (or creates) `path` with `bytes`; a new file gets `newFileMode` (octal permission bits) less the umask.
    ///
    /// - Parameters:
    ///   - existing: what may happen to a file that already has the name (by default it is replaced, as a file this
    ///     run writes and rewrites).
    ///   - inputs: the files the command reads; the target must be none of them (by device and inode).
    /// - Throws: `StoreError` with operation `.write`: `.isFolder`, `.notRegularFile(kind)`, `.isInput(path)`,
    ///   `.alreadyExists`, `.noTemporaryName`, or `.system(errno:)` when looking at the path, creating, writing,
    ///   flushing or renaming fails (`ENOSPC` for a full disk, `EFBIG` past `ulimit -f`, `EIO` from `fsync`); with
    ///   operation `.backUp(to:)` when the backup cannot be made.
    @discardableResult
    package static func save(
        _ bytes: [UInt8], to path: String, newFileMode: mode_t = 0o666, existing: PathRule.Existing = .replace,
        inputs: [String] = []
    ) throws(StoreError) -> Saved {
        try save(bytes, to: path, newFileMode: newFileMode, existing: existing, inputs: inputs, calls: .system)
    }

    @discardableResult
    static func save(
        _ bytes: [UInt8], to path: String, newFileMode: mode_t, existing: PathRule.Existing = .replace,
        inputs: [String] = [], calls: WriteCalls
    ) throws(StoreError) -> Saved {
        let target = try PathRule.checkWritable(path, inputs: inputs, existing: existing)
        let folder = parentFolder(of: target.resolved)
        let (temporary, descriptor) = try createTemporaryFile(in: folder, for: path)
        defer {
            unlink(temporary)
            TemporaryFiles.forget(temporary)
        }
        do {
            defer { close(descriptor) }
            try FileIO.writeAll(bytes, to: descriptor, path: path, calls: calls)
            try FileIO.sync(descriptor, path: path, calls: calls)
            let mode = target.current.map { $0.st_mode & 0o7777 } ?? (newFileMode & ~PathRule.creationMask)
            _ = fchmod(descriptor, mode)
        }
        var backup: String?
        if target.current == nil {
            // A new name: linked into place, so a file that appeared meanwhile is never replaced unasked.
            if retryingInterrupts({ link(temporary, target.resolved) }) == 0 {
                syncFolder(folder)
                return Saved(backup: nil)
            }
            if errno == EEXIST {
                // Someone made the file since the check: decide again, as for a file that was there.
                let again = try PathRule.checkWritable(path, inputs: inputs, existing: existing)
                if case .replaceKeepingBackup(let time) = existing, again.current != nil {
                    backup = try Backup.keepCopy(of: target.resolved, at: time)
                }
            }
        } else if case .replaceKeepingBackup(let time) = existing {
            backup = try Backup.keepCopy(of: target.resolved, at: time)
        }
        guard retryingInterrupts({ rename(temporary, target.resolved) }) == 0 else {
            let error = StoreError.writing(path)
            if let backup { unlink(backup) }
            throw error
        }
        syncFolder(folder)
        return Saved(backup: backup)
    }

    /// What is at `path` (following symbolic links) when it is neither a regular file nor a folder: a device, a FIFO
    /// or a socket, which `save` refuses; nil when the path is a regular file, a folder or absent.
    package static func specialFileKind(at path: String) -> StoreError.FileKind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let type = info.st_mode & S_IFMT
        return type == S_IFREG || type == S_IFDIR ? nil : StoreError.FileKind(mode: info.st_mode)
    }

    /// Replaces (or creates) `path` with UTF-8 `text`.
    ///
    /// - Throws: `StoreError`, as `save(_:to:newFileMode:existing:inputs:)`.
    @discardableResult
    package static func write(
        _ text: String, to path: String, newFileMode: mode_t = 0o666, existing: PathRule.Existing = .replace,
        inputs: [String] = []
    ) throws(StoreError) -> Saved {
        try save(Array(text.utf8), to: path, newFileMode: newFileMode, existing: existing, inputs: inputs)
    }

    /// Creates `path` with `bytes` only when no file has that name; returns false, writing nothing, when one has.
    ///
    /// The name is claimed with `O_CREAT | O_EXCL` (so two writers never take the same one) and then filled in with
    /// `save(_:to:)`; if filling it in fails, the claim is removed.
    ///
    /// - Throws: `StoreError`, as `save(_:to:newFileMode:)`; `.system(errno:)` when the name cannot be claimed.
    static func saveNew(_ bytes: [UInt8], at path: String, newFileMode: mode_t = 0o600) throws(StoreError) -> Bool {
        let descriptor = retryingInterrupts { open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, newFileMode) }
        if descriptor < 0 {
            if errno == EEXIST { return false }
            throw .writing(path)
        }
        close(descriptor)
        do {
            try save(bytes, to: path, newFileMode: newFileMode)
        } catch {
            unlink(path)
            throw error
        }
        return true
    }

    /// Creates a folder and its missing parents with mode 0700.
    ///
    /// - Throws: `StoreError` with operation `.write`: `.isFile` when a file has the name, `.folderNotCreated(errno:)`.
    static func createFolder(_ folder: String) throws(StoreError) {
        var info = stat()
        if stat(folder, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw StoreError(.write, path: folder, cause: .isFile)
            }
            return
        }
        // A file in the way further up (ENOTDIR) is found by looking at the parents.
        if errno != ENOENT && errno != ENOTDIR {
            throw StoreError(.write, path: folder, cause: .folderNotCreated(errno: errno))
        }
        let parent = parentFolder(of: folder)
        if parent != folder && parent != "." && parent != "/" { try createFolder(parent) }
        guard retryingInterrupts({ mkdir(folder, 0o700) }) == 0 || errno == EEXIST else {
            throw StoreError(.write, path: folder, cause: .folderNotCreated(errno: errno))
        }
    }

    /// The folder that holds `path`: the part before the last `/`, else the current folder (`out/a.txt` → `out`,
    /// `a.txt` → `.`, `/a.txt` → `/`).
    package static func parentFolder(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// Creates `.<name>.<random>.tmp` next to the target with mode 0600, refusing to reuse an existing name, and
    /// registers it so that SIGTERM or SIGINT removes it.
    static func createTemporaryFile(in folder: String, for path: String) throws(StoreError) -> (String, Int32) {
        let name = path.split(separator: "/").last.map(String.init) ?? "output"
        for _ in 0..<16 {
            let suffix = String(UInt64.random(in: 0..<(1 << 40)), radix: 36)
            let candidate = (folder == "/" ? "" : folder) + "/." + name + "." + suffix + ".tmp"
            TemporaryFiles.remember(candidate)
            let descriptor = retryingInterrupts { open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600) }
            if descriptor >= 0 { return (candidate, descriptor) }
            let failure = errno
            TemporaryFiles.forget(candidate)
            if failure != EEXIST { throw StoreError(.write, path: path, cause: .system(errno: failure)) }
        }
        throw StoreError(.write, path: path, cause: .noTemporaryName)
    }

    static func syncFolder(_ folder: String) {
        let descriptor = retryingInterrupts { open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard descriptor >= 0 else { return }
        _ = retryingInterrupts { fsync(descriptor) }
        close(descriptor)
    }
}
