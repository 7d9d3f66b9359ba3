import FoundationEssentials
import QuizKit
import QuizStore

/// What `--deck VALUE` names: a file (a path, or a name in the current folder), else a deck of the library by its
/// file name, its file name without the extension or its id, else the bundled deck by its id `deep-learning`.
enum DeckChoice {
    /// The deck `value` names; the bundled deck when it is nil.
    ///
    /// - Throws: `StoreError` or `QuizError` from reading the deck; `CommandFailure` naming the library's decks when
    ///   a bare name matches none of them (with the closest as a suggestion).
    static func load(_ value: String?, environment: [String: String]) throws -> Deck {
        guard let value else { return try DeckSource.bundled() }
        if value.contains("/") || FileManager.default.fileExists(atPath: value) {
            return try DeckSource.load(path: value)
        }
        let library = DeckLibrary(environment: environment)
        if let entry = library.entry(named: value) { return try entry.deck.get() }
        let bundled = try DeckSource.bundled()
        if value == bundled.id { return bundled }
        // A name that looks like a file is reported as the missing file it probably is.
        if DeckFormat(path: value) != nil { return try DeckSource.load(path: value) }
        throw unknownDeck(value, library: library, bundledID: bundled.id, environment: environment)
    }

    /// The file `value` names, when it names one (a path, or a deck of the library): what a command that writes a
    /// file must not write onto. Empty for the bundled deck.
    static func paths(_ value: String?, environment: [String: String]) -> [String] {
        guard let value else { return [] }
        if value.contains("/") || FileManager.default.fileExists(atPath: value) { return [value] }
        let library = DeckLibrary(environment: environment)
        return library.entry(named: value).map { [$0.path] } ?? [value]
    }

    /// `No deck is named 'x'. Did you mean 'y'? …`, exit status 1.
    static func unknownDeck(
        _ name: String, library: DeckLibrary, bundledID: String, environment: [String: String]
    ) -> CommandFailure {
        let files = library.fileNames()
        let ids = library.entries().compactMap { try? $0.deck.get().id }
        let candidates = [bundledID] + files + files.map(DeckLibrary.stem) + ids
        let suggestion = Suggestions.closest(to: name, among: candidates, limit: 1).first
        return DeckErrors.unknownDeck(
            UntrustedText.echoed(name), suggestion: suggestion,
            folder: HomeFolder.abbreviate(library.folder, environment: environment))
    }
}
