import Foundation
import QuizKit
import Testing

/// The hostile deck as the Markdown writer writes it, byte for byte the file that Fixtures/markdown/check_markdown.py
/// checked with cmark-gfm (one heading per question and section, no rule, no table, links as the deck holds them).
@Suite struct MarkdownWriterFixtureTests {
    @Test func theWrittenHostileDeckIsTheOneCheckedWithCmarkGFM() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/markdown")
        let json = [UInt8](try Data(contentsOf: folder.appendingPathComponent("hostile-deck.json")))
        let deck = try DeckFormat.json.read(bytes: json, source: "hostile-deck.json")
        let verified = try String(contentsOf: folder.appendingPathComponent("hostile-deck.md"), encoding: .utf8)
        #expect(DeckFormat.markdown.write(deck) == verified)
    }
}
