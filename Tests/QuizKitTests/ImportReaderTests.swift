import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// The importers read a file one record at a time and place only the problems they keep; both give what reading
/// everything at once gave.
@Suite struct ImportReaderTests {
    @Test func recordsComeOneAtATimeWithTheirOffsetsAndAnUnclosedQuoteAfterTheLast() {
        let text = "a,\"b\nc\"\r\n\n#x,y\n\"open,z\n"
        let bytes = Array(text.utf8)
        var reader = DelimitedText(bytes: bytes, separator: UInt8(ascii: ","), skipsComments: true).reader(from: 0)
        #expect(reader.next().map { $0.fields } == ["a", "b\nc"])
        #expect(reader.unclosedQuote == nil)
        #expect(reader.next() == nil)
        #expect(reader.unclosedQuote == 15)
        #expect(reader.next() == nil)
        let all = DelimitedText(bytes: bytes, separator: UInt8(ascii: ","), skipsComments: false).records(from: 0)
        #expect(all.records.map(\.fields) == [["a", "b\nc"], ["#x", "y"]])
        #expect(all.records.map(\.offsets) == [[0, 2], [10, 13]])
        #expect(all.unclosedQuote == 15)
    }

    @Test func problemsArePlacedAsTheLineIndexPlacesThem() {
        let text = "question,answer\r\nCafé,\"x\ny\"\n語,\n\n,ok"
        let bytes = Array(text.utf8)
        let offsets = [0, 3, 17, 22, 23, 30, 35, bytes.count, bytes.count + 5, -2]
        let index = LineIndex(bytes: bytes)
        let placed = DeckImportBuilder.locations(of: offsets, in: bytes)
        for offset in offsets {
            #expect(placed[offset] == index.location(of: offset), "offset \(offset)")
        }
    }

    @Test func aHeaderWithoutTheRequiredColumnsReportsOnlyTheHeaderWhateverFollows() throws {
        let text = "front,back\n" + String(repeating: ",\n", count: 10_000)
        let error = #expect(throws: QuizError.self) {
            try CSVDeckImporter(deckID: "d").deck(from: Array(text.utf8), source: "x.csv")
        }
        guard case .invalidDeck(_, let diagnostics, let total) = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(total == 2)
        #expect(diagnostics.map(\.path) == ["header", "header"])
    }

    @Test func tenThousandEmptyRowsKeepTheFirstProblemsAndCountTheRest() throws {
        let text = "question,answer\n" + String(repeating: ",\n", count: 10_000)
        let error = #expect(throws: QuizError.self) {
            try CSVDeckImporter(deckID: "d").deck(from: Array(text.utf8), source: "x.csv")
        }
        guard case .invalidDeck(_, let diagnostics, let total) = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(total == 20_000)
        #expect(diagnostics.count == DeckRules.problemLimit)
        #expect(diagnostics.first?.path == "rows[1].question")
        #expect(diagnostics.first?.location == SourceLocation(line: 2, column: 1))
        #expect(diagnostics.last?.location == SourceLocation(line: 26, column: 1))
    }
}
