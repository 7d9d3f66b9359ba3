/// A light English stemmer for matching answers against key points, with British spellings folded to American.
///
/// It only has to make the forms of one word meet (normalizes, normalized, normalizing, normalization and
/// normalisation all give `normaliz`); two words that meet by accident cost little, because the key point and the
/// answer go through the same steps. Comparatives (larger, smaller) are left to the lexicon, which knows them as
/// concepts, so `layer` and `parameter` keep their `er`.
enum EnglishStemmer {
    /// The stem of one lowercase word.
    static func stem(_ word: String) -> String {
        if let kept = keptWords[word] { return kept }
        var letters = Array(americanSpelling(word).utf8)
        guard letters.count > 3, letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else {
            return String(decoding: letters, as: UTF8.self)
        }
        stripInflection(&letters)
        stripDerivation(&letters)
        if letters.count > 2, letters.last == e { letters.removeLast() }
        return String(decoding: letters, as: UTF8.self)
    }

    /// British spellings as American ones: -ise/-isation as -ize/-ization, -yse as -yze, -our as -or, -re as -er,
    /// and the doubled l of modelling and labelled.
    static func americanSpelling(_ word: String) -> String {
        if let fixed = spellings[word] { return fixed }
        var letters = Array(word.utf8)
        if letters.count >= 6 {
            for suffix in izeSuffixes where letters.count > suffix.count + 3 && letters.ends(with: suffix) {
                let at = letters.count - suffix.count
                letters[at + 1] = z  // "is…" → "iz…", "ys…" → "yz…"
                break
            }
        }
        var text = String(decoding: letters, as: UTF8.self)
        if letters.count >= 5, contains(letters, "our") {
            for root in ourRoots where text.hasPrefix(root) {
                text = String(root.dropLast(2)) + "r" + text.dropFirst(root.count)
                break
            }
        }
        if letters.count >= 7, contains(letters, "ll") {
            for root in doubledL where text.hasPrefix(root + "l") {
                text = root + text.dropFirst(root.count + 1)
                break
            }
        }
        return text
    }

    // MARK: Steps

    private static func contains(_ letters: [UInt8], _ part: String) -> Bool {
        let needle = Array(part.utf8)
        guard letters.count >= needle.count else { return false }
        for start in 0...(letters.count - needle.count) where letters[start] == needle[0] {
            if (1..<needle.count).allSatisfy({ letters[start + $0] == needle[$0] }) { return true }
        }
        return false
    }

    private static let e = UInt8(ascii: "e")
    private static let z = UInt8(ascii: "z")

    private static func isVowel(_ letter: UInt8) -> Bool { "aeiouy".utf8.contains(letter) }

    /// Plurals, third persons, -ed and -ing.
    private static func stripInflection(_ letters: inout [UInt8]) {
        if letters.ends(with: "sses") {
            letters.removeLast(2)
        } else if letters.ends(with: "ies") || letters.ends(with: "ied") {
            letters.removeLast(3)
            letters.append(UInt8(ascii: "y"))
        } else if letters.ends(with: "s"), !letters.ends(with: "ss"), !letters.ends(with: "us"),
            !letters.ends(with: "is")
        {
            letters.removeLast()
        }
        for suffix in ["ing", "ed"] where letters.ends(with: suffix) {
            if suffix == "ed", letters.ends(with: "eed") { break }
            let stem = letters.dropLast(suffix.utf8.count)
            guard stem.count >= 2, stem.contains(where: isVowel) else { break }
            letters = Array(stem)
            if letters.ends(with: "at") || letters.ends(with: "iz") || letters.ends(with: "bl") {
                letters.append(e)  // saturated → saturate, so it meets saturation
            } else if letters.count >= 3, let last = letters.last, last == letters[letters.count - 2], !isVowel(last),
                !"lsz".utf8.contains(last)
            {
                letters.removeLast()  // a doubled final consonant was added for the suffix: stopped, running
            }
            break
        }
    }

    /// The derivational suffixes that separate a verb from its noun or adjective.
    private static func stripDerivation(_ letters: inout [UInt8]) {
        for (suffix, replacement) in derivations where letters.ends(with: suffix) {
            let stemLength = letters.count - suffix.utf8.count
            guard stemLength >= 3 else { continue }
            letters.removeLast(suffix.utf8.count)
            letters.append(contentsOf: replacement.utf8)
            return
        }
    }

    /// Longest first; the first that fits is taken.
    private static let derivations: [(String, String)] = [
        ("izations", "iz"), ("ization", "iz"), ("izers", "iz"), ("izer", "iz"), ("ational", "at"), ("ations", ""),
        ("ation", ""), ("ically", "ic"), ("ical", "ic"), ("ities", ""), ("ity", ""), ("iveness", "iv"),
        ("ively", "iv"), ("ness", ""), ("ments", ""), ("ment", ""), ("ably", ""), ("able", ""), ("ibly", ""),
        ("ible", ""), ("ate", ""), ("ly", ""),
    ]

    /// Words the steps above would damage.
    private static let keptWords: [String: String] = [
        "bias": "bias", "biases": "bias", "alias": "alias", "atlas": "atlas", "canvas": "canvas", "series": "series",
        "species": "species", "only": "only", "early": "early", "apply": "apply", "applies": "apply",
        "applied": "apply",
        "reply": "reply", "rely": "rely", "relies": "rely", "supply": "supply", "family": "family",
        "anomaly": "anomaly",
        "assembly": "assembly", "lens": "lens", "news": "news", "this": "this", "thus": "thus", "less": "less",
        "unless": "unless", "loss": "loss", "losses": "loss", "cross": "cross", "class": "class", "classes": "class",
        "process": "process", "success": "success", "access": "access", "data": "data", "table": "table",
        "tables": "table", "state": "state", "states": "state",
    ]

    private static let izeSuffixes: [[UInt8]] = [
        "isations", "isation", "ising", "ised", "ises", "iser", "isers", "ise", "ysing", "ysed", "yses", "yse",
    ].map { Array($0.utf8) }

    private static let ourRoots = [
        "colour", "behaviour", "neighbour", "favour", "labour", "honour", "flavour", "humour", "rumour", "vapour",
        "harbour", "armour", "savour", "endeavour", "odour", "vigour", "rigour", "tumour",
    ]

    private static let doubledL = [
        "model", "label", "travel", "cancel", "signal", "channel", "funnel", "tunnel", "level", "fuel", "total", "dial",
        "marshal", "pedal", "jewel", "counsel",
    ]

    private static let spellings: [String: String] = [
        "centre": "center", "centres": "centers", "centred": "centered", "metre": "meter", "metres": "meters",
        "fibre": "fiber", "litre": "liter", "calibre": "caliber", "theatre": "theater", "grey": "gray",
        "programme": "program", "programmes": "programs", "catalogue": "catalog", "analogue": "analog",
        "dialogue": "dialog", "licence": "license", "defence": "defense", "offence": "offense",
        "judgement": "judgment", "aeroplane": "airplane", "artefact": "artifact", "artefacts": "artifacts",
    ]
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: String) -> Bool { ends(with: Array(suffix.utf8)) }

    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}

extension ArraySlice where Element == UInt8 {
    fileprivate func contains(where predicate: (UInt8) -> Bool) -> Bool { first(where: predicate) != nil }
}
