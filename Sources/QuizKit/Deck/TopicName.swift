/// The display name a deck gives one of its topics.
package struct TopicName: Sendable, Hashable {
    /// The topic id used by questions and `--topic`.
    package var topic: String
    /// The name to show.
    package var name: LocalizedText

    /// Creates a topic name.
    package init(topic: String, name: LocalizedText) {
        self.topic = topic
        self.name = name
    }
}
