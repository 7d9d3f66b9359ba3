#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The POSIX reads and writes the storage types share, with errors that name the file.
public enum FileIO {
    /// The current `errno` as a lowercase phrase, such as "permission denied".
    public static var lastErrorDescription: String {
        String(cString: strerror(errno)).lowercased()
    }

    /// The bytes of a file, or an error that names it. Reads with `read(2)`, so pipes such as `/dev/stdin` work too
    /// (`dlquiz export --format json | dlquiz validate /dev/stdin`).
    public static func readAll(_ path: String) throws(QuizError) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .unreadableFile(path: path, reason: "no such file") }
        guard info.st_mode & S_IFMT != S_IFDIR else {
            throw .unreadableFile(path: path, reason: "it is a folder, not a file")
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadableFile(path: path, reason: lastErrorDescription) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(0, Int(info.st_size)))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = read(descriptor, &chunk, chunk.count)
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadableFile(path: path, reason: lastErrorDescription)
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Writes every byte, retrying short and interrupted writes; `path` names the file in errors.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(QuizError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in write(descriptor, raw.baseAddress! + offset, raw.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .unwritableFile(path: path, reason: lastErrorDescription)
            }
            offset += written
        }
    }
}
