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
        let language = presentation.language
        if output.json {
            context.printJSON(.object([
                ("language", .string(language)),
                ("tips", .array(tips.map { .object([("title", .string($0.title.text(in: language))), ("body", .string($0.body.text(in: language)))]) })),
            ]))
            return 0
        }
        let style = presentation.style
        let output = context.output
        let strings = presentation.strings
        output.line(style.bold(style.cyan(strings.tipsTitle)))
        for (offset, tip) in tips.enumerated() {
            output.line()
            let label = "\(offset + 1). "
            let hanging = String(repeating: " ", count: label.count)
            for line in presentation.wrapped(tip.title.text(in: language), indent: label, hangingIndent: hanging) {
                output.line(style.bold(line))
            }
            for line in presentation.blocks(tip.body.text(in: language), indent: hanging) { output.line(line) }
        }
        return 0
    }
}
