import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file writes that readers never see half done: a temporary file in the same folder, `fsync`, `rename` over
/// the target, then `fsync` of the folder so the rename itself survives a crash.
public enum AtomicFile {
    /// Replaces (or creates) `path` with `bytes`. A new file gets `mode`; an existing one keeps its permissions.
    public static func save(_ bytes: [UInt8], to path: String, mode: mode_t = 0o600) throws(QuizError) {
        var existing = stat()
        let exists = stat(path, &existing) == 0
        if exists && existing.st_mode & S_IFMT == S_IFDIR { throw .unwritableFile(path: path, reason: "it is a folder") }
        let permissions = exists ? existing.st_mode & 0o7777 : mode
        let folder = parentFolder(of: path)
        let temporary = folder + "/." + lastComponent(of: path) + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw .unwritableFile(path: path, reason: describeErrno()) }
        var isRenamed = false
        defer { if !isRenamed { unlink(temporary) } }
        do {
            defer { close(descriptor) }
            try writeAll(bytes, to: descriptor, path: path)
            _ = fchmod(descriptor, permissions)
            guard fsync(descriptor) == 0 else { throw QuizError.unwritableFile(path: path, reason: describeErrno()) }
        }
        guard rename(temporary, path) == 0 else { throw .unwritableFile(path: path, reason: describeErrno()) }
        isRenamed = true
        syncFolder(folder)
    }

    /// Creates `path` with `bytes` only when no file has that name; returns false, writing nothing, when one has.
    ///
    /// The name is claimed with `O_CREAT | O_EXCL` (so two writers never take the same one) and then filled in with
    /// `save(_:to:)`; if filling it in fails, the claim is removed.
    public static func saveNew(_ bytes: [UInt8], at path: String, mode: mode_t = 0o600) throws(QuizError) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if descriptor < 0 {
            if errno == EEXIST { return false }
            throw .unwritableFile(path: path, reason: describeErrno())
        }
        close(descriptor)
        do {
            try save(bytes, to: path, mode: mode)
        } catch {
            unlink(path)
            throw error
        }
        return true
    }

    /// Creates a folder and its parents with mode 0700 when it is missing.
    static func createFolder(_ folder: String) throws(QuizError) {
        var info = stat()
        if stat(folder, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw .unwritableFile(path: folder, reason: "it is a file, not a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .unwritableFile(path: folder, reason: "the folder cannot be created")
        }
    }

    static func parentFolder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    private static func lastComponent(of path: String) -> String {
        (path as NSString).lastPathComponent
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(QuizError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in write(descriptor, raw.baseAddress! + offset, raw.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .unwritableFile(path: path, reason: describeErrno())
            }
            offset += written
        }
    }

    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    private static func describeErrno() -> String { ProgressFile.describeErrno() }
}
