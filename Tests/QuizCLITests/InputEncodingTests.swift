import Testing

@testable import QuizKit

/// One encoding rule for every format a user brings: UTF-8 with or without a byte-order mark is read; UTF-16/32, text
/// that is not UTF-8 and zip archives are refused with the place of the first bad byte, never read as U+FFFD.
@Suite struct InputEncodingTests {
    /// The four readers, each given the same bytes.
    static func read(_ format: String, _ bytes: [UInt8]) throws -> Deck {
        switch format {
        case "json": try DeckFormat.json.read(bytes: bytes, source: "d")
        case "markdown": try DeckFormat.markdown.read(bytes: bytes, source: "d")
        case "anki": try AnkiTextImporter().deck(from: bytes, source: "d")
        default: try CSVDeckImporter(deckID: "c").deck(from: bytes, source: "d")
        }
    }

    /// A small valid file in each format, with `Café` in it.
    static let valid: [String: String] = [
        "json":
            "{\"schemaVersion\": 1, \"id\": \"d\", \"languages\": [\"en\"],\n\"title\": \"Café\", \"questions\": [{\"id\": \"q\", \"topic\": \"t\", \"difficulty\": 1, \"minutes\": 1, \"question\": \"Q?\", \"answer\": \"A.\"}]}\n",
        "markdown":
            "---\nid: d\ntitle: Café\nlanguages: [en]\n---\n\n## q (t, difficulty 1, 1 min)\n\nQ?\n\n### Answer\n\nA.\n",
        "anki": "#separator:tab\nCafé?\tYes.\n",
        "csv": "question,answer\nCafé?,Yes.\n",
    ]

    static func problems(_ read: () throws -> Deck) -> [String] {
        do {
            _ = try read()
            return []
        } catch {
            guard case .invalidDeck(_, let diagnostics, _) = error as? QuizError else { return ["\(error)"] }
            return diagnostics.map(\.testLine)
        }
    }

    @Test(arguments: ["json", "markdown", "anki", "csv"])
    func utf8IsReadWithAndWithoutAByteOrderMark(format: String) throws {
        let text = try #require(Self.valid[format])
        let plain = try Self.read(format, Array(text.utf8))
        let marked = try Self.read(format, [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(plain == marked)
        #expect(DeckJSONExporter().export(plain).contains("Café"))
    }

    @Test(arguments: ["json", "markdown", "anki", "csv"])
    func windows1252IsRefusedAtItsFirstBadByte(format: String) throws {
        let text = try #require(Self.valid[format])
        // Windows-1252 writes é as the single byte 0xE9.
        let bytes = Array(text.utf8).split(separator: 0xC3, maxSplits: 1, omittingEmptySubsequences: false)
        let legacy = Array(bytes[0]) + [0xE9] + Array(bytes[1].dropFirst())
        let lines = text.split(separator: "\n")
        let line = try #require(lines.firstIndex { $0.contains("é") })
        let column = lines[line].prefix { $0 != "é" }.count + 1
        #expect(
            Self.problems { try Self.read(format, legacy) } == [
                "\(line + 1):\(column): this text is not valid UTF-8; save the file as UTF-8"
            ])
    }

    @Test(arguments: ["json", "markdown", "anki", "csv"])
    func utf16AndUTF32AreNamedWithTheirByteOrder(format: String) throws {
        let text = try #require(Self.valid[format])
        let units = Array(text.utf16)
        let cases: [(bytes: [UInt8], name: String)] = [
            ([0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "UTF-16 (little-endian)"),
            (units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "UTF-16 (little-endian)"),
            ([0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, "UTF-16 (big-endian)"),
            (units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, "UTF-16 (big-endian)"),
            (
                text.unicodeScalars.flatMap {
                    [UInt8($0.value & 0xFF), UInt8($0.value >> 8 & 0xFF), UInt8($0.value >> 16), 0]
                }, "UTF-32 (little-endian)"
            ),
            (
                [0, 0, 0xFE, 0xFF]
                    + text.unicodeScalars.flatMap {
                        [0, UInt8($0.value >> 16), UInt8($0.value >> 8 & 0xFF), UInt8($0.value & 0xFF)]
                    }, "UTF-32 (big-endian)"
            ),
        ]
        for (bytes, name) in cases {
            #expect(
                Self.problems { try Self.read(format, bytes) } == [
                    "1:1: this file is saved as \(name); save it as UTF-8 (without a byte-order mark, or with one)"
                ])
        }
    }

    @Test(arguments: ["json", "markdown", "anki", "csv"])
    func aZipArchiveIsNamedAsWhatItHolds(format: String) throws {
        let header: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]
        let apkg = header + Array(repeating: 0, count: 20) + Array("collection.anki21".utf8) + [0x78, 0x9C, 0xE9, 0xFF]
        let xlsx = header + Array(repeating: 0, count: 20) + Array("[Content_Types].xml".utf8) + [0xE9]
        #expect(
            Self.problems { try Self.read(format, apkg) }.first?.hasPrefix(
                "1:1: this is an Anki package (.apkg or .colpkg)") == true)
        #expect(
            Self.problems { try Self.read(format, xlsx) }.first?.hasPrefix("1:1: this is a spreadsheet workbook")
                == true)
        #expect(
            Self.problems { try Self.read(format, header + [0xFF]) } == ["1:1: this is a zip archive, not a text file"])
    }

    @Test func theFirstBadByteIsFoundWhereverItIs() {
        let cases: [(bytes: [UInt8], offset: Int?)] = [
            (Array("plain ascii".utf8), nil),
            (Array("日本語 é 😀".utf8), nil),
            ([0x61, 0xC0, 0x80], 1),  // overlong NUL
            ([0x61, 0x62, 0xED, 0xA0, 0x80], 2),  // a surrogate
            ([0xF4, 0x90, 0x80, 0x80], 0),  // above U+10FFFF
            ([0x61, 0xE3, 0x81], 1),  // a truncated character at the end
            ([0x61, 0x80], 1),  // a lone continuation byte
            (Array("ok".utf8) + [0xF0, 0x9F, 0x98], 2),
        ]
        for (bytes, offset) in cases {
            #expect(InputBytes.firstInvalidUTF8(bytes) == offset, "\(bytes)")
            #expect((offset == nil) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }
}
