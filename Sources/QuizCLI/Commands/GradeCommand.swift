import QuizKit
import QuizStore

/// `dlquiz grade ID`: the key points a written answer covers, with their evidence, and the grade they would propose.
struct GradeCommand: ParsableCommand {
    @Argument(
        help: "The question's id, as 'dlquiz list' shows it.",
        ja: "質問の id です（'dlquiz list' に表示されるものです）。",
        completion: .deck(.ids))
    var id: String

    @Option(
        valueName: "file",
        help: "Read the answer from this file (UTF-8 text) instead of standard input.",
        ja: "回答を標準入力ではなく、このファイル（UTF-8 のテキスト）から読みます。",
        completion: .file(extensions: ["txt", "md"]), parse: .nonEmpty)
    var answerFile: String?

    @OptionGroup var deck: DeckOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var output: JSONOptions
    @OptionGroup var color: ColorOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "grade",
            abstract:
                "Read a written answer and suggest the key points it covers, with their evidence and a grade.",
            discussion: """
                The answer is read from standard input (or --answer-file) as the quiz reads a typed answer: each key \
                point it appears to cover is marked +, with the phrase of the answer that supports it; a point it \
                appears to contradict is marked -, with the phrase that does. The grade is the one the quiz would \
                propose for those points. Nothing is saved. For example:

                $ dlquiz grade batch-normalization < answer.txt
                """,
            japaneseAbstract: "書かれた回答を読み、押さえたポイントを根拠とともに提案し、評価を示します。",
            japaneseDiscussion: """
                回答を標準入力（または --answer-file）から、クイズが入力された回答を読むのと同じように読みます。\
                押さえたと読み取れるポイントには + を付けて根拠となる語句を、反対のことを述べていると読み取れる\
                ポイントには - を付けてその語句を示します。評価は、それらのポイントに対してクイズが提案するものです。\
                何も保存しません。例:

                $ dlquiz grade batch-normalization < answer.txt
                """,
            jsonKeys: """
                id, lang (the language of the key points read), suggested (the 1-based numbers of the points \
                suggested), points (each number, covered, contradicted: true when the answer states the point's \
                opposite, confidence: 0 to 1, evidence: the phrase of the answer that supports the point, or that \
                contradicts it, or null), proposedGrade (again, hard, good or easy; null for a question without key points).
                """,
            japaneseJSONKeys: """
                id、lang（読んだポイントの言語）、suggested（提案するポイントの 1 から始まる番号）、points（それぞれ \
                number、covered、contradicted: 回答がポイントと反対のことを述べているとき true、confidence: 0〜1、\
                evidence: ポイントを裏付ける語句、反対を述べている語句、または null）、proposedGrade（again・hard・good・\
                easy。ポイントのない質問では null）。
                """)
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let deck = try self.deck.load(context)
        let presentation = Presentation(context, language: language, color: color, deck: deck)
        guard let question = deck.question(withID: id) else {
            throw QuizError.unknownQuestion(id: id, suggestions: deck.questionSuggestions(for: id))
        }
        let answer = try readAnswer(context, strings: presentation.strings)
        let language = presentation.deckLanguage
        let suggestion = TickSuggestion.make(for: question, answer: answer, language: language)
        if output.json {
            context.printJSON(Self.json(question, language: language, suggestion: suggestion))
            return 0
        }
        context.output.write(Self.text(question, suggestion: suggestion, deck: deck, presentation: presentation))
        return 0
    }

    /// The question, then the points the answer appears to cover with their evidence, how many, and the grade they
    /// would propose; for a flashcard, that there is nothing to suggest.
    private static func text(
        _ question: Question, suggestion: TickSuggestion?, deck: Deck, presentation: Presentation
    ) -> String {
        let presenter = QuestionPresenter(presentation: presentation, deck: deck)
        let strings = presentation.strings
        var out = ScreenText()
        out.lines(presentation.wrapped(question.id).map(presentation.style.dim))
        out.lines(presenter.questionLines(question))
        out.line()
        guard let suggestion else {
            out.lines(presentation.wrapped(strings.gradeFlashcard))
            return out.text
        }
        out.lines(presentation.wrapped(strings.keyPointsFoundInAnswer).map(presenter.heading))
        out.lines(presenter.suggestedKeyPointLines(question, suggestion: suggestion))
        out.line()
        out.lines(presentation.wrapped(strings.suggestedCount(suggestion.suggested, of: question.keyPoints.count)))
        out.lines(
            presentation.wrapped(strings.proposedGrade(suggestion.proposedGrade, isOverTime: false))
                .map(presentation.style.bold))
        return out.text
    }

    /// The answer's text: `--answer-file`, else standard input; UTF-8 (a byte-order mark dropped), not blank. On a
    /// terminal, a line on standard error says how to end the answer; an answer longer than the suggestions read
    /// gets a line saying how much of it was read.
    private func readAnswer(_ context: CommandContext, strings: UIStrings) throws -> String {
        let bytes: [UInt8]
        let errors: AnswerErrors
        if let answerFile, answerFile != "-" {
            errors = .file(answerFile)
            do throws(StoreError) {
                bytes = try AnswerFile.read(answerFile)
            } catch {
                guard case .tooLarge = error.cause else { throw error }
                throw errors.tooLarge
            }
        } else {
            errors = .standardInput
            if context.terminal.isInputTerminal { context.errorOutput.line(strings.gradeTypeAnswer) }
            guard let read = context.input.remainingBytes(limit: AnswerFile.sizeLimit) else { throw errors.tooLarge }
            bytes = read
        }
        if let problem = InputBytes.textProblem(in: bytes) { throw errors.notUTF8(problem) }
        let text = String(decoding: InputBytes.withoutByteOrderMark(bytes), as: UTF8.self)
        guard !text.unicodeScalars.allSatisfy(\.properties.isWhitespace) else { throw errors.empty }
        let kept = KeptText.cut(text)
        if let length = kept.originalLength {
            context.errorOutput.line(strings.gradeReadPart(TypedText.characterCount(kept.kept), of: length))
        }
        return text
    }

    /// `{"id", "lang", "suggested", "points", "proposedGrade"}`.
    static func json(_ question: Question, language: String, suggestion: TickSuggestion?) -> JSONValue {
        let points: [JSONValue] = (suggestion?.match.points ?? []).map { point in
            .object([
                ("number", .int(point.number)), ("covered", .bool(point.isCovered)),
                ("contradicted", .bool(point.basis == .contradiction)), ("confidence", .double(point.confidence)),
                ("evidence", .optional(suggestion?.evidence(of: point.number).map(String.init))),
            ])
        }
        return .object([
            ("id", .string(question.id)), ("lang", .string(language)),
            ("suggested", .array((suggestion?.suggested).map { $0.map(JSONValue.int) } ?? [])),
            ("points", .array(points)),
            ("proposedGrade", .optional(suggestion?.proposedGrade.name)),
        ])
    }
}
