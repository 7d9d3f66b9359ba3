import Testing

@testable import QuizKit

/// `keyPointCues` in the JSON format and `### Cues` in the Markdown format: read, checked with paths, written back.
@Suite struct KeyPointCuesFormatTests {
    static func json(cues: String) -> String {
        """
        {"schemaVersion": 1, "id": "d", "title": "D", "languages": ["en", "ja"], "questions": [{
          "id": "bn", "topic": "training", "difficulty": 1, "minutes": 2, "question": "BN?", "answer": "It normalizes.",
          "keyPoints": ["Mini-batch statistics", "Running averages at inference", "Helps"],
          "keyPointCues": \(cues)
        }]}
        """
    }

    /// The problems of a deck text, as "path: problem" lines.
    static func problems(_ text: String, markdown: Bool = false) -> [String] {
        do {
            _ =
                markdown
                ? try MarkdownDeckReader.read(bytes: Array(text.utf8), source: "d.md")
                : try DeckLoader.load(bytes: Array(text.utf8), source: "d.json")
            return []
        } catch {
            guard case .invalidDeck(_, let diagnostics, _) = error else { return ["\(error)"] }
            return diagnostics.map {
                "\($0.location.map { "\($0.line):\($0.column) " } ?? "")\($0.path): \($0.problem)"
            }
        }
    }

    @Test func jsonCuesAreReadPerPointAndLanguage() throws {
        let text = Self.json(
            cues: #"{"2": {"en": ["all: running mean, inference  "], "ja": ["all: 移動平均, 推論"]}, "3": ["need: faster"]}"#)
        let question = try DeckLoader.load(bytes: Array(text.utf8), source: "d.json").questions[0]
        #expect(question.keyPointCues.count == 3)
        #expect(question.cues(forPoint: 0).isEmpty)
        #expect(question.cues(forPoint: 1).lines(in: "en") == ["all: running mean, inference"])  // trimmed
        #expect(question.cues(forPoint: 1).lines(in: "ja") == ["all: 移動平均, 推論"])
        #expect(question.cues(forPoint: 2).lines(in: "ja") == ["need: faster"])
        #expect(question.cues(forPoint: 7).isEmpty)
    }

    @Test func aDeckWithoutCuesLoadsAsBefore() throws {
        let text = Self.json(cues: "{}")
        #expect(try DeckLoader.load(bytes: Array(text.utf8), source: "d.json").questions[0].keyPointCues.isEmpty)
    }

    @Test func badCuesAreReportedWithTheirPaths() {
        let text = Self.json(
            cues: #"{"4": ["all: x"], "2": {"fr": ["all: x"], "en": ["all: x,, y", "sometimes: x", 3]}, "1": "all: x"}"#
        )
        #expect(
            Self.problems(text) == [
                "4:20 questions[0].keyPointCues.4: cueForMissingPoint(\"4\", keyPointCount: 3)",
                "4:43 questions[0].keyPointCues.2.fr: unknownLanguage(\"fr\", deckLanguages: [\"en\", \"ja\"])",
                "4:68 questions[0].keyPointCues.2.en[0]: badCue(QuizKit.CueSyntaxError(column: 8, problem: QuizKit.CueSyntaxError.Problem.emptyTerm))",
                "4:82 questions[0].keyPointCues.2.en[1]: badCue(QuizKit.CueSyntaxError(column: 1, problem: QuizKit.CueSyntaxError.Problem.unknownKind(\"sometimes\")))",
                "4:98 questions[0].keyPointCues.2.en[2]: expectedString(found: QuizKit.DeckDiagnostic.ValueKind.number)",
                "4:108 questions[0].keyPointCues.1: expectedArray(found: QuizKit.DeckDiagnostic.ValueKind.string)",
            ])
    }

    static let markdown = """
        ---
        id: d
        title: D
        languages: [en, ja]
        ---

        ## bn (training, difficulty 1, 2 min)

        BN?

        ### Answer

        It normalizes.

        ### Key points

        - Mini-batch statistics
        - Running averages at inference
        - Helps

        ### Cues

        - 2 [en] all: running mean, inference
        - 2 [ja] all: 移動平均, 推論
        - 3 need: faster

        """

    @Test func markdownCuesReadAsJSONCuesDo() throws {
        let fromMarkdown = try MarkdownDeckReader.read(bytes: Array(Self.markdown.utf8), source: "d.md")
        let text = Self.json(
            cues: #"{"2": {"en": ["all: running mean, inference"], "ja": ["all: 移動平均, 推論"]}, "3": ["need: faster"]}"#)
        let fromJSON = try DeckLoader.load(bytes: Array(text.utf8), source: "d.json")
        #expect(fromMarkdown.questions[0].keyPointCues == fromJSON.questions[0].keyPointCues)
    }

    @Test func cuesSurviveEveryRoundTrip() throws {
        let deck = try MarkdownDeckReader.read(bytes: Array(Self.markdown.utf8), source: "d.md")
        let written = MarkdownDeckWriter().write(deck)
        #expect(
            written.contains(
                "### Cues\n\n- 2 [en] all: running mean, inference\n- 2 [ja] all: 移動平均, 推論\n- 3 need: faster\n"))
        #expect(try MarkdownDeckReader.read(bytes: Array(written.utf8), source: "w.md") == deck)
        let json = DeckJSONExporter().export(deck)
        #expect(json.contains(#""keyPointCues""#))
        #expect(try DeckLoader.load(bytes: Array(json.utf8), source: "w.json") == deck)
    }

    @Test func badMarkdownCuesAreReportedWithTheirLines() {
        let text = Self.markdown.replacingOccurrences(
            of: "- 3 need: faster\n",
            with: "- 9 need: faster\n- 3 [fr] all: x\n- two all: x\n- 1 [en] need\n- 1 [en] need: x\n- 1 all: x\n")
        // The item that is not one is found while the section is read; the rest when it is checked.
        #expect(
            Self.problems(text, markdown: true) == [
                "27:3 bn.keyPointCues: expectedCueItem",
                "25:3 bn.keyPointCues.9: cueForMissingPoint(\"9\", keyPointCount: 3)",
                "26:6 bn.keyPointCues.3.fr: unknownLanguage(\"fr\", deckLanguages: [\"en\", \"ja\"])",
                "28:10 bn.keyPointCues.1.en[0]: badCue(QuizKit.CueSyntaxError(column: 1, problem: QuizKit.CueSyntaxError.Problem.missingKind))",
                "30:5 bn.keyPointCues.1: textAndTranslations",
            ])
    }
}

extension KeyPointCuesFormatTests {
    @Test func badMarkdownCueItemsAreNamedAsWrittenAndPlacedAtTheirColumn() {
        let text = Self.markdown.replacingOccurrences(
            of: "- 3 need: faster\n",
            with: "- 3 near 0: x\n- 3 all: x, y\n- 3 near 99: x\n- 3 any 3: x, y\n- 3 all: x,, y\n")
        // Each item keeps its place among the point's items, bad ones included; a column inside the cue becomes the
        // diagnostic's own column (the cue's error then has none).
        #expect(
            Self.problems(text, markdown: true) == [
                "25:5 bn.keyPointCues.3[0]: badCue(QuizKit.CueSyntaxError(column: 1, problem: QuizKit.CueSyntaxError.Problem.badWindow(\"0\")))",
                "27:5 bn.keyPointCues.3[2]: badCue(QuizKit.CueSyntaxError(column: 1, problem: QuizKit.CueSyntaxError.Problem.badWindow(\"99\")))",
                "28:5 bn.keyPointCues.3[3]: badCue(QuizKit.CueSyntaxError(column: 1, problem: QuizKit.CueSyntaxError.Problem.fewerTermsThanCount(count: 3, terms: 2)))",
                "29:12 bn.keyPointCues.3[4]: badCue(QuizKit.CueSyntaxError(column: 0, problem: QuizKit.CueSyntaxError.Problem.emptyTerm))",
            ])
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        replacing(target, with: replacement)
    }
}
