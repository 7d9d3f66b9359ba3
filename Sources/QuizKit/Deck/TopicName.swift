/// The display name a deck gives one of its topics.
public struct TopicName: Sendable, Hashable {
    /// The topic id used by questions and `--topic`.
    public var topic: String
    /// The name to show.
    public var name: LocalizedText

    /// Creates a topic name.
    public init(topic: String, name: LocalizedText) {
        self.topic = topic
        self.name = name
    }
}
