import BundledDecks
import QuizKit

/// `dlquiz tips`: six pieces of advice on answering technical questions in an interview.
enum TipsCommand: CommandRunner {
    static let spec = CommandSpec(
        path: ["tips"],
        abstract: "Show six tips on answering technical questions in an interview.",
        options: [CommonOptions.lang, CommonOptions.json, CommonOptions.noColor])

    static func run(_ invocation: Invocation) throws -> Int32 {
        try invocation.arguments.requirePositionals(0...0)
        let tips = try TipsLoader.load(bytes: BundledDecks.tips, source: "tips.json (bundled)")
        let requested = LanguageResolver.requestedLanguage(flag: invocation.arguments.value("lang"), environment: invocation.context.environment)
        let language = requested == "ja" ? "ja" : "en"
        if let flag = invocation.arguments.value("lang"), !["en", "ja"].contains(flag) {
            throw QuizError.languageNotInDeck(language: flag, deckLanguages: ["en", "ja"])
        }
        if invocation.isJSON {
            invocation.printJSON(.object([
                ("language", .string(language)),
                ("tips", .array(tips.map { .object([("title", .string($0.title.text(in: language))), ("body", .string($0.body.text(in: language)))]) })),
            ]))
            return 0
        }
        let style = invocation.style
        let output = invocation.context.output
        let strings = UIStrings(language: language)
        output.line(style.bold(style.cyan(strings.tipsTitle)))
        for (offset, tip) in tips.enumerated() {
            output.line()
            let label = "\(offset + 1). "
            let hanging = String(repeating: " ", count: label.count)
            for line in invocation.wrapped(tip.title.text(in: language), indent: label, hangingIndent: hanging) {
                output.line(style.bold(line))
            }
            for line in invocation.blocks(tip.body.text(in: language), indent: hanging) { output.line(line) }
        }
        return 0
    }
}
