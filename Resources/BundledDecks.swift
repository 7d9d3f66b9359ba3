/// The decks and texts compiled into the binary, so a copied `dlquiz` needs no resource folder.
public enum BundledDecks {
    /// The bytes of `deep-learning.json`, the bundled deck.
    public static var deepLearning: [UInt8] { PackageResources.deep_learning_json }
    /// The bytes of `tips.json`, the interview tips.
    public static var tips: [UInt8] { PackageResources.tips_json }
}
