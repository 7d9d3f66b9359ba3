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
        return try DeckLoader.load(bytes: try FileIO.readAll(path), source: path)
    }
}
