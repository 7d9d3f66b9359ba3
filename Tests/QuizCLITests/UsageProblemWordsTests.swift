import Testing

@testable import QuizCLI

/// Every usage problem, worded in English (swift-argument-parser's words) and Japanese in one file; each case has an
/// example here, with both wordings inline (message, then the hint on the next line).
@Suite struct UsageProblemWordsTests {
    /// The kinds of problem: the switch below fails to compile when a case is added, and the test below fails until
    /// the new kind has an example.
    enum Kind: CaseIterable {
        case unknownOption, optionBeforeCommand, unknownCommand, unknownSubcommand, missingValue, valueNotTaken
        case unreadable, notOneOf, atLeast, between, difficulty, unsignedNumber, minutes, empty, notADate, pastDate
        case noSuchQuestion, missingArgument, unexpectedArgument, idsWithPicking, allDecksWithDeck, untilWithOtherOrder
        case jsonWithoutOutput, onlyForFormat, languageWithJSONExport, unknownOutputFormat, importOnlyOption
        case progressFromStandardInput, notWithCheck
    }

    static func kind(_ problem: UsageProblem) -> Kind {
        switch problem {
        case .unknownOption: .unknownOption
        case .optionBeforeCommand: .optionBeforeCommand
        case .unknownCommand: .unknownCommand
        case .unknownSubcommand: .unknownSubcommand
        case .missingValue: .missingValue
        case .valueNotTaken: .valueNotTaken
        case .invalidValue(_, _, let value):
            switch value {
            case .unreadable: .unreadable
            case .notOneOf: .notOneOf
            case .atLeast: .atLeast
            case .between: .between
            case .difficulty: .difficulty
            case .unsignedNumber: .unsignedNumber
            case .minutes: .minutes
            case .empty: .empty
            case .notADate: .notADate
            case .pastDate: .pastDate
            case .noSuchQuestion: .noSuchQuestion
            }
        case .missingArgument: .missingArgument
        case .unexpectedArgument: .unexpectedArgument
        case .idsWithPicking: .idsWithPicking
        case .allDecksWithDeck: .allDecksWithDeck
        case .untilWithOtherOrder: .untilWithOtherOrder
        case .jsonWithoutOutput: .jsonWithoutOutput
        case .onlyForFormat: .onlyForFormat
        case .languageWithJSONExport: .languageWithJSONExport
        case .unknownOutputFormat: .unknownOutputFormat
        case .importOnlyOption: .importOnlyOption
        case .progressFromStandardInput: .progressFromStandardInput
        case .notWithCheck: .notWithCheck
        }
    }

    static let examples: [(UsageProblem, String, String)] = [
        (
            .unknownOption("--cont", suggestion: "--count"), "Unknown option '--cont'\nDid you mean '--count'?",
            "'--cont' というオプションはありません\nもしかして '--count' ですか？"
        ),
        (.unknownOption("-x", suggestion: nil), "Unknown option '-x'", "'-x' というオプションはありません"),
        (
            .optionBeforeCommand("--count", suggestion: nil),
            "Unknown option '--count'\nOptions go after the command, as in 'dlquiz quiz --count'.",
            "'--count' というオプションはありません\nオプションはコマンドの後に書きます（例: 'dlquiz quiz --count'）。"
        ),
        (
            .unknownCommand("zzz", suggestion: nil, commands: ["quiz", "pick"]),
            "Unknown command 'zzz'\nThe commands are: quiz, pick.", "'zzz' というコマンドはありません\nコマンドは次のとおりです: quiz、pick。"
        ),
        (
            .unknownSubcommand("rset", suggestion: "reset"), "Unknown subcommand 'rset'\nDid you mean 'reset'?",
            "'rset' というサブコマンドはありません\nもしかして 'reset' ですか？"
        ),
        (.missingValue(option: "-n <n>"), "Missing value for '-n <n>'", "'-n <n>' の値がありません"),
        (
            .valueNotTaken(option: "--no-save", value: "yes"),
            "The option '--no-save' does not take any value, but 'yes' was specified",
            "オプション '--no-save' は値を取りませんが、'yes' が指定されています"
        ),
        (
            .invalidValue("zero", for: "--count <n>", .unreadable), "The value 'zero' is invalid for '--count <n>'",
            "'--count <n>' に 'zero' は指定できません"
        ),
        (
            .invalidValue("randon", for: "--order <order>", .notOneOf(["random", "due"], suggestion: "random")),
            "The value 'randon' is invalid for '--order <order>'. Please provide one of 'random' or 'due'.\nDid you mean 'random'?",
            "'--order <order>' に 'randon' は指定できません。'random'、'due' のいずれかを指定してください。\nもしかして 'random' ですか？"
        ),
        (
            .invalidValue("0", for: "--count <n>", .atLeast(1)),
            "The value '0' is invalid for '--count <n>': must be at least 1",
            "'--count <n>' に '0' は指定できません（1 以上にしてください）"
        ),
        (
            .invalidValue("9", for: "--width <n>", .between(40, 200)),
            "The value '9' is invalid for '--width <n>': must be from 40 to 200",
            "'--width <n>' に '9' は指定できません（40 から 200 までにしてください）"
        ),
        (
            .invalidValue("4", for: "--difficulty <level>", .difficulty),
            "The value '4' is invalid for '--difficulty <level>': must be 1, 2 or 3",
            "'--difficulty <level>' に '4' は指定できません（1、2、3 のいずれかにしてください）"
        ),
        (
            .invalidValue("-5", for: "--seed <seed>", .unsignedNumber),
            "The value '-5' is invalid for '--seed <seed>': must be a whole number from 0 to 18446744073709551615",
            "'--seed <seed>' に '-5' は指定できません（0 から 18446744073709551615 までの整数にしてください）"
        ),
        (
            .invalidValue("0", for: "--minutes <m>", .minutes),
            "The value '0' is invalid for '--minutes <m>': must be a number of minutes above 0, such as 2 or 1.5",
            "'--minutes <m>' に '0' は指定できません（0 より大きい分単位の数を、2 や 1.5 のように指定してください）"
        ),
        (
            .invalidValue("", for: "--progress <file>", .empty),
            "The value '' is invalid for '--progress <file>': must not be empty",
            "'--progress <file>' に '' は指定できません（空にはできません）"
        ),
        (
            .invalidValue("soon", for: "--until <date>", .notADate),
            "The value 'soon' is invalid for '--until <date>': use a date such as 2026-12-04, a weekday such as fri, today, tomorrow or +3",
            "'--until <date>' に 'soon' は指定できません（2026-12-04 のような日付、fri のような曜日、today、tomorrow、+3 のように指定してください）"
        ),
        (
            .invalidValue("2026-01-01", for: "--until <date>", .pastDate("2026-01-01")),
            "The value '2026-01-01' is invalid for '--until <date>': 2026-01-01 is in the past",
            "'--until <date>' に '2026-01-01' は指定できません（2026-01-01 は過去の日付です）"
        ),
        (
            .invalidValue("backprop", for: "<id>", .noSuchQuestion(suggestions: ["backpropagation"])),
            "The value 'backprop' is invalid for '<id>': no question has this id ('dlquiz list' shows them)\nDid you mean 'backpropagation'?",
            "'<id>' に 'backprop' は指定できません（この id の質問はありません。'dlquiz list' で一覧できます）\nもしかして 'backpropagation' ですか？"
        ),
        (
            .invalidValue("dropout", for: "<id>", .noSuchQuestion(suggestions: ["a", "b", "c"])),
            "The value 'dropout' is invalid for '<id>': no question has this id ('dlquiz list' shows them)\nQuestions that mention 'dropout': 'a', 'b' or 'c'.",
            "'<id>' に 'dropout' は指定できません（この id の質問はありません。'dlquiz list' で一覧できます）\n'dropout' に触れている質問: 'a'、'b'、'c'"
        ),
        (
            .missingArgument("--format <format>", choices: ["anki", "csv"]),
            "Missing expected argument '--format <format>'\nChoose anki or csv.",
            "必要な引数 '--format <format>' がありません\nanki、csv のいずれかを選んでください。"
        ),
        (.unexpectedArgument("b"), "Unexpected argument 'b'", "余分な引数 'b' があります"),
        (
            .idsWithPicking(conflict: "--seed"), "'--ids' chooses the questions itself; leave out '--seed'",
            "'--ids' は質問をそのまま指定するため、'--seed' は外してください"
        ),
        (
            .allDecksWithDeck, "'--all-decks' practises every deck; leave out '--deck'",
            "'--all-decks' はすべてのデッキを練習します。'--deck' は省いてください"
        ),
        (
            .untilWithOtherOrder, "'--until' plans due practice; use it with '--order due' (or without --order)",
            "'--until' は復習の計画に使うオプションです。'--order due' と併せるか、--order を省いてください"
        ),
        (
            .jsonWithoutOutput,
            "'--json' chooses the format of '--output <file>'; give a file, or leave both out to save Markdown and JSON in the interviews folder",
            "'--json' は '--output <file>' の形式を選ぶオプションです。ファイルを指定するか、両方を省いて面接フォルダに Markdown と JSON を保存してください"
        ),
        (
            .onlyForFormat(option: "--fold-answers", format: "html"),
            "The flag '--fold-answers' applies to --format html only",
            "フラグ '--fold-answers' は --format html のときだけ使えます"
        ),
        (
            .languageWithJSONExport,
            "The option '--lang <lang>' does not apply to --format json, which keeps every language",
            "--format json はすべての言語を含むため、オプション '--lang <lang>' は使えません"
        ),
        (
            .unknownOutputFormat(path: "deck.txt"),
            "Cannot tell the format of 'deck.txt' from its name\nName it .json or .md, or give --to json or --to markdown.",
            "'deck.txt' の名前からは形式が分かりません\n名前を .json か .md にするか、--to json または --to markdown を指定してください。"
        ),
        (
            .importOnlyOption("--id", deckFormat: "JSON"),
            "The option '--id' applies to imports only\nA JSON deck keeps its own id and languages; use --from anki or --from csv to import.",
            "オプション '--id' は取り込みにだけ使えます\nJSON のデッキは自身の id と言語を保ちます。取り込むには --from anki か --from csv を指定してください。"
        ),
        (
            .progressFromStandardInput,
            "'--progress -' reads progress from standard input, but this command writes the progress file; give the file's path",
            "'--progress -' は標準入力から記録を読むオプションですが、このコマンドは記録ファイルに書き込みます。ファイルのパスを指定してください"
        ),
        (
            .notWithCheck("--force"), "'--check' writes nothing; leave out --force",
            "'--check' は何も書き出しません。--force は省いてください"
        ),
    ]

    static func text(_ problem: UsageProblem, _ language: String) -> String {
        ([problem.message] + (problem.hint.map { [$0] } ?? [])).map { $0.text(in: language) }.joined(separator: "\n")
    }

    @Test(arguments: examples.indices)
    func eachProblemIsWordedInEnglishAndJapanese(index: Int) {
        let (problem, english, japanese) = Self.examples[index]
        #expect(Self.text(problem, "en") == english)
        #expect(Self.text(problem, "ja") == japanese)
    }

    @Test func everyKindOfProblemHasAnExample() {
        #expect(Set(Self.examples.map { Self.kind($0.0) }) == Set(Kind.allCases))
    }

    @Test(arguments: examples.indices)
    func messagesFollowSwiftArgumentParsersStyle(index: Int) {
        let problem = Self.examples[index].0
        let english = problem.message.english
        if case .invalidValue(_, _, .notOneOf) = problem {
            #expect(english.hasSuffix("."), "swift-argument-parser ends its list of choices with a period")
        } else {
            #expect(!english.hasSuffix("."), "no final period: \(english)")
        }
        #expect(!DeclarationValidator.hasJapanese(Self.text(problem, "en")))
        #expect(DeclarationValidator.hasJapanese(problem.message.japanese))
        if let hint = problem.hint { #expect(DeclarationValidator.hasJapanese(hint.japanese)) }
    }

    @Test func wordsFromTheCommandLineAreEchoedSafely() {
        let problem = UsageProblem.unknownOption("--\u{1B}]52;c;aGk=\u{07}", suggestion: nil)
        #expect(problem.message.english == #"Unknown option '--\u{1B}]52;c;aGk=\u{7}'"#)
        let long = UsageProblem.invalidValue(String(repeating: "x", count: 500), for: "<id>", .unreadable)
        #expect(long.message.english.contains("… (420 more characters)"))
        let deckTopic = UsageProblem.invalidValue(
            "a", for: "--topic <topic>", .notOneOf(["\u{1B}[2J"], suggestion: nil))
        #expect(!deckTopic.message.english.contains("\u{1B}"))
    }

    // MARK: Through the commands

    @Test(arguments: [["--lang"], ["--lang", "fr"], ["--lang="]])
    func helpAndQuizRefuseALanguageAlike(arguments: [String]) throws {
        let harness = try CLIHarness()
        let help = harness.run(["help"] + arguments)
        let quiz = harness.run(["quiz"] + arguments, input: [nil])
        #expect(help.status == 64)
        #expect(quiz.status == 64)
        let message = { (text: String) in text.components(separatedBy: "\nUsage: ").first ?? "" }
        #expect(message(help.error) == message(quiz.error))
        #expect(help.error.contains("Usage: dlquiz help "))
    }

    @Test func anEmptyProgressPathIsAUsageError() throws {
        let result = try CLIHarness().run(["stats", "--progress", ""])
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("Error: The value '' is invalid for '--progress <file>': must not be empty\n"))
    }

    @Test func helpIsACommandWithItsOwnDeclaration() throws {
        let harness = try CLIHarness()
        #expect(
            harness.run(["help", "progress", "reset"]).output == harness.run(["progress", "reset", "--help"]).output)
        let unknown = harness.run(["help", "--mna"])
        #expect(unknown.error.hasPrefix("Error: Unknown option '--mna'\nDid you mean '--man'?\nUsage: dlquiz help "))
        #expect(harness.run(["help", "--man", "--lang", "ja"]).output.hasPrefix(#".\" Manual page for dlquiz"#))
    }
}
