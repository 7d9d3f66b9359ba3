/// The web addresses in a text, found where GitHub's autolink extension (GFM, "Autolinks (extension)") finds them:
/// from `http://`, `https://` or `www.` up to a blank, `<` or `>`, without the trailing punctuation that ends a sentence
/// (`?!.,:*_~'"`) or a `)` that closes a parenthesis opened before the address.
enum URLSpans {
    /// A piece of text: an address or the text between addresses.
    struct Piece: Equatable {
        var text: Substring
        var isURL: Bool
    }

    /// The text cut into addresses and the rest, in order.
    static func pieces(of text: some StringProtocol) -> [Piece] {
        let text = Substring(text)
        var pieces: [Piece] = []
        var rest = text[...]
        var plainStart = text.startIndex
        while let start = nextStart(in: rest) {
            var end = start
            while end < text.endIndex, !text[end].isWhitespace, text[end] != "<", text[end] != ">" {
                end = text.index(after: end)
            }
            var url = text[start..<end]
            url = trimmed(url)
            guard url.count > (url.lowercased().hasPrefix("www.") ? 4 : url.lowercased().hasPrefix("https://") ? 8 : 7)
            else {
                rest = text[text.index(after: start)...]
                continue
            }
            if plainStart < start { pieces.append(Piece(text: text[plainStart..<start], isURL: false)) }
            pieces.append(Piece(text: url, isURL: true))
            plainStart = url.endIndex
            rest = text[url.endIndex...]
        }
        if plainStart < text.endIndex { pieces.append(Piece(text: text[plainStart...], isURL: false)) }
        return pieces
    }

    /// Where the next address starts: a scheme or `www.` at the start or after a character that is not a letter.
    private static func nextStart(in text: Substring) -> Substring.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "h" || character == "H" || character == "w" || character == "W" {
                let isBoundary = index == text.startIndex || !text[text.index(before: index)].isLetter
                let lowered = text[index...].prefix(8).lowercased()
                if isBoundary
                    && (lowered.hasPrefix("https://") || lowered.hasPrefix("http://") || lowered.hasPrefix("www."))
                {
                    return index
                }
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// The address without trailing punctuation and unbalanced closing parentheses.
    private static func trimmed(_ url: Substring) -> Substring {
        var url = url
        while let last = url.last {
            if "?!.,:*_~'\"".contains(last) {
                url = url.dropLast()
            } else if last == ")", url.filter({ $0 == ")" }).count > url.filter({ $0 == "(" }).count {
                url = url.dropLast()
            } else {
                break
            }
        }
        return url
    }
}
