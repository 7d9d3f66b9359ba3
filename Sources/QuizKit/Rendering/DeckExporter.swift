/// A format that hands a whole deck to another program. A new format is one new conforming type.
package protocol DeckExporter: Sendable {
    /// The exported file's text.
    func export(_ deck: Deck) -> String
}
