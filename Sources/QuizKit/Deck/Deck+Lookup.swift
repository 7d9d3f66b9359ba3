/// Lookups over a deck's questions and topics.
extension Deck {
    /// The question with this id, if any.
    package func question(withID id: String) -> Question? {
        questions.first { $0.id == id }
    }

    /// The distinct topics, in the order they first appear.
    package var topics: [String] {
        var seen = Set<String>()
        var result: [String] = []
        for name in topicNames.map(\.topic) + questions.map(\.topic) where seen.insert(name).inserted {
            result.append(name)
        }
        return result.filter { topic in questions.contains { $0.topic == topic } }
    }

    /// The display name of a topic in a language: the deck's name for it, else the topic id itself.
    package func displayName(ofTopic topic: String, in language: String) -> String {
        topicNames.first { $0.topic == topic }?.name.text(in: language) ?? topic
    }

    /// The language to show: `preferred` when the deck has it, else the deck's default language.
    func resolvedLanguage(_ preferred: String?) -> String {
        if let preferred, languages.contains(preferred) { return preferred }
        return languages.first ?? "en"
    }
}
