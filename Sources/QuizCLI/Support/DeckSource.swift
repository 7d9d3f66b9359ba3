import BundledDecks
import Foundation
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
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadableFile(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadableFile(path: path, reason: "it is a folder, not a file") }
        // A FileHandle reads pipes too (`dlquiz export --format json | dlquiz validate /dev/stdin`), which
        // FileManager.contents(atPath:) does not on Linux.
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadableFile(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        guard let data = try? handle.readToEnd() else {
            throw .unreadableFile(path: path, reason: "reading it failed")
        }
        return [UInt8](data ?? Data())
    }
}
