import QuizKit

/// `dlquiz pick`: random questions for an interviewer, with an optional rubric.
struct PickCommand: ParsableCommand {
    @Option(
        name: [.customShort("n"), .long], valueName: "n", help: "How many questions to pick.", ja: "選ぶ質問の数です。",
        completion: .freeText, parse: .integer(1...))
    var count = PickingOptions.defaultCount

    @OptionGroup var seed: SeedOptions
    @OptionGroup(adjusting: {
        $0.$ids.setHelp(
            "Pick these question ids, in this order, comma-separated (repeatable); instead of picking.",
            ja: "これらの id の質問をこの順に選びます。カンマ区切りで、繰り返し指定できます（ランダムには選びません）。")
    })
    var selection: SelectionOptions
    @OptionGroup var picking: PickingOptions

    @Flag(help: "Add the key points to listen for and the follow-up questions.", ja: "聞き取るべきポイントと追加質問を添えます。")
    var rubric = false

    @OptionGroup var deck: DeckOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var output: JSONOptions
    @OptionGroup var color: ColorOptions
    @OptionGroup var pager: PagerOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "pick",
            abstract: "Pick random questions for an interview, with a rubric of what to listen for.",
            discussion: """
                Never picks the same question twice in one set. The seed is printed, so the same set can be picked \
                again, by you or by another interviewer.

                --balanced spreads the set over topics and difficulties: n questions come from n different topics when \
                the deck has that many, and every difficulty appears once n is at least 3 (when one question per topic \
                allows it). --fresh k leaves out the questions asked in your last k interviews with this deck, read from \
                the scorecards 'dlquiz interview' saves; when that leaves too few, it avoids fewer interviews and says so. \
                'dlquiz interview' with the same options and seed asks the same questions.
                """,
            japaneseAbstract: "面接用の質問をランダムに選びます。聞き取るべきポイントの一覧も付けられます。",
            japaneseDiscussion: """
                1 組の中で同じ質問を 2 度選ぶことはありません。シードを表示するので、あなたもほかの面接官も、同じ組み合わせを\
                もう一度選べます。

                --balanced はトピックと難易度がばらけるように選びます。デッキに n 個以上のトピックがあれば n 問を別々の\
                トピックから選び、n が 3 以上なら（トピックごとに 1 問で足りる限り）すべての難易度を含めます。--fresh k は、\
                このデッキでの直近 k 回の面接で出した質問を、'dlquiz interview' が保存したスコアカードから読み取って除きます。\
                それで足りなくなるときは、除く面接の回数を減らし、その旨を表示します。同じオプションとシードの \
                'dlquiz interview' は、同じ質問を出題します。
                """,
            jsonKeys: """
                seed (the 64-bit seed as a decimal string, so every JSON parser reads it exactly), deck, language (of the \
                deck's texts), questions (each id, topic, difficulty, minutes, question; with --rubric also keyPoints, and followUps \
                each with question, answer and probes: the 1-based numbers of the key points it probes).
                """,
            japaneseJSONKeys: """
                seed（64 ビットのシードを、どの JSON パーサーでも正確に読めるよう 10 進の文字列で）、deck、language（デッキの\
                テキストの言語）、questions（それぞれ id、topic、difficulty、minutes、question。--rubric のときは keyPoints と、\
                question、answer、probes（確かめるポイントの 1 から始まる番号）を持つ followUps も）。
                """)
    }

    func validate() throws(UsageError) {
        try selection.validateIDsStandAlone(picking: picking, seed: seed)
    }

    func run(_ context: CommandContext) throws -> Int32 {
        try context.paging(noPager: pager.noPager || output.json) { context in try page(context) }
    }

    /// The command's output, written to `context` (a buffer when it goes through the pager).
    private func page(_ context: CommandContext) throws -> Int32 {
        let seed = self.seed.seed ?? context.makeSeed()
        let deck = try self.deck.load(context)
        let presentation = Presentation(context, language: language, color: color, deck: deck)
        let picked = try pick(context, deck: deck, strings: presentation.strings, seed: seed)
        if picked.count < count && !output.json {
            context.errorOutput.line(presentation.strings.onlyMatching(picked.count))
        }
        if output.json {
            context.printJSON(
                Self.json(picked, deck: deck, language: presentation.deckLanguage, seed: seed, withRubric: rubric))
            return 0
        }
        let printer = PickPrinter(presenter: QuestionPresenter(presentation: presentation, deck: deck))
        let commands = (
            again: command("pick", seed: seed, picked: picked),
            interview: command("interview", seed: seed, picked: picked)
        )
        for line in printer.lines(picked, seed: seed, withRubric: rubric, commands: commands) {
            context.output.line(line)
        }
        return 0
    }

    /// `--ids` as given, else `count` questions picked as the interview picks them.
    private func pick(_ context: CommandContext, deck: Deck, strings: UIStrings, seed: UInt64) throws -> [Question] {
        guard selection.ids.isEmpty else { return try QuestionFilter(ids: selection.ids).apply(to: deck) }
        let candidates = try selection.pickingFilter.apply(to: deck)
        return InterviewPicking(context: context, deck: deck, strings: strings).choose(
            count, from: candidates, seed: seed, isBalanced: picking.balanced, freshInterviews: picking.fresh)
    }

    /// The command that picks the same set again (`pick`), or asks it in an interview (`interview`), with the same
    /// deck and language. With `--fresh` the set depends on the scorecards saved so far, which change with the next
    /// interview, so the command names the questions with `--ids`.
    private func command(_ name: String, seed: UInt64, picked: [Question]) -> String {
        var parts = ["dlquiz", name]
        if picking.fresh != nil || !selection.ids.isEmpty {
            parts += ["--ids", picked.map(\.id).joined(separator: ",")]
        } else {
            parts += ["-n", String(count), "--seed", String(seed)]
            for topic in selection.topics { parts += ["--topic", ShellQuoting.quoted(topic)] }
            for level in selection.difficulties { parts += ["--difficulty", String(level)] }
            if picking.balanced { parts.append("--balanced") }
        }
        if let path = deck.deck { parts += ["--deck", ShellQuoting.quoted(path)] }
        if let lang = language.lang { parts += ["--lang", lang.rawValue] }
        if rubric && name == "pick" { parts.append("--rubric") }
        return parts.joined(separator: " ")
    }

    static func json(_ questions: [Question], deck: Deck, language: String, seed: UInt64, withRubric: Bool) -> JSONValue
    {
        .object([
            ("seed", .string(String(seed))),
            ("deck", .string(deck.id)),
            ("language", .string(language)),
            (
                "questions",
                .array(
                    questions.map { question in
                        var members: [(String, JSONValue)] = [
                            ("id", .string(question.id)), ("topic", .string(question.topic)),
                            ("difficulty", .int(question.difficulty)), ("minutes", .double(question.minutes)),
                            ("question", .string(question.question.text(in: language))),
                        ]
                        if withRubric {
                            members.append(
                                ("keyPoints", .array(question.keyPoints.map { .string($0.text(in: language)) })))
                            members.append(("followUps", .array(question.followUps.map { $0.json(in: language) })))
                        }
                        return .object(members)
                    })
            ),
        ])
    }
}
