/// The concepts of the field and of plain language that the matcher knows, in English and Japanese: each with its
/// surface forms (`BN`, `batch norm`, `バッチ正規化`), and groups of concepts that contradict each other
/// (bias and variance, larger and smaller, ceil and floor).
///
/// Built on first use (a `static let`), so commands that never suggest pay nothing at start-up.
struct Lexicon: Sendable {
    /// A concept: its name (for features and tests) and whether negating it reverses what a sentence says.
    struct Concept: Sendable {
        var name: String
        /// A predicate such as "depends", "fixed" or "needs": "does not depend" says the opposite of "depends".
        var isPolar: Bool
        /// A concept of everyday language, weighed less than a term of the field.
        var isLight: Bool

        /// The feature a unit of this concept carries (`c:batchnorm`).
        var feature: String { "c:" + name }
    }

    /// A match of the lexicon in a run of keys.
    struct Match {
        var concept: Int
        var length: Int
        /// The form itself is negative (`irreducible` for "remove", `不要` for "need").
        var isNegated: Bool
    }

    private(set) var concepts: [Concept] = []
    /// For each concept, the concepts that contradict it.
    private(set) var contrasts: [[Int]] = []
    private var indexByName: [String: Int] = [:]

    private struct Node {
        var children: [String: Int32] = [:]
        /// Children by a Japanese character's scalar: hashing a number is several times cheaper than hashing a
        /// non-ASCII string, and a Japanese answer looks up one per character.
        var scalarChildren: [UInt32: Int32] = [:]
        var concept: Int32 = -1
        var isNegated = false
    }
    private var nodes = [Node()]

    /// The lexicon in the source (`LexiconEntries`), built once.
    static let shared = Lexicon(
        entries: LexiconEntries.field + LexiconEntries.language, contrasts: LexiconEntries.contrasts)

    /// Builds a lexicon from entries of the form `name = form | form | …`. A name starting with `~` is a polar
    /// concept, with `-` a light one; a form starting with `!` is a negative form of the concept.
    init(entries: [String], contrasts groups: [String]) {
        for entry in entries {
            guard let equals = entry.firstIndex(of: "=") else { continue }
            var name = entry[..<equals].trimmedBlanks()
            var isPolar = false
            var isLight = false
            while let first = name.first, first == "~" || first == "-" {
                if first == "~" { isPolar = true } else { isLight = true }
                name.removeFirst()
            }
            let concept = concept(named: name, isPolar: isPolar, isLight: isLight)
            for form in entry[entry.index(after: equals)...].split(separator: "|") {
                var text = form.trimmedBlanks()
                let isNegated = text.hasPrefix("!")
                if isNegated { text.removeFirst() }
                insert(text, concept: concept, isNegated: isNegated)
            }
        }
        contrasts = Array(repeating: [], count: concepts.count)
        for group in groups {
            let members = group.split(separator: "/").map { concept(named: $0.trimmedBlanks()) }
            for member in members { contrasts[member] += members.filter { $0 != member } }
        }
    }

    /// The index of a concept by name (created when the name is new: a contrast group may name a concept whose only
    /// form is its name).
    private mutating func concept(named name: String, isPolar: Bool = false, isLight: Bool = false) -> Int {
        if let index = indexByName[name] {
            if isPolar { concepts[index].isPolar = true }
            return index
        }
        concepts.append(Concept(name: name, isPolar: isPolar, isLight: isLight))
        indexByName[name] = concepts.count - 1
        return concepts.count - 1
    }

    func index(of name: String) -> Int? { indexByName[name] }

    private mutating func insert(_ form: String, concept: Int, isNegated: Bool) {
        let keys = MatchTokenizer.keys(FoldedText(form)).filter { !$0.kind.isBoundary }
        guard !keys.isEmpty else { return }
        var node = 0
        for key in keys {
            if let next = child(of: node, key) {
                node = Int(next)
            } else {
                nodes.append(Node())
                if let scalar = Self.scalar(of: key) {
                    nodes[node].scalarChildren[scalar] = Int32(nodes.count - 1)
                } else {
                    nodes[node].children[key.text] = Int32(nodes.count - 1)
                }
                node = nodes.count - 1
            }
        }
        if nodes[node].concept < 0 {
            nodes[node].concept = Int32(concept)
            nodes[node].isNegated = isNegated
        }
    }

    private func child(of node: Int, _ key: MatchKey) -> Int32? {
        if let scalar = Self.scalar(of: key) { return nodes[node].scalarChildren[scalar] }
        return nodes[node].children[key.text]
    }

    /// The scalar of a Japanese key (always one character), or nil for other keys.
    private static func scalar(of key: MatchKey) -> UInt32? {
        key.kind.isJapanese ? key.text.unicodeScalars.first?.value : nil
    }

    /// The longest form that starts at `start` and stays inside one sentence or clause.
    func longestMatch(in keys: [MatchKey], from start: Int) -> Match? {
        var node = 0
        var best: Match? = nil
        var index = start
        while index < keys.count, !keys[index].kind.isBoundary, let next = child(of: node, keys[index]) {
            node = Int(next)
            index += 1
            if nodes[node].concept >= 0 {
                // A form ending inside an English word would split it; a Japanese form may end anywhere.
                best = Match(concept: Int(nodes[node].concept), length: index - start, isNegated: nodes[node].isNegated)
            }
        }
        return best
    }
}
