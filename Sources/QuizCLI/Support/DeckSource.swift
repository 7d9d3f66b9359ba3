import BundledDecks
import FoundationEssentials

#if canImport(Glibc)
import Glibc
#endif
import QuizKit

/// Loads the deck a command works on: `--deck FILE`, else the bundled deep-learning deck.
public enum DeckSource {
    /// The deck and the name to show for where it came from.
    public static func load(path: String?) throws(QuizError) -> Deck {
        guard let path else {
            return try DeckLoader.load(bytes: BundledDecks.deepLearning, source: "deep-learning.json (bundled)")
        }
        return try DeckLoader.load(bytes: try readFile(path), source: path)
    }

    /// The bytes of a file, or an error that names it. Reads with `read(2)`, so pipes such as `/dev/stdin` work too
    /// (`dlquiz export --format json | dlquiz validate /dev/stdin`).
    public static func readFile(_ path: String) throws(QuizError) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .unreadableFile(path: path, reason: "no such file") }
        guard info.st_mode & S_IFMT != S_IFDIR else {
            throw .unreadableFile(path: path, reason: "it is a folder, not a file")
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadableFile(path: path, reason: describeErrno()) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(0, Int(info.st_size)))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = read(descriptor, &chunk, chunk.count)
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadableFile(path: path, reason: describeErrno())
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    private static func describeErrno() -> String {
        String(cString: strerror(errno)).lowercased()
    }
}
