/// A short piece of advice on answering technical interview questions.
public struct Tip: Sendable, Hashable {
    /// A short imperative title.
    public var title: LocalizedText
    /// Two to four sentences, in the answer markup.
    public var body: LocalizedText

    /// Creates a tip.
    public init(title: LocalizedText, body: LocalizedText) {
        self.title = title
        self.body = body
    }
}
