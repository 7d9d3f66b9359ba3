import Foundation
import Testing

@testable import QuizKit

/// Display width as terminals draw it: Unicode 16.0's East Asian Width (checked against unicodedata2's data in
/// Fixtures/unicode/wide-cases.txt) and grapheme clusters, halfwidth katakana with their voiced marks included.
@Suite struct DisplayWidthTests {
    @Test func theWideTableAgreesWithUnicode16() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/unicode/wide-cases.txt")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3_000)
        var mismatches: [String] = []
        for line in lines {
            let parts = line.split(separator: " ")
            guard let value = UInt32(parts[0], radix: 16) else { continue }
            if DisplayWidth.isWide(value) != (parts[1] == "W") { mismatches.append(String(line)) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test(arguments: [
        ("ｶﾞ", 2), ("ﾊﾟﾋﾟﾌﾟ", 6), ("ｶﾞｷﾞｸﾞｹﾞｺﾞ", 10), ("ｱｲｳ", 3), ("ガ", 2), ("が", 2), ("ｶ\u{3099}", 1),
        ("日本語", 6), ("Ａ", 2), ("é", 1), ("e\u{301}", 1), ("👩‍💻", 2), ("🇯🇵", 2), ("❤️", 2), ("⌚︎", 1),
        ("\u{1F6DC}", 2), ("\u{2E80}", 2), ("\u{31E4}", 2), ("\u{1F93B}", 1),
    ])
    func widthsAreTheColumnsATerminalDraws(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func wrappedHalfwidthKatakanaFitsItsWidth() {
        let text = String(repeating: "ｶﾞｷﾞｸﾞ ", count: 12)
        let lines = TextWrapper(width: 20).wrap(text)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
        #expect(lines.count > 3)
    }
}
