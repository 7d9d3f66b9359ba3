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

    /// The bytes of a file, or an error that names it.
    public static func readFile(_ path: String) throws(QuizError) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .unreadableFile(path: path, reason: "no such file") }
        guard info.st_mode & S_IFMT != S_IFDIR else {
            throw .unreadableFile(path: path, reason: "it is a folder, not a file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableFile(path: path, reason: "permission denied")
        }
        return [UInt8](data)
    }
}
