import FoundationEssentials

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file writes that readers never see half done: the bytes go to a temporary file in the same folder, which is
/// flushed to disk and renamed over the target; then the folder is flushed so the rename itself survives a crash.
///
/// When anything fails, the old file is untouched and the temporary file removed. An existing file keeps its
/// permissions; a new one gets `newFileMode` less the umask.
///
/// Targets that are not regular files are never replaced by one:
/// - a symbolic link is followed (through a chain of links, relative ones from the link's folder): the file it points
///   to is replaced atomically, in that file's folder, and the link stays a link;
/// - a character device or a FIFO (`/dev/null`, `/dev/full`, `/dev/tty`, a named pipe) is opened and written through,
///   with no temporary file and no `fsync` (devices do not take one);
/// - a block device or a socket is refused (`.notRegularFile`).
public enum AtomicFile {
    /// Replaces (or creates) `path` with `bytes`; a new file gets `newFileMode` (octal permission bits) less the umask.
    ///
    /// - Throws: `StoreError` with operation `.write`: `.isFolder` when `path` is a folder, `.notRegularFile` for a
    ///   block device or socket, `.noTemporaryName`, or `.system(errno:)` when looking at the path, creating,
    ///   writing, flushing or renaming fails (`ENOSPC` for a full disk, `EIO` from `fsync`).
    public static func save(_ bytes: [UInt8], to path: String, newFileMode: mode_t = 0o666) throws(StoreError) {
        try save(bytes, to: path, newFileMode: newFileMode, calls: .system)
    }

    static func save(_ bytes: [UInt8], to path: String, newFileMode: mode_t, calls: WriteCalls) throws(StoreError) {
        let target = try FileIO.resolvingLinks(path, for: .write)
        var existing = stat()
        let exists = stat(target, &existing) == 0
        if !exists && errno != ENOENT { throw StoreError(.write, path: path, cause: .system(errno: errno)) }
        if exists {
            switch existing.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw StoreError(.write, path: path, cause: .isFolder)
            case S_IFCHR, S_IFIFO: return try writeThrough(bytes, to: path, calls: calls)
            default: throw StoreError(.write, path: path, cause: .notRegularFile(.init(mode: existing.st_mode)))
            }
        }
        let folder = parentFolder(of: target)
        let (temporary, descriptor) = try createTemporaryFile(in: folder, for: path, mode: newFileMode)
        var isRenamed = false
        defer { if !isRenamed { unlink(temporary) } }
        do {
            defer { close(descriptor) }
            if exists { _ = fchmod(descriptor, existing.st_mode & 0o7777) }
            try FileIO.writeAll(bytes, to: descriptor, path: path, calls: calls)
            try FileIO.sync(descriptor, path: path, calls: calls)
        }
        guard retryingInterrupts({ rename(temporary, target) }) == 0 else { throw .writing(path) }
        isRenamed = true
        syncFolder(folder)
    }

    /// What is at `path` (following symbolic links) when it is neither a regular file nor a folder: a device, a FIFO
    /// or a socket, which `save` writes through or refuses; nil when the path is a regular file, a folder or absent.
    public static func specialFileKind(at path: String) -> StoreError.FileKind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let type = info.st_mode & S_IFMT
        return type == S_IFREG || type == S_IFDIR ? nil : StoreError.FileKind(mode: info.st_mode)
    }

    /// Writes to a device or FIFO as it is: no temporary file, nothing truncated or renamed.
    private static func writeThrough(_ bytes: [UInt8], to path: String, calls: WriteCalls) throws(StoreError) {
        let descriptor = retryingInterrupts { open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY) }
        guard descriptor >= 0 else { throw .writing(path) }
        defer { close(descriptor) }
        try FileIO.writeAll(bytes, to: descriptor, path: path, calls: calls)
    }

    /// Replaces (or creates) `path` with UTF-8 `text`.
    ///
    /// - Throws: `StoreError`, as `save(_:to:newFileMode:)`.
    public static func write(_ text: String, to path: String, newFileMode: mode_t = 0o666) throws(StoreError) {
        try save(Array(text.utf8), to: path, newFileMode: newFileMode)
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
    public static func parentFolder(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// Creates `.<name>.<random>.tmp` next to the target, refusing to reuse an existing name.
    private static func createTemporaryFile(
        in folder: String, for path: String, mode: mode_t
    ) throws(StoreError) -> (String, Int32) {
        let name = path.split(separator: "/").last.map(String.init) ?? "output"
        for _ in 0..<16 {
            let suffix = String(UInt64.random(in: 0..<(1 << 40)), radix: 36)
            let candidate = (folder == "/" ? "" : folder) + "/." + name + "." + suffix + ".tmp"
            let descriptor = retryingInterrupts { open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode) }
            if descriptor >= 0 { return (candidate, descriptor) }
            if errno != EEXIST { throw .writing(path) }
        }
        throw StoreError(.write, path: path, cause: .noTemporaryName)
    }

    private static func syncFolder(_ folder: String) {
        let descriptor = retryingInterrupts { open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard descriptor >= 0 else { return }
        _ = retryingInterrupts { fsync(descriptor) }
        close(descriptor)
    }
}
