import BundledDecks
import QuizKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The POSIX reads and writes the storage types share, with errors that name the file.
enum FileIO {
    /// The bytes of a file, or an error that names it. Reads with `read(2)`, so pipes such as `/dev/stdin` work too
    /// (`dlquiz export --format json | dlquiz validate /dev/stdin`).
    ///
    /// - Throws: `StoreError` with operation `.read` and cause `.missing` (nothing at the path), `.isFolder`, or
    ///   `.system(errno:)` when opening or reading fails.
    static func readAll(_ path: String) throws(StoreError) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else { throw StoreError(.read, path: path, cause: .missing) }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw StoreError(.read, path: path, cause: .isFolder) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .reading(path) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(0, Int(info.st_size)))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = read(descriptor, &chunk, chunk.count)
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw .reading(path)
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Writes every byte, retrying short and interrupted writes; `path` names the file in errors.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(StoreError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in write(descriptor, raw.baseAddress! + offset, raw.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .writing(path)
            }
            offset += written
        }
    }
}

// MARK: - Decks

/// Loads the deck a command works on: `--deck FILE`, else the bundled deep-learning deck.
public enum DeckSource {
    /// The deck at `path` (read whole with `FileIO.readAll`, so pipes work), or the bundled deck when `path` is nil;
    /// the bundled deck's source name is `deep-learning.json (bundled)`. The file is a Markdown deck when its name
    /// ends in `.md` or `.markdown`, JSON when it ends in `.json`, else as its first bytes say (`DeckFormat`).
    ///
    /// - Throws: `StoreError` (operation `.read`) when the file cannot be read; `QuizError.invalidDeck` when it is not
    ///   a valid deck.
    public static func load(path: String?) throws -> Deck {
        guard let path else { return try bundled() }
        let bytes = try FileIO.readAll(path)
        return try DeckFormat.of(path: path, bytes: bytes).read(bytes: bytes, source: path)
    }

    /// The bundled deep-learning deck.
    public static func bundled() throws(QuizError) -> Deck {
        try DeckLoader.load(bytes: BundledDecks.deepLearning, source: bundledSource)
    }

    /// How messages name the bundled deck.
    public static let bundledSource = "deep-learning.json (bundled)"
}
