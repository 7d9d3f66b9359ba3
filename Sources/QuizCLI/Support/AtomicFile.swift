import QuizKit

#if canImport(Glibc)
import Glibc
#endif

/// Replaces a file's contents atomically: the text goes to a new file in the same folder, which is flushed to disk
/// and then renamed over the target.
///
/// Readers see the old file or the new one, never half of either. When anything fails, the old file is untouched
/// and the temporary file is removed. An existing file keeps its permissions; a new one gets 0666 less the umask.
enum AtomicFile {
    /// Writes `text` to `path`.
    static func write(_ text: String, to path: String) throws(QuizError) {
        var status = stat()
        let exists = stat(path, &status) == 0
        if exists && (status.st_mode & S_IFMT) == S_IFDIR {
            throw .unwritableFile(path: path, reason: "it is a folder, not a file")
        }
        let folder = Self.folder(of: path)
        let (temporaryPath, descriptor) = try createTemporaryFile(in: folder, for: path)
        var isOpen = true
        do throws(QuizError) {
            if exists { _ = fchmod(descriptor, status.st_mode & 0o7777) }
            try writeAll(text, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else { throw failure(path) }
            isOpen = false
            guard close(descriptor) == 0 else { throw failure(path) }
        } catch {
            if isOpen { close(descriptor) }
            unlink(temporaryPath)
            throw error
        }
        guard rename(temporaryPath, path) == 0 else {
            let error = failure(path)
            unlink(temporaryPath)
            throw error
        }
        syncFolder(folder)
    }

    /// The folder that holds `path`: the part before the last `/`, else the current folder.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Creates `.<name>.<random>.tmp` next to the target, refusing to reuse an existing name.
    private static func createTemporaryFile(in folder: String, for path: String) throws(QuizError) -> (String, Int32) {
        let name = path.split(separator: "/").last.map(String.init) ?? "output"
        for _ in 0..<16 {
            let suffix = String(UInt64.random(in: 0..<(1 << 40)), radix: 36)
            let candidate = (folder == "/" ? "" : folder) + "/." + name + "." + suffix + ".tmp"
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (candidate, descriptor) }
            if errno != EEXIST { throw failure(path) }
        }
        throw .unwritableFile(path: path, reason: "no free name for a temporary file")
    }

    private static func writeAll(_ text: String, to descriptor: Int32, path: String) throws(QuizError) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(path)
            }
            offset += written
        }
    }

    /// Makes the rename itself durable; a folder that cannot be synced is not an error.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    private static func failure(_ path: String) -> QuizError {
        .unwritableFile(path: path, reason: String(cString: strerror(errno)).lowercased())
    }
}
