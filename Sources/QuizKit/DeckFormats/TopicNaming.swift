/// Topic ids for the topic names an import finds (a CSV `topic` cell, an Anki `topic::NAME` tag), keeping each name
/// as the topic's display name.
///
/// The id is a kebab-case slug of the name, folded as candidate names are (`TextFolding.searchKey`: fullwidth forms
/// as ASCII, Latin accents dropped, so `Café Ops` is `cafe-ops`). A name with letters a slug cannot hold
/// (`基礎`, `ML 基礎`) gets 6 hexadecimal digits of its hash (`topic-1d1b2c`, `ml-5e0f3a`), so two different names
/// never share an id: `基礎` and `応用` stay two topics. Names that differ only in case or spacing are one topic,
/// shown as first written.
struct TopicNaming {
    /// The display names, in the order the topics were first met, for names that are not their own id.
    private(set) var names: [TopicName] = []
    private var idsByKey: [String: String] = [:]
    private var usedIDs: Set<String> = []

    /// The id of the topic named `name` (an earlier id when the same name came before), or nil for a blank name.
    mutating func id(for name: String) -> String? {
        let display = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !display.isEmpty else { return nil }
        let key = display.lowercased()
        if let id = idsByKey[key] { return id }
        var id = Self.slug(display)
        if usedIDs.contains(id) { id = Self.withHash(Self.asciiSlug(display) ?? "topic", of: display) }
        var number = 2
        let base = id
        while usedIDs.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        usedIDs.insert(id)
        idsByKey[key] = id
        if display != id { names.append(TopicName(topic: id, name: LocalizedText(display))) }
        return id
    }

    /// The slug of a name: its ASCII letters and digits after folding, with a hash when other letters were left out
    /// (after `fallback` when no ASCII letter or digit is left).
    static func slug(_ name: String, fallback: String = "topic") -> String {
        let folded = TextFolding.searchKey(name)
        let slug = asciiSlug(name)
        let losesLetters = folded.unicodeScalars.contains {
            !$0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil)
        }
        if let slug, !losesLetters { return slug }
        return withHash(slug ?? fallback, of: name)
    }

    /// The folded name's ASCII letters and digits, runs of anything else as one `-`, at most 40 characters; nil
    /// when none is left.
    private static func asciiSlug(_ name: String) -> String? {
        var slug = ""
        var pendingHyphen = false
        for scalar in TextFolding.searchKey(name).unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                if pendingHyphen && !slug.isEmpty {
                    if slug.count >= 40 { break }
                    slug += "-"
                }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? nil : slug
    }

    private static func withHash(_ slug: String, of name: String) -> String {
        let hash = String(ImportedText.fnv1a(name) & 0xFF_FFFF, radix: 16)
        return slug + "-" + String(repeating: "0", count: 6 - hash.count) + hash
    }
}

// MARK: - Deck ids from file names

extension Deck {
    /// The id for a deck named after a file (its name without the extension): the kebab-case slug topics get
    /// (`ML Notes` → `ml-notes`, `Café` → `cafe`), and for a name a slug cannot hold, `deck` with 6 hexadecimal
    /// digits of its hash (`基礎.md` → `deck-xxxxxx`), so two different names never share an id.
    package static func identifier(forName name: String) -> String {
        TopicNaming.slug(name, fallback: "deck")
    }
}
