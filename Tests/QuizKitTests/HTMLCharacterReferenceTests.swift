import Foundation
import Testing

@testable import QuizKit

/// HTML5 character references, checked against Python's `html.unescape` (Fixtures/html/make_entities.py wrote the
/// cases from it): every one of the 2,231 names, and malformed references.
@Suite struct HTMLCharacterReferenceTests {
    static func cases() throws -> [(input: String, expected: String)] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/html/unescape-cases.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            let pair = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String])
            return (pair[0], pair[1])
        }
    }

    @Test func everyCaseDecodesAsPythonsHTMLUnescape() throws {
        let cases = try Self.cases()
        #expect(cases.count > 2_600)
        var mismatches: [String] = []
        for (input, expected) in cases where HTMLCharacterReferences.decoded(input) != expected {
            mismatches.append(
                "\(input.debugDescription) → \(HTMLCharacterReferences.decoded(input).debugDescription), expected \(expected.debugDescription)"
            )
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(mismatches.prefix(10))")
    }

    @Test func theTableHoldsEveryNameOfHTML5() {
        #expect(HTMLCharacterReferences.named.count == 2_231)
        #expect(HTMLCharacterReferences.named["NotNestedGreaterGreater;"] == "\u{2AA2}\u{338}")
    }

    @Test func theReferencesTheIssueNamesAreDecoded() {
        let text = "&minus; &lambda; &sup2; &hellip; &rarr; &mdash; &times; &deg; &eacute;"
        #expect(HTMLCharacterReferences.decoded(text) == "− λ ² … → — × ° é")
    }
}
