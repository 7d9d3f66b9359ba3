import Testing

@testable import QuizCLI
@testable import QuizKit

/// The typed-command parser, table-driven in the style of swift-argument-parser's `AssertParse`,
/// `AssertErrorMessage` and `AssertHelp`: the command line and what it must give, side by side.
@Suite struct ArgumentParserTests {
    // MARK: AssertParse

    /// The fields of `dlquiz quiz` a test compares, with the defaults of an empty command line.
    struct Quiz: Equatable, CustomTestStringConvertible {
        var order: QuizOrder? = nil
        var count: Int? = nil
        var topics: [String] = []
        var ids: [String] = []
        var seed: UInt64? = nil
        var minutes: Double? = nil
        var noSave = false
        var lang: InterfaceLanguage? = nil

        init(
            order: QuizOrder? = nil, count: Int? = nil, topics: [String] = [], ids: [String] = [], seed: UInt64? = nil,
            minutes: Double? = nil, noSave: Bool = false, lang: InterfaceLanguage? = nil
        ) {
            (self.order, self.count, self.topics, self.ids, self.seed) = (order, count, topics, ids, seed)
            (self.minutes, self.noSave, self.lang) = (minutes, noSave, lang)
        }

        init(_ command: QuizCommand) {
            self.init(
                order: command.order, count: command.count, topics: command.selection.topics,
                ids: command.selection.ids,
                seed: command.seed.seed, minutes: command.minutes, noSave: command.noSave, lang: command.language.lang)
        }

        var testDescription: String { "\(self)" }
    }

    @Test(
        arguments: [
            ([], Quiz()),
            (["--count", "3"], Quiz(count: 3)),
            (["-n", "3"], Quiz(count: 3)),
            (["-n3"], Quiz(count: 3)),
            (["--count=3"], Quiz(count: 3)),
            (["--order", "due"], Quiz(order: .due)),
            (["--order", "random", "--order", "sequential"], Quiz(order: .sequential)),
            (["-n", "2", "--count", "5", "-n7"], Quiz(count: 7)),
            (["--topic", "training", "--topic", "theory,data"], Quiz(topics: ["training", "theory", "data"])),
            (["--ids", "a, b", "--ids=c"], Quiz(ids: ["a", "b", "c"])),
            (["--seed", "18446744073709551615"], Quiz(seed: .max)),
            (["--minutes", "1.5", "--no-save", "--lang=ja"], Quiz(minutes: 1.5, noSave: true, lang: .ja)),
            (["--lang", "en", "--"], Quiz(lang: .en)),
        ] as [([String], Quiz)])
    func quizOptionsParseIntoTypedFields(arguments: [String], expected: Quiz) throws {
        let command = try ArgumentParser.parse(arguments, as: QuizCommand.self)
        #expect(Quiz(command) == expected)
    }

    @Test func pickKeepsRepeatedDifficultiesInOrderAndItsOwnDefaults() throws {
        let pick = try ArgumentParser.parse(
            ["--difficulty", "1,3", "--difficulty", "2", "--balanced", "--fresh", "2"], as: PickCommand.self)
        #expect(pick.selection.difficulties == [1, 3, 2])
        #expect(pick.picking.balanced)
        #expect(pick.picking.fresh == 2)
        #expect(pick.count == 4)
        #expect(pick.output.json == false)
    }

    @Test func doubleDashMakesTheRestPositional() throws {
        #expect(try ArgumentParser.parse(["--", "-odd-id"], as: ShowCommand.self).id == "-odd-id")
        #expect(try ArgumentParser.parse(["--json", "batch-norm"], as: ShowCommand.self).id == "batch-norm")
    }

    @Test func shortFlagsBundle() throws {
        let reset = try ArgumentParser.parse(["-y"], as: ProgressResetCommand.self)
        #expect(reset.yes)
        #expect(try ArgumentParser.parse(["--format", "html", "-o", "-"], as: SheetCommand.self).format == .html)
    }

    // MARK: AssertErrorMessage

    @Test(arguments: [
        (["quiz", "--cont", "3"], "Unknown option '--cont'\nDid you mean '--count'?"),
        (["quiz", "-x"], "Unknown option '-x'"),
        (["quiz", "--count"], "Missing value for '--count <n>'"),
        (["quiz", "-n"], "Missing value for '-n <n>'"),
        (["quiz", "--count", "--seed", "3"], "Missing value for '--count <n>'"),
        (["quiz", "--count", "zero"], "The value 'zero' is invalid for '--count <n>'"),
        (["quiz", "-n0"], "The value '0' is invalid for '--count <n>': must be at least 1"),
        (
            ["quiz", "--order", "randon"],
            "The value 'randon' is invalid for '--order <order>'. Please provide one of 'random', 'sequential', 'due' or 'weakest'.\nDid you mean 'random'?"
        ),
        (
            ["quiz", "--order", "due", "--order", "randon"],
            "The value 'randon' is invalid for '--order <order>'. Please provide one of 'random', 'sequential', 'due' or 'weakest'.\nDid you mean 'random'?"
        ),
        (
            ["sheet", "--format", "pdf"],
            "The value 'pdf' is invalid for '--format <format>'. Please provide one of 'text', 'markdown' or 'html'."
        ),
        (["sheet", "--width", "201"], "The value '201' is invalid for '--width <n>': must be from 40 to 200"),
        (["pick", "--difficulty", "1,4"], "The value '4' is invalid for '--difficulty <level>': must be 1, 2 or 3"),
        (["quiz", "--no-save=yes"], "The option '--no-save' does not take any value, but 'yes' was specified"),
        (["show"], "Missing expected argument '<id>'"),
        (["show", "a", "b"], "Unexpected argument 'b'"),
        (["quiz", "--", "--count"], "Unexpected argument '--count'"),
        (["progress", "rset"], "Unknown subcommand 'rset'\nDid you mean 'reset'?"),
        (["quizz"], "Unknown command 'quizz'\nDid you mean 'quiz'?"),
        (["help", "progress", "rest"], "Unknown command 'rest'\nDid you mean 'reset'?"),
        // validate() runs after parsing and before run.
        (
            ["interview", "--json"],
            "'--json' chooses the format of '--output <file>'; give a file, or leave both out to save Markdown and JSON in the interviews folder"
        ),
        (["interview", "--ids", "a", "--seed", "1"], "'--ids' chooses the questions itself; leave out '--seed'"),
        (["sheet", "--format", "html", "--width", "50"], "The option '--width <n>' applies to --format text only"),
        (["export"], "Missing expected argument '--format <format>'\nChoose anki, csv or json."),
        (
            ["quiz", "--until", "fri", "--order", "random"],
            "'--until' plans due practice; use it with '--order due' (or without --order)"
        ),
    ])
    func usageErrorsAreWordedAsSwiftArgumentParserWordsThem(arguments: [String], expected: String) throws {
        let result = try CLIHarness().run(arguments)
        #expect(result.status == 64)
        #expect(result.output.isEmpty)
        let beforeUsage = result.error.components(separatedBy: "\nUsage: ").first ?? ""
        #expect(beforeUsage.unwrappedEquals("Error: " + expected))
    }

    @Test func aUsageErrorEndsWithTheCommandsUsage() throws {
        let result = try CLIHarness().run(["progress", "reset", "--yes", "--bogus"])
        #expect(
            result.error == """
                Error: Unknown option '--bogus'
                Usage: dlquiz progress reset [-y] [--progress <file>] [--lang <lang>]
                       [--no-color]
                  See 'dlquiz progress reset --help' for more information.

                """)
    }

    // MARK: AssertHelp

    @Test(arguments: [
        (["quiz", "--bogus", "--help"], ["help", "quiz"]),
        (["quiz", "--count", "zero", "-h"], ["help", "quiz"]),
        (["pick", "--order", "x", "--help", "--more"], ["help", "pick"]),
        (["progress", "reset", "--help"], ["help", "progress", "reset"]),
        (["--bogus", "--help"], ["help"]),
        (["progress", "reset", "-yh"], ["help", "progress", "reset"]),
        (["help", "quiz", "--help"], ["help", "quiz"]),
    ])
    func helpWinsOverEveryOtherError(arguments: [String], same: [String]) throws {
        let harness = try CLIHarness()
        let result = harness.run(arguments)
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        #expect(result.output == harness.run(same).output)
        #expect(result.output.hasPrefix("OVERVIEW: "))
    }

    @Test func helpAfterDoubleDashIsAnArgument() throws {
        let result = try CLIHarness().run(["quiz", "--", "--help"])
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("Error: Unexpected argument '--help'\n"))
    }

    @Test(
        arguments: [
            (["-yh"], [], true),
            (["-n3h"], ["n"], false),
            (["-nh"], ["n"], false),
            (["--", "-h"], [], false),
            (["--hash"], [], false),
            (["-5"], [], false),
            (["--count", "3", "--help"], ["n"], true),
        ] as [([String], [Character], Bool)])
    func helpIsFoundAloneOrInABundleOfFlags(arguments: [String], valueTaking: [Character], expected: Bool) {
        #expect(ArgumentParser.asksForHelp(arguments, shortOptionsTakingValues: Set(valueTaking)) == expected)
    }

    @Test func helpIsGeneratedFromTheDeclarations() throws {
        let result = try CLIHarness().run(["help", "tips"])
        #expect(
            result.output == """
                OVERVIEW: Show six tips on answering technical questions in an interview.

                USAGE: dlquiz tips [--lang <lang>] [--json] [--no-color]

                OPTIONS:
                  --lang <lang>           The language to show: en or ja. Defaults to LC_ALL,
                                          LC_MESSAGES or LANG, else en.
                  --json                  Print only JSON to standard output; the manual page
                                          lists its keys (dlquiz help --man).
                  --no-color              Do not colour the output (NO_COLOR=1 does the same).
                  -h, --help              Show help information.

                """)
        #expect(
            PickCommand.spec(path: ["pick"]).usage == """
                dlquiz pick [-n <n>] [--seed <seed>] [--topic <topic> ...] [--difficulty <level> ...] [--ids <ids> ...] \
                [--balanced] [--fresh <k>] [--rubric] [--deck <file>] [--lang <lang>] [--json] [--no-color] [--no-pager]
                """)
    }

    @Test func theProgressCommandDeclaresEachSubcommandOnce() {
        let spec = ProgressCommand.spec(path: ["progress"])
        #expect(spec.subcommands.map(\.path) == [["progress", "reset"], ["progress", "restore"]])
        #expect(
            DLQuizCLI.rootSpec.subcommands.map(\.name) == [
                "quiz", "pick", "interview", "interviews", "list", "show", "grade", "stats", "progress", "sheet",
                "export", "tips",
                "validate", "decks", "new", "convert", "completions", "help",
            ])
    }
}

/// Presentation settings: one width function, one language resolver.
@Suite struct PresentationSettingsTests {
    @Test(
        arguments: [
            (["COLUMNS": "120"], nil, 20...100, 100),
            (["COLUMNS": "10"], nil, 20...100, 20),
            (["COLUMNS": " 72 "], 50, 20...100, 72),
            (["COLUMNS": "abc"], 150, 20...100, 100),
            (["COLUMNS": "0"], 60, 20...100, 60),
            ([:], nil, 20...100, 80),
            (["COLUMNS": "150"], nil, 40...200, 150),
            (["COLUMNS": "30"], nil, 40...200, 40),
        ] as [([String: String], Int?, ClosedRange<Int>, Int)])
    func theWidthIsComputedInOnePlace(
        environment: [String: String], terminal: Int?, range: ClosedRange<Int>, expected: Int
    ) {
        let traits = TerminalTraits(isOutputTerminal: true, isInputTerminal: true, columns: terminal)
        #expect(Presentation.columns(environment: environment, terminal: traits, in: range) == expected)
    }

    @Test(
        arguments: [
            (InterfaceLanguage.ja, [:], InterfaceLanguage.ja),
            (nil, ["LANG": "ja_JP.UTF-8"], .ja),
            (nil, ["LC_ALL": "C", "LANG": "ja_JP.UTF-8"], .en),
            (nil, ["LC_ALL": "POSIX", "LANG": "ja_JP.UTF-8"], .en),
            (nil, ["LC_MESSAGES": "ja", "LANG": "en_US.UTF-8"], .ja),
            (nil, ["LC_ALL": "", "LANG": "ja_JP.UTF-8"], .ja),
            (nil, ["LANG": "fr_FR.UTF-8"], .en),
            (nil, [:], .en),
            (.en, ["LC_ALL": "ja_JP.UTF-8"], .en),
        ] as [(InterfaceLanguage?, [String: String], InterfaceLanguage)])
    func theInterfaceLanguageFollowsLangThenTheLocale(
        flag: InterfaceLanguage?, environment: [String: String], expected: InterfaceLanguage
    ) {
        #expect(LanguageResolver.interfaceLanguage(flag: flag, environment: environment) == expected)
    }

    @Test(
        arguments: [
            (InterfaceLanguage.ja, ["en", "ja"], "ja"),
            (.ja, ["en"], "en"),
            (.en, ["ja"], "ja"),
            (.en, ["fr", "en"], "en"),
            (.en, ["fr", "de"], "fr"),
        ] as [(InterfaceLanguage, [String], String)])
    func theDeckIsShownInTheInterfaceLanguageWhenItHasIt(interface: InterfaceLanguage, deck: [String], expected: String)
    {
        #expect(LanguageResolver.deckLanguage(interface: interface, deckLanguages: deck) == expected)
    }
}
