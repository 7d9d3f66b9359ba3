/// Readers of JSON values for `DeckDecoder`: each checks its value's kind and range and reports a problem with the
/// value's path when it is wrong.
extension DeckDecoder {
    mutating func languageList(_ node: JSONNode) -> [String]? {
        guard let elements = array(node, path: "languages") else { return nil }
        if elements.isEmpty {
            report(node.offset, "languages", .noLanguages)
            return nil
        }
        var result: [String] = []
        for (index, element) in elements.enumerated() {
            let path = "languages[\(index)]"
            guard let code = string(element, path: path) else { continue }
            if let problem = DeckRules.languageProblem(code, listedBefore: result) {
                report(element.offset, path, problem)
                continue
            }
            result.append(code)
        }
        return result
    }

    mutating func localizedList(
        _ node: JSONNode, path: String, count: ClosedRange<Int>, singleLine: Bool
    ) -> [LocalizedText]? {
        guard let elements = array(node, path: path) else { return nil }
        if let problem = DeckRules.countProblem(elements.count, allowed: count) { report(node.offset, path, problem) }
        var result: [LocalizedText] = []
        for (index, element) in elements.enumerated() {
            if let text = localized(element, path: "\(path)[\(index)]", singleLine: singleLine) { result.append(text) }
        }
        return result
    }

    /// A plain string (the same in every language) or an object with exactly the deck's languages.
    mutating func localized(_ node: JSONNode, path: String, singleLine: Bool = false) -> LocalizedText? {
        switch node.value {
        case .string(let text):
            guard checkText(text, at: node.offset, path: path, singleLine: singleLine) else { return nil }
            return LocalizedText(text)
        case .object(let members):
            var translations: [LocalizedText.Translation] = []
            var isValid = true
            var seen = Set<String>()
            for member in members {
                let memberPath = childPath(path, member.key)
                // `{"en": "A", "ja": "x", "ja": "y"}`: which text is meant cannot be told, so neither is taken.
                guard seen.insert(member.key).inserted else {
                    report(member.keyOffset, memberPath, .duplicateKey(echo(member.key)))
                    isValid = false
                    continue
                }
                guard languages.contains(member.key) else {
                    report(
                        member.keyOffset, memberPath, DeckRules.unknownLanguage(member.key, deckLanguages: languages))
                    isValid = false
                    continue
                }
                guard let text = string(member.value, path: memberPath),
                    checkText(text, at: member.value.offset, path: memberPath, singleLine: singleLine)
                else {
                    isValid = false
                    continue
                }
                translations.append(.init(language: member.key, text: text))
            }
            for language in languages where !translations.contains(where: { $0.language == language }) {
                if members.contains(where: { $0.key == language }) { continue }
                report(node.offset, path, .missingLanguage(language))
                isValid = false
            }
            return isValid ? LocalizedText(translations: translations) : nil
        default:
            report(node.offset, path, .expectedText(found: node.kind))
            return nil
        }
    }

    mutating func checkText(_ text: String, at offset: Int, path: String, singleLine: Bool) -> Bool {
        guard let problem = DeckRules.textProblem(text, singleLine: singleLine) else { return true }
        report(offset, path, problem)
        return false
    }

    mutating func identifier(_ node: JSONNode, path: String) -> String? {
        guard let text = string(node, path: path) else { return nil }
        if let problem = DeckRules.identifierProblem(text) {
            report(node.offset, path, problem)
            return nil
        }
        return text
    }

    mutating func string(_ node: JSONNode, path: String) -> String? {
        guard case .string(let text) = node.value else {
            report(node.offset, path, .expectedString(found: node.kind))
            return nil
        }
        return text
    }

    mutating func integer(_ node: JSONNode, path: String, in range: ClosedRange<Int>) -> Int? {
        guard case .number(let number, let isInteger) = node.value, isInteger || number.rounded() == number,
            let value = Int(exactly: number)
        else {
            report(node.offset, path, .expectedWholeNumber(found: describe(node)))
            return nil
        }
        if let problem = DeckRules.rangeProblem(value, in: range) {
            report(node.offset, path, problem)
            return nil
        }
        return value
    }

    mutating func positiveNumber(_ node: JSONNode, path: String) -> Double? {
        guard case .number(let number, _) = node.value else {
            report(node.offset, path, .expectedMinutes(found: describe(node)))
            return nil
        }
        if let problem = DeckRules.minutesProblem(number) {
            report(node.offset, path, problem)
            return nil
        }
        return number
    }

    func describe(_ node: JSONNode) -> DeckDiagnostic.Found {
        switch node.value {
        case .number(let number, _): .number(number)
        case .string(let text): .string(echo(text, limit: 40))
        default: .kind(node.kind)
        }
    }

    mutating func array(_ node: JSONNode, path: String) -> [JSONNode]? {
        guard case .array(let elements) = node.value else {
            report(node.offset, path, .expectedArray(found: node.kind))
            return nil
        }
        return elements
    }

    mutating func object(_ node: JSONNode, path: String, what: DeckDiagnostic.ObjectRole) -> [JSONMember]? {
        guard case .object(let members) = node.value else {
            report(node.offset, path, .expectedObject(what, found: node.kind))
            return nil
        }
        var seen = Set<String>()
        for member in members where !seen.insert(member.key).inserted {
            report(member.keyOffset, childPath(path, member.key), .duplicateKey(echo(member.key)))
        }
        return members
    }

    func member(_ key: String, in members: [JSONMember]) -> JSONNode? {
        members.first { $0.key == key }?.value
    }

    mutating func required(_ key: String, in members: [JSONMember], of parent: JSONNode, path: String) -> JSONNode? {
        if let value = member(key, in: members) { return value }
        report(parent.offset, path, .missingField(key))
        return nil
    }

    /// Reports every member not in `allowed`, with a did-you-mean; once the problem list is full, the rest are
    /// only counted (a deck with a million unknown keys costs no million suggestions).
    mutating func checkKeys(_ members: [JSONMember], allowed: [String], path: String) {
        for member in members where !allowed.contains(member.key) {
            guard problems.count < Self.problemLimit else {
                report(member.keyOffset, path, .unknownFieldPastLimit)
                continue
            }
            let suggestion = Suggestions.closest(to: member.key, among: allowed, limit: 1).first
            report(
                member.keyOffset, childPath(path, member.key),
                .unknownField(echo(member.key), suggestion: suggestion, allowed: allowed.filter { $0 != "$schema" }))
        }
    }
}

/// Quotes untrusted deck text in a message: controls escaped, length capped.
func echo(_ text: some StringProtocol, limit: Int = UntrustedText.defaultLimit) -> String {
    UntrustedText.echoed(text, limit: limit)
}

/// The JSON path of a member, with its (untrusted) key echoed safely.
func childPath(_ path: String, _ key: String) -> String {
    path.isEmpty ? echo(key) : path + "." + echo(key)
}

/// Whether `text` is lowercase kebab-case: `a-z`, `0-9` and single hyphens between them.
func isKebabCase(_ text: String) -> Bool {
    guard !text.isEmpty, text.utf8.count <= 100 else { return false }
    var previousWasHyphen = true
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            previousWasHyphen = false
        case UInt8(ascii: "-"):
            if previousWasHyphen { return false }
            previousWasHyphen = true
        default:
            return false
        }
    }
    return !previousWasHyphen
}

/// Whether `text` looks like a BCP 47 language tag such as `en`, `ja` or `pt-BR`.
func isLanguageCode(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLowercase })
    else { return false }
    return parts.dropFirst().allSatisfy {
        (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
}

extension Double {
    /// The number without a trailing `.0` when it is whole.
    var formatted: String {
        if rounded() == self, abs(self) < 1e15 { return String(Int(self)) }
        return String(self)
    }
}
