import BundledDecks
import QuizKit

/// `dlquiz tips`: six pieces of advice on answering technical questions in an interview.
struct TipsCommand: ParsableCommand {
    @OptionGroup var language: LanguageOptions
    @OptionGroup var output: JSONOptions
    @OptionGroup var color: ColorOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "tips", abstract: "Show six tips on answering technical questions in an interview.",
            japaneseAbstract: "面接で技術的な質問に答えるための 6 つのコツを表示します。",
            jsonKeys: """
                language, tips (each title, body).
                """,
            japaneseJSONKeys: """
                language、tips（それぞれ title、body）。
                """)
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let tips = try TipsLoader.load(bytes: BundledDecks.tips, source: "tips.json (bundled)")
        let presentation = Presentation(context, language: language, color: color)
        if output.json {
            context.printJSON(Self.json(tips, language: presentation.language))
        } else {
            for line in Self.lines(tips, presentation: presentation) { context.output.line(line) }
        }
        return 0
    }

    /// `{"language", "tips": [{"title", "body"}]}`.
    private static func json(_ tips: [Tip], language: String) -> JSONValue {
        .object([
            ("language", .string(language)),
            (
                "tips",
                .array(
                    tips.map {
                        .object([
                            ("title", .string($0.title.text(in: language))),
                            ("body", .string($0.body.text(in: language))),
                        ])
                    })
            ),
        ])
    }

    /// The numbered tips under their title, wrapped.
    private static func lines(_ tips: [Tip], presentation: Presentation) -> [String] {
        let (style, language) = (presentation.style, presentation.language)
        var lines = [style.bold(style.cyan(presentation.strings.tipsTitle))]
        for (offset, tip) in tips.enumerated() {
            lines.append("")
            let label = "\(offset + 1). "
            let hanging = String(repeating: " ", count: label.count)
            lines += presentation.wrapped(tip.title.text(in: language), indent: label, hangingIndent: hanging).map(
                style.bold)
            lines += presentation.blocks(tip.body.text(in: language), indent: hanging)
        }
        return lines
    }
}
