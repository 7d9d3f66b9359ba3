/// Negation and contrast, in English and Japanese.
///
/// - An English negator ("not", "never", "doesn't", "no", "hardly", "without") negates forward: the first polar
///   concept among the next five units of its clause (a predicate such as "depend" or "fixed"), else the unit right
///   after it. "no model can remove" negates "remove"; "isn't stuck at 0" negates "stuck".
/// - A Japanese negator (〜ない, 〜なく, 〜ません, 〜ず, 〜なし) negates backward: the unit right before it in its
///   clause, the verb or adjective it follows. 「変わらず」 negates 変わる.
/// - Contrast sets a phrase aside: "instead of X", "rather than X", "better than X", "as opposed to X", "not X but Y",
///   「X ではなく Y」, 「X の代わりに Y」. X is excluded (neither covers a point nor counts against it), Y stands.
enum Negation {
    static func isEnglishNegator(_ raw: String) -> Bool {
        englishNegators.contains(raw.contains("'") ? raw.replacing("'", with: "") : raw)
    }

    private static let englishNegators: Set<String> = [
        "not", "no", "never", "without", "cannot", "none", "nothing", "neither", "nor", "nobody", "hardly", "barely",
        "rarely", "seldom", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "cant", "couldnt", "wont",
        "wouldnt",
        "shouldnt", "hasnt", "havent", "hadnt", "mustnt", "neednt", "aint", "lacks", "lack", "lacking",
    ]

    static func apply(to text: inout AnalyzedText, lexicon: Lexicon) {
        guard !text.units.isEmpty else { return }
        var covered = [Int32](repeating: -1, count: text.keys.count)  // the concept unit covering each key
        for (index, unit) in text.units.enumerated() where unit.kind == .concept {
            for key in unit.keys { covered[key] = Int32(index) }
        }
        englishNegation(&text, covered: covered, lexicon: lexicon)
        japaneseNegation(&text, covered: covered, lexicon: lexicon)
    }

    // MARK: English

    private static func englishNegation(_ text: inout AnalyzedText, covered: [Int32], lexicon: Lexicon) {
        let keys = text.keys
        var index = 0
        while index < keys.count {
            defer { index += 1 }
            let key = keys[index]
            guard key.kind == .word, covered[index] < 0 else { continue }
            let next = index + 1 < keys.count ? keys[index + 1].raw : ""
            if (key.raw == "instead" && next == "of") || (key.raw == "rather" && next == "than")
                || (key.raw == "opposed" && next == "to") || key.raw == "unlike"
                || (key.raw == "better" && next == "than")
            {
                exclude(&text, after: index, through: nil)
                continue
            }
            guard isEnglishNegator(key.raw), !(key.raw == "not" && next == "only") else { continue }
            if key.raw == "not", let but = contrastingBut(keys, after: index, sentence: text.keySentence[index]) {
                exclude(&text, after: index, through: but)  // "not X but Y": X is set aside, Y stands
                continue
            }
            if key.raw == "not", prepositions.contains(next), negateElided(&text, at: index, lexicon: lexicon) {
                continue  // "depends on the kernel, not on the input"
            }
            negate(&text, after: index, lexicon: lexicon)
        }
    }

    private static let prepositions: Set<String> = [
        "on", "in", "at", "for", "by", "with", "from", "to", "of", "because",
    ]

    /// "X depends on A, not on B": the negation repeats the predicate before it, so a negated copy of the nearest
    /// polar concept before `key` in the sentence stands at the negator.
    /// Returns false when there is no such concept (then "not for hidden layers" negates what follows).
    private static func negateElided(_ text: inout AnalyzedText, at key: Int, lexicon: Lexicon) -> Bool {
        let sentence = text.keySentence[key]
        var index = text.firstUnit(from: key) - 1
        while index >= 0, text.units[index].sentence == sentence {
            let unit = text.units[index]
            guard unit.isContent else {
                index -= 1
                continue
            }
            if unit.concept >= 0, lexicon.concepts[Int(unit.concept)].isPolar {
                var copy = unit
                copy.negated = !unit.negated
                copy.keys = key..<(key + 1)
                copy.clause = text.keyClause[key]
                text.insertUnit(copy)
                return true
            }
            index -= 1
        }
        return false
    }

    private static func contrastingBut(_ keys: [MatchKey], after index: Int, sentence: Int32) -> Int? {
        var position = index + 1
        while position < keys.count, position <= index + 8, keys[position].kind != .sentenceEnd {
            if keys[position].raw == "but" { return position }
            position += 1
        }
        return nil
    }

    private static func negate(_ text: inout AnalyzedText, after key: Int, lexicon: Lexicon) {
        let clause = text.keyClause[key]
        var candidates: [Int] = []
        for index in text.firstUnit(from: key + 1)..<text.units.count where text.units[index].kind != .function {
            // Up to five units of the clause, never past the next negator: it negates what follows it.
            guard text.units[index].clause == clause, text.units[index].kind != .negator, candidates.count < 5
            else { break }
            candidates.append(index)
        }
        flip(&text, candidates, lexicon: lexicon)
    }

    /// Sets aside the units after `key` in its clause, up to the key `end` when given.
    private static func exclude(_ text: inout AnalyzedText, after key: Int, through end: Int?) {
        let clause = text.keyClause[key]
        for index in text.firstUnit(from: key + 1)..<text.units.count {
            let unit = text.units[index]
            if let end, unit.keys.lowerBound >= end { break }
            if end == nil, unit.clause != clause { break }
            text.setUnit(index, excluded: true)
        }
    }

    /// Negates the first polar concept among `candidates` (closest first), else the closest. A negated need passes
    /// the negation on to what is needed: "you don't need to keep the activations" does not keep them.
    private static func flip(_ text: inout AnalyzedText, _ candidates: [Int], lexicon: Lexicon) {
        guard let closest = candidates.first else { return }
        let target =
            candidates.first { index in
                let concept = text.units[index].concept
                return concept >= 0 && lexicon.concepts[Int(concept)].isPolar
            } ?? closest
        text.setUnit(target, negated: !text.units[target].negated)
        guard isNeed(text.units[target], lexicon) else { return }
        let after = candidates.filter { $0 > target }
        guard let needed = after.first else { return }
        text.setUnit(needed, negated: !text.units[needed].negated)
        // A prefix split off by its hyphen ("re-estimate") is not the verb alone.
        if text.units[needed].concept < 0, text.keys[text.units[needed].keys.lowerBound].raw.count <= 2,
            after.count > 1
        {
            text.setUnit(after[1], negated: !text.units[after[1]].negated)
        }
    }

    /// Whether a unit is the concept `need` ("need", "require", 必要).
    private static func isNeed(_ unit: MatchUnit, _ lexicon: Lexicon) -> Bool {
        unit.concept >= 0 && lexicon.concepts[Int(unit.concept)].name == "need"
    }

    // MARK: Japanese

    private static func japaneseNegation(_ text: inout AnalyzedText, covered: [Int32], lexicon: Lexicon) {
        let keys = text.keys
        var index = 0
        while index < keys.count {
            let key = keys[index]
            if key.kind == .kanji, key.text.unicodeScalars.first == "代", index + 3 < keys.count,
                keys[(index + 1)...(index + 3)].map(\.text).joined() == "わりに"
            {
                excludeBackward(&text, before: index)
                index += 4
                continue
            }
            guard key.kind == .hiragana, covered[index] < 0 else {
                index += 1
                continue
            }
            var end = index
            while end < keys.count, keys[end].kind == .hiragana, covered[end] < 0 { end += 1 }
            let run = keys[index..<end].map { $0.text.unicodeScalars.first ?? " " }
            var offset = 0
            func starts(_ prefix: String) -> Bool { Self.run(run, at: offset, startsWith: prefix) }
            while offset < run.count {
                let at = index + offset
                if let length = Self.affirmingEnding(run, from: offset) {
                    offset += length  // 〜なければならない, 〜かもしれません: no negation
                } else if starts("ではなく") || starts("じゃなく") || starts("でなく") {
                    excludeBackward(&text, before: at)
                    offset += starts("でなく") ? 3 : 4
                } else if starts("ない") || starts("なく") || starts("なかっ") || starts("なし") || starts("ません")
                    || (run[offset] == "ず" && isNegativeZu(run, offset, runStart: index, keys: keys))
                {
                    if !Self.saysOnly(keys, text, before: at) { negateBackward(&text, before: at, lexicon: lexicon) }
                    offset += starts("ません") ? 3 : 2
                } else {
                    offset += 1
                }
            }
            index = end
        }
    }

    /// Whether the characters of a hiragana run from `offset` begin with `prefix`.
    static func run(_ run: [Unicode.Scalar], at offset: Int, startsWith prefix: String) -> Bool {
        var position = offset
        for scalar in prefix.unicodeScalars {
            guard position < run.count, run[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    /// Endings made of a negator that do not negate: obligation (〜なければならない, 〜なくてはいけない, 〜ないといけない,
    /// 〜なきゃ) and possibility (〜かもしれない, 〜かもしれません). The length to skip, or nil.
    static func affirmingEnding(_ run: [Unicode.Scalar], from offset: Int) -> Int? {
        func starts(_ prefix: String) -> Bool { Self.run(run, at: offset, startsWith: prefix) }
        for (head, tails) in [
            ("なければ", ["ならない", "なりません", "ならず", "いけない", "いけません", "だめ"]),
            ("なくては", ["ならない", "なりません", "いけない", "いけません", "だめ"]),
            ("ないと", ["いけない", "いけません", "だめ"]),
        ] where starts(head) {
            for tail in tails where starts(head + tail) { return (head + tail).unicodeScalars.count }
        }
        if starts("なきゃ") { return 3 }
        for ending in ["しれない", "しれません", "しれず"] where starts(ending) { return ending.unicodeScalars.count }
        return nil
    }

    /// 「X しか…ない」 says only X: the negator after it does not negate. True when しか follows a word (not a
    /// hiragana run, except だけしか) earlier in the clause, not as しかし ("however").
    static func saysOnly(_ keys: [MatchKey], _ text: AnalyzedText, before key: Int) -> Bool {
        let clause = text.keyClause[key]
        var index = key - 1
        while index >= 1, key - index <= 16, text.keyClause[index] == clause {
            if keys[index].text == "か", keys[index - 1].text == "し", keys[index - 1].kind == .hiragana,
                index + 1 >= keys.count || keys[index + 1].text != "し"
            {
                let before = index - 2
                if before < 0 || keys[before].kind != .hiragana { return true }
                if before >= 1, keys[before].text == "け", keys[before - 1].text == "だ" { return true }
            }
            index -= 1
        }
        return false
    }

    /// 〜ず is a negation after the a-row ending of a verb (変わらず, 使わず) or せ (せず), not in まず, 必ず, ずつ,
    /// ずっと or ずれる.
    private static func isNegativeZu(_ run: [Unicode.Scalar], _ offset: Int, runStart: Int, keys: [MatchKey]) -> Bool {
        if offset + 1 < run.count, "つっれらる".unicodeScalars.contains(run[offset + 1]) { return false }
        guard offset >= 1, "らわさかたまなばがせ".unicodeScalars.contains(run[offset - 1]) else { return false }
        if run[offset - 1] == "ま", offset >= 2 { return false }  // 「はまず」: the adverb まず after a particle
        if offset >= 2 { return true }
        let before = runStart - 1
        return before >= 0 && keys[before].kind.isJapanese  // 変わ|らず: the run starts after a lexicon form
    }

    /// A Japanese negator follows the verb or adjective it negates: the unit right before it in its clause
    /// (「保存しない」, 「変わらず」, 「必要ありません」). A negated 必要 passes the negation on to what is needed, the
    /// content unit before it (「再推定する必要はない」 does not re-estimate).
    private static func negateBackward(_ text: inout AnalyzedText, before key: Int, lexicon: Lexicon) {
        let clause = text.keyClause[key]
        let key = skippingAdverb(text, before: key)
        // The content unit of the clause before `index` (and before the negator), or nil.
        func previous(_ index: Int) -> Int? {
            for candidate in (0..<index).reversed()
            where text.units[candidate].keys.upperBound <= key && text.units[candidate].isContent {
                return text.units[candidate].clause == clause ? candidate : nil
            }
            return nil
        }
        guard let target = previous(text.firstUnit(from: key)) else { return }
        text.setUnit(target, negated: !text.units[target].negated)
        guard isNeed(text.units[target], lexicon), var index = previous(target) else { return }
        // The word before 必要: its overlapping character pairs, back to where they stop overlapping.
        var word = text.units[index].keys
        while true {
            text.setUnit(index, negated: !text.units[index].negated)
            guard let next = previous(index), text.units[next].keys.upperBound > word.lowerBound else { return }
            word = text.units[next].keys.lowerBound..<word.upperBound
            index = next
        }
    }

    /// Adverbs that sit between a topic and its negator (「発散することは基本的にはない」, 「常にではない」): the
    /// negator reaches past them and their particles to what they qualify.
    static let adverbs = ["基本的", "一般的", "通常", "決して", "全く", "必ずしも", "特", "絶対", "常", "普通", "滅多"]

    private static func skippingAdverb(_ text: AnalyzedText, before key: Int) -> Int {
        let keys = text.keys
        var end = key
        while end > 0, keys[end - 1].kind == .hiragana,
            "はにもでがら".unicodeScalars.contains(
                keys[end - 1].text.unicodeScalars.first ?? " ")
        {
            end -= 1
        }
        for adverb in adverbs {
            let scalars = Array(adverb.unicodeScalars)
            // The adverb's characters as keys (kanji one per key; hiragana too), ending at `end`.
            guard end >= scalars.count else { continue }
            let start = end - scalars.count
            let matches = (0..<scalars.count).allSatisfy { offset in
                keys[start + offset].text.unicodeScalars.first == scalars[offset]
                    && keys[start + offset].text.unicodeScalars.count == 1
            }
            if matches, text.keyClause[start] == text.keyClause[key] {
                var before = start
                while before > 0, keys[before - 1].kind == .hiragana,
                    "はにもでが".unicodeScalars.contains(keys[before - 1].text.unicodeScalars.first ?? " ")
                {
                    before -= 1
                }
                return before
            }
        }
        return key
    }

    /// Whether the は or も at `particle` marks a topic: after a word (推論時は), after とき (不均衡なときは), or after
    /// the particles で, に and と (推論では, 学習時には).
    private static func isTopicEnd(_ keys: [MatchKey], before particle: Int) -> Bool {
        let previous = keys[particle - 1]
        guard previous.kind == .hiragana else { return true }
        if ["で", "に", "と"].contains(previous.text) { return true }
        return previous.text == "き" && particle >= 2 && keys[particle - 2].text == "と"
    }

    /// 「X ではなく Y」: X runs back to the clause start or the topic particle は or も (「推論時は X ではなく」 keeps 推論時).
    private static func excludeBackward(_ text: inout AnalyzedText, before key: Int) {
        let clause = text.keyClause[key]
        var start = key
        while start > 0, text.keyClause[start - 1] == clause {
            let previous = text.keys[start - 1]
            if previous.kind == .hiragana, previous.text == "は" || previous.text == "も", start >= 2,
                isTopicEnd(text.keys, before: start - 1)
            {
                break
            }
            start -= 1
        }
        for index in text.firstUnit(from: start)..<text.firstUnit(from: key)
        where text.units[index].keys.upperBound <= key {
            text.setUnit(index, excluded: true)
        }
    }
}
