import FoundationEssentials
import QuizKit
import QuizStore

/// Every deck at once, for `quiz --all-decks`: the bundled deck and each usable deck of the library, merged into
/// one deck for filters and display, each question remembering the deck its answers are recorded under.
struct AllDecks {
    /// The merged deck: every question, the union of the languages and topic names. Its id is never recorded.
    var merged: Deck
    /// The deck id of each question of `merged`, by position.
    var deckIDs: [String]
    /// The library files skipped because they are not valid decks, for a warning in the user's language.
    var skipped: [String] = []

    /// Reads the bundled deck and the library; a library file that cannot be used is skipped (and listed in `skipped`).
    static func load(_ context: CommandContext) throws -> AllDecks {
        var decks = [try DeckSource.bundled()]
        var skipped: [String] = []
        for entry in DeckLibrary(environment: context.environment).entries() {
            switch entry.deck {
            case .success(let deck): decks.append(deck)
            case .failure: skipped.append(entry.path)
            }
        }
        var languages: [String] = []
        var topicNames: [TopicName] = []
        for deck in decks {
            for language in deck.languages where !languages.contains(language) { languages.append(language) }
            for name in deck.topicNames where !topicNames.contains(where: { $0.topic == name.topic }) {
                topicNames.append(name)
            }
        }
        let merged = Deck(
            id: "all-decks", title: LocalizedText("All decks"), languages: languages, topicNames: topicNames,
            questions: decks.flatMap(\.questions))
        return AllDecks(
            merged: merged, deckIDs: decks.flatMap { deck in deck.questions.map { _ in deck.id } }, skipped: skipped)
    }

    /// The deck ids of `questions`, chosen from `merged` (a question found in two decks counts as the first's).
    func deckIDs(of questions: [Question]) -> [String] {
        var byQuestion: [Question: String] = [:]
        for (question, deckID) in zip(merged.questions, deckIDs) where byQuestion[question] == nil {
            byQuestion[question] = deckID
        }
        return questions.map { byQuestion[$0] ?? merged.id }
    }
}
