/// The cloze deletions of an Anki Cloze note's text, read as Anki's own parser (`rslib/src/cloze.rs`) reads them:
/// `{{c1::hidden}}`, `{{c1::hidden::hint}}`, one deletion in several cards (`{{c1,2::…}}`), deletions nested up to
/// ten deep; a `}}` outside any deletion is text. Anki makes one card per cloze number; so does `question(for:)`.
struct AnkiCloze {
    indirect enum Node {
        case text(String)
        case deletion(numbers: [Int], nodes: [Node], hint: String?)
    }

    let nodes: [Node]

    /// The cloze numbers used, ascending.
    let numbers: [Int]

    /// Parses `text` (HTML or plain); nil when it has no deletion with a number of 1 or more.
    init?(_ text: String) {
        guard Self.mayHoldDeletion(text) else { return nil }
        var opened: [(numbers: [Int], nodes: [Node], hint: String?)] = []
        var output: [Node] = []
        for token in Self.tokens(text) {
            switch token {
            case .opening(let numbers):
                // Anki ignores an opening beyond the tenth level (its closing then ends the level above).
                if opened.count < 10 { opened.append((numbers, [], nil)) }
            case .text(var text):
                guard !opened.isEmpty else {
                    output.append(.text(text))
                    continue
                }
                if !text.hasPrefix("image-occlusion:"), let separator = text.firstRange(of: "::") {
                    opened[opened.count - 1].hint = String(text[separator.upperBound...])
                    text = String(text[..<separator.lowerBound])
                }
                opened[opened.count - 1].nodes.append(.text(text))
            case .close:
                guard let deletion = opened.popLast() else {
                    output.append(.text("}}"))
                    continue
                }
                let node = Node.deletion(numbers: deletion.numbers, nodes: deletion.nodes, hint: deletion.hint)
                if opened.isEmpty { output.append(node) } else { opened[opened.count - 1].nodes.append(node) }
            }
        }
        // A deletion never closed shows its text, unhidden.
        while let deletion = opened.popLast() {
            if opened.isEmpty { output += deletion.nodes } else { opened[opened.count - 1].nodes += deletion.nodes }
        }
        var numbers = Set<Int>()
        Self.collectNumbers(output, into: &numbers)
        guard !numbers.isEmpty else { return nil }
        self.nodes = output
        self.numbers = numbers.sorted()
    }

    /// Whether the note is an Image Occlusion note (its deletions are shapes on an image, not text).
    var isImageOcclusion: Bool {
        func check(_ nodes: [Node]) -> Bool {
            nodes.contains { node in
                guard case .deletion(_, let inner, _) = node else { return false }
                if case .text(let text)? = inner.first, text.hasPrefix("image-occlusion:") { return true }
                return check(inner)
            }
        }
        return check(nodes)
    }

    /// The card for cloze `number`: each of its deletions shown as `[hint]`, or `[…]` without a hint; every other
    /// deletion shows its text.
    func question(for number: Int) -> String {
        Self.render(nodes, hiding: number)
    }

    /// The texts the card for cloze `number` hides, in order (with any deletions nested in them shown).
    func answers(for number: Int) -> [String] {
        var answers: [String] = []
        func collect(_ nodes: [Node]) {
            for case .deletion(let numbers, let inner, _) in nodes {
                if numbers.contains(number) { answers.append(Self.render(inner, hiding: nil)) } else { collect(inner) }
            }
        }
        collect(nodes)
        return answers
    }

    private static func render(_ nodes: [Node], hiding number: Int?) -> String {
        var result = ""
        for node in nodes {
            switch node {
            case .text(let text): result += text
            case .deletion(let numbers, let inner, let hint):
                if let number, numbers.contains(number) {
                    result += "[" + (hint ?? "…") + "]"
                } else {
                    result += render(inner, hiding: number)
                }
            }
        }
        return result
    }

    private static func collectNumbers(_ nodes: [Node], into numbers: inout Set<Int>) {
        for case .deletion(let list, let inner, _) in nodes {
            numbers.formUnion(list.filter { $0 > 0 })
            collectNumbers(inner, into: &numbers)
        }
    }

    // MARK: Tokens

    /// Whether `{{c` occurs at all: most fields have no deletion, and this keeps them cheap.
    private static func mayHoldDeletion(_ text: String) -> Bool {
        var braces = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "c") && braces >= 2 { return true }
            braces = byte == UInt8(ascii: "{") ? braces + 1 : 0
        }
        return false
    }

    private enum Token {
        case opening([Int])
        case text(String)
        case close
    }

    /// `{{c` numbers `::` openings, `}}` closings, and the text between them.
    private static func tokens(_ text: String) -> [Token] {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        var textStart = 0
        var index = 0
        func flush(upTo end: Int) {
            if end > textStart { tokens.append(.text(String(decoding: bytes[textStart..<end], as: UTF8.self))) }
        }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "}"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "}") {
                flush(upTo: index)
                tokens.append(.close)
                index += 2
                textStart = index
            } else if let (numbers, length) = opening(bytes, at: index) {
                flush(upTo: index)
                tokens.append(.opening(numbers))
                index += length
                textStart = index
            } else {
                index += 1
            }
        }
        flush(upTo: bytes.count)
        return tokens
    }

    /// `{{c1::` or `{{c1,2::` at `index`: the numbers and the opening's length.
    private static func opening(_ bytes: [UInt8], at index: Int) -> ([Int], Int)? {
        guard bytes[index...].starts(with: Array("{{c".utf8)) else { return nil }
        var end = index + 3
        while end < bytes.count,
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) || bytes[end] == UInt8(ascii: ",")
        {
            end += 1
        }
        let list = String(decoding: bytes[(index + 3)..<end], as: UTF8.self)
        let numbers = Array(Set(list.split(separator: ",").compactMap { Int($0) })).sorted()
        guard !numbers.isEmpty, bytes[end...].starts(with: Array("::".utf8)) else { return nil }
        return (numbers, end + 2 - index)
    }
}
