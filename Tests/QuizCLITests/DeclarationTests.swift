import Testing

@testable import QuizCLI

/// Every command's declarations walked as swift-argument-parser's validators walk them, and the validator shown to
/// catch each mistake on a command made to have it.
@Suite struct DeclarationTests {
    /// Every command, subcommands included, by its words after `dlquiz`.
    static var commands: [(name: String, type: any ParsableCommand.Type)] {
        var found: [(String, any ParsableCommand.Type)] = []
        func visit(_ type: any ParsableCommand.Type, path: [String]) {
            let path = path + [type.configuration.name]
            found.append((path.joined(separator: " "), type))
            for child in type.configuration.subcommands { visit(child, path: path) }
        }
        for command in DLQuizCLI.commands { visit(command, path: []) }
        return found
    }

    @Test(arguments: commands.map(\.name))
    func everyCommandsDeclarationsPassTheValidator(command: String) throws {
        let type = try #require(Self.commands.first { $0.name == command }?.type)
        #expect(DeclarationValidator.problems(of: type) == [])
    }

    @Test func theWalkReachesEverySubcommand() {
        #expect(Self.commands.map(\.name).contains("progress reset"))
        #expect(Self.commands.map(\.name).contains("decks add"))
        #expect(Self.commands.count == CompletionTree(root: DLQuizCLI.completionRoot).nodes.count - 1)
    }

    // MARK: Each mistake, caught

    struct DuplicateNames: ParsableArguments {
        @Option(help: "How many.", ja: "数です。", completion: .freeText, parse: .integer(1...))
        var count: Int?
        @Option(
            name: .customLong("count"), help: "How many more.", ja: "追加の数です。", completion: .freeText,
            parse: .integer(1...))
        var more: Int?
        @Flag(name: [.customShort("h"), .long], help: "Hurry.", ja: "急ぎます。")
        var hurry = false
    }

    struct DuplicateThroughAGroup: ParsableArguments {
        @Option(help: "Another deck.", ja: "別のデッキです。", completion: .freeText)
        var deck: String?
        @OptionGroup var shared: DeckOptions
    }

    struct UndeclaredField: ParsableArguments {
        @Flag(help: "Print only JSON.", ja: "JSON だけを出力します。")
        var json = false
        var cout: Int? = nil
    }

    struct OptionalBeforeRequired: ParsableArguments {
        @Argument(help: "The first.", ja: "最初の引数です。", completion: .freeText)
        var first: String?
        @Argument(help: "The second.", ja: "2 番目の引数です。", completion: .freeText)
        var second: String
    }

    struct HelpInOneLanguage: ParsableArguments {
        @Option(valueName: " ", help: "A name.", ja: "A name.", completion: .freeText)
        var name: String?
        @Flag(help: "", ja: "何もしません。")
        var nothing = false
    }

    struct SilentCompletion: ParsableArguments {
        @Option(help: "A name.", ja: "名前です。")
        var name: String?
    }

    @Test(
        arguments: [
            (
                DuplicateNames.self as any ParsableArguments.Type,
                [
                    "'--count' is declared twice: by 'count' and 'more'",
                    "'-h' is declared twice: by '--help' and 'hurry'",
                ]
            ),
            (DuplicateThroughAGroup.self, ["'--deck' is declared twice: by 'deck' and 'shared.deck'"]),
            (
                UndeclaredField.self,
                [
                    "'cout' is stored but declares nothing: make it an @Option, @Flag, @Argument or @OptionGroup, or compute it"
                ]
            ),
            (OptionalBeforeRequired.self, ["the required argument '<second>' comes after the optional '<first>'"]),
            (
                HelpInOneLanguage.self,
                [
                    "'name' takes a value but has no value name",
                    "the Japanese help of '--name < >' is not Japanese: A name.",
                    "'--nothing' has no English help",
                ]
            ),
            (
                SilentCompletion.self,
                [
                    "'--name <name>' says nothing about completing its value: give a completion kind or .freeText"
                ]
            ),
        ] as [(any ParsableArguments.Type, [String])])
    func theValidatorCatchesEachMistake(type: any ParsableArguments.Type, expected: [String]) {
        #expect(DeclarationValidator.problems(of: type) == expected)
    }

    @Test func anUndeclaredFieldCannotBeFilled() {
        #expect(throws: DeclarationError.self) { try ArgumentParser.parse(["--json"], as: UndeclaredField.self) }
    }

    // MARK: Names come from the properties

    @Test func longNamesAreThePropertiesInKebabCase() {
        let names = QuizCommand.declarations.definitions.compactMap(\.long)
        #expect(names.contains("no-keep-text"))
        #expect(names.contains("all-decks"))
        #expect(names.contains("follow-ups"))
        #expect(NameSpecification.kebabCase("questionsOnly") == "questions-only")
    }

    @Test func declarationsKeepTheOrderTheyAreWrittenIn() {
        let keys = PickCommand.declarations.definitions.map(\.storageKey)
        #expect(
            keys == [
                "count", "seed.seed", "selection.topics", "selection.difficulties", "selection.ids", "picking.balanced",
                "picking.fresh", "rubric", "deck.deck", "language.lang", "output.json", "color.noColor",
                "pager.noPager",
            ])
    }

    @Test func anAdjustedGroupChangesOnlyItsCommandsHelp() {
        let pick = PickCommand.spec(path: ["pick"]).options.first { $0.name == "ids" }
        let quiz = QuizCommand.spec(path: ["quiz"]).options.first { $0.name == "ids" }
        #expect(pick?.help.hasPrefix("Pick these question ids") == true)
        #expect(quiz?.help == "Only these question ids, comma-separated (repeatable).")
    }

    // MARK: One selection group, one filter

    @Test func theSelectionGroupFiltersEveryCommandAlike() throws {
        let harness = try CLIHarness()
        let quiz = harness.run(["quiz", "--difficulty", "3", "--no-save"], input: [nil])
        #expect(quiz.output.contains("Question 1 of 1"))
        let list = harness.run(["list", "--ids", "backpropagation,data-generators"])
        #expect(list.output.contains("2 questions"), "\(list.output)")
        #expect(list.output.contains("backpropagation"))
    }
}
