import BundledDecks
import FoundationEssentials
import QuizKit

/// Loads the deck a command works on: `--deck FILE`, else the bundled deep-learning deck.
public enum DeckSource {
    /// The deck at `path` (read whole with `FileIO.readAll`, so pipes work), or the bundled deck when `path` is nil;
    /// the bundled deck's source name is `deep-learning.json (bundled)`.
    ///
    /// - Throws: `StoreError` (operation `.read`) when the file cannot be read; `QuizError.invalidDeck` when it is not
    ///   a valid deck.
    public static func load(path: String?) throws -> Deck {
        guard let path else {
            return try DeckLoader.load(bytes: BundledDecks.deepLearning, source: "deep-learning.json (bundled)")
        }
        return try DeckLoader.load(bytes: try FileIO.readAll(path), source: path)
    }
}
