import Foundation
import Testing

@testable import QuizCLI

/// One set of conventions across the commands (issue 14): each is a test.
@Suite struct CommandLineConventionTests {
    /// Every command as its words after `dlquiz`, with what it must be given to run at all.
    static let runnable: [[String]] = [
        ["quiz"], ["pick"], ["interview"], ["interviews"], ["list"], ["show", "backpropagation"], ["stats"],
        ["progress"], ["progress", "reset", "--yes"], ["sheet"], ["export", "--format", "csv"], ["tips"],
        ["completions", "bash"],
    ]

    /// Every command of the tree but the root.
    static var allCommands: [CommandSpec] {
        CompletionTree(root: DLQuizCLI.completionRoot).nodes.map(\.spec).filter { !$0.path.isEmpty }
    }

    // MARK: A bad value is a usage error, with a did-you-mean

    @Test(arguments: runnable.filter { $0 != ["completions", "bash"] })
    func anUnknownLanguageIsAUsageError(command: [String]) throws {
        let result = try CLIHarness().run(command + ["--lang", "fr"], input: [nil])
        #expect(result.status == 64)
        #expect(
            result.error.unwrappedHasPrefix(
                """
                Error: The value 'fr' is invalid for '--lang <lang>'. Please provide one of 'en' or 'ja'.
                Usage: dlquiz \(command[0])
                """))
    }

    @Test(arguments: [["quiz"], ["pick"], ["interview"], ["list"], ["sheet"]])
    func anUnknownTopicIsAUsageErrorWithTheClosest(command: [String]) throws {
        let result = try CLIHarness().run(command + ["--topic", "Trainng"], input: [nil])
        #expect(result.status == 64)
        #expect(
            result.error.unwrappedHasPrefix(
                "Error: The value 'Trainng' is invalid for '--topic <topic>'. Please provide one of "))
        #expect(result.error.contains("\nDid you mean 'training'?\nUsage: dlquiz \(command[0]) "))
    }

    @Test(arguments: [["quiz"], ["interview"], ["sheet"]])
    func anUnknownIDIsAUsageErrorWithTheClosest(command: [String]) throws {
        let result = try CLIHarness().run(command + ["--ids", "backprop"], input: [nil])
        #expect(result.status == 64)
        #expect(
            result.error.unwrappedHasPrefix(
                """
                Error: The value 'backprop' is invalid for '--ids <ids>': no question has this id ('dlquiz list' shows them)
                Did you mean 'backpropagation'?
                """))
    }

    // MARK: Options every command takes

    @Test(arguments: allCommands.map(\.fullName))
    func everyCommandAcceptsNoColor(command: String) throws {
        let spec = try #require(Self.allCommands.first { $0.fullName == command })
        #expect(spec.options.contains { $0.name == "no-color" })
    }

    @Test(arguments: runnable)
    func noColorRunsEveryCommand(command: [String]) throws {
        let result = try CLIHarness().run(command + ["--no-color"], input: [nil])
        #expect(result.status != 64, "\(result.error)")
    }

    @Test(
        arguments: allCommands.filter { spec in
            spec.path != ["help"] && spec.path != ["completions"] && spec.path != ["validate"]
        }.map(\.fullName))
    func everyCommandThatPrintsTakesLang(command: String) throws {
        let spec = try #require(Self.allCommands.first { $0.fullName == command })
        #expect(spec.options.contains { $0.name == "lang" })
    }

    // MARK: Help

    @Test func helpHelpDescribesHelp() throws {
        let harness = try CLIHarness()
        let result = harness.run(["help", "help"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("OVERVIEW: Show help for a command, or the whole manual page with --man.\n"))
        #expect(
            result.output.contains(
                "USAGE: dlquiz help [--man] [--lang <lang>] [--no-color] [--no-pager]\n       [<command> ...]\n"))
        #expect(harness.run(["help", "--help"]).output == result.output)
        #expect(harness.run(["--help"]).output.contains("\n  help                    Show help for a command"))
    }

    @Test func aRequiredOptionIsShownAsRequired() throws {
        let harness = try CLIHarness()
        #expect(
            harness.run(["export", "--help"]).output.contains("USAGE: dlquiz export --format <format> [-o <file>]"))
        let missing = harness.run(["export"])
        #expect(missing.status == 64)
        #expect(
            missing.error.hasPrefix(
                """
                Error: Missing expected argument '--format <format>'
                Choose anki, csv or json.
                Usage: dlquiz export --format <format> [-o <file>]
                """))
    }

    // MARK: interview and pick choose alike

    @Test func interviewTakesPicksSelectionOptionsAndDefaultCount() throws {
        let pick = try ArgumentParser.parse([], as: PickCommand.self)
        let interview = try CLIHarness().run(["interview", "--seed", "8"], input: ["q"])
        #expect(interview.output.hasPrefix("Interview · \(pick.count) questions"))
        let names = { (spec: CommandSpec) in Set(spec.options.map(\.name)) }
        let picking = names(PickCommand.spec(path: ["pick"])).subtracting(["rubric", "no-pager"])
        #expect(picking.isSubset(of: names(InterviewCommand.spec(path: ["interview"]))))
        let hard = try CLIHarness().run(["interview", "--difficulty", "3", "-n", "2", "--seed", "1"], input: ["q"])
        #expect(hard.status == 0)
        #expect(hard.output.hasPrefix("Interview · 1 question"), "the bundled deck has one question of difficulty 3")
    }

    // MARK: The format follows the file's extension

    @Test(arguments: [
        (["sheet"], "sheet.html", "<!DOCTYPE html>"),
        (["sheet"], "sheet.md", "# Sheet fixture"),
        (["sheet"], "sheet.txt", "Sheet fixture\n====="),
        (["sheet"], "sheet.out", "Sheet fixture\n====="),
        (["export"], "deck.csv", "id,topic,difficulty,minutes,question,"),
        (["export"], "deck.json", "{"),
        (["export"], "deck.txt", "#separator:tab\n#html:true"),
    ])
    func theFormatFollowsTheOutputsExtension(command: [String], file: String, start: String) throws {
        let harness = try CLIHarness()
        let result = harness.run(command + ["-o", harness.path(file), "--deck", SheetExportTests.deckPath])
        #expect(result.status == 0, "\(result.error)")
        #expect(try String(contentsOfFile: harness.path(file), encoding: .utf8).hasPrefix(start))
    }

    @Test func anExplicitFormatWinsOverTheExtension() throws {
        let harness = try CLIHarness()
        _ = harness.run([
            "sheet", "--format", "markdown", "-o", harness.path("notes.html"), "--deck", SheetExportTests.deckPath,
        ])
        #expect(try String(contentsOfFile: harness.path("notes.html"), encoding: .utf8).hasPrefix("# Sheet fixture"))
        let unknown = harness.run(["export", "-o", harness.path("deck.xlsx")])
        #expect(unknown.status == 64)
        #expect(unknown.error.hasPrefix("Error: Missing expected argument '--format <format>'\n"))
    }

    // MARK: Counts, the reset, and progress afterwards

    @Test func countsAgreeWithTheirNumberInBothLanguages() throws {
        let harness = try CLIHarness()
        _ = harness.run(["quiz", "--ids", "data-generators"], input: ["", "all", ""])
        let english = harness.run(["progress"]).output
        #expect(english.contains("\n1 graded answer in 1 session, from 2026-11-23 to 2026-11-23.\n"))
        #expect(english.contains("  deep-learning  1 answer · 1 question · 1 session · last 2026-11-23\n"))
        let japanese = harness.run(["progress", "--lang", "ja"]).output
        #expect(japanese.contains("\n1 回のセッションで採点済みの回答 1 件（2026-11-23 から 2026-11-23 まで）。\n"))
        #expect(japanese.contains("  deep-learning  回答 1 件 · 1 問 · 1 回のセッション · 最終 2026-11-23\n"))
        #expect(UIStrings(language: "en").count(2, .answer) == "2 answers")
    }

    @Test func theResetAcceptsExactlyWhatItAsksFor() throws {
        let harness = try CLIHarness()
        _ = harness.run(["quiz", "--ids", "data-generators"], input: ["", "all", ""])
        let shortened = harness.run(["progress", "reset"], input: ["y"])
        #expect(shortened.status == 1)
        #expect(shortened.error == "Reset cancelled; nothing was changed.\n")
        #expect(harness.progressLines().count == 1)
        let confirmed = harness.run(["progress", "reset"], input: ["yes"])
        #expect(confirmed.status == 0)
        #expect(harness.progressLines().isEmpty)
    }

    @Test func theResetQuestionWrapsAtTheWidth() throws {
        let harness = try CLIHarness()
        _ = harness.run(["quiz", "--ids", "data-generators"], input: ["", "all", ""])
        let result = harness.run(["progress", "reset"], input: ["no"], environment: ["COLUMNS": "40"])
        #expect(
            result.output
                == "This clears 1 graded answer from\n~/.local/state/dlquiz/progress.jsonl; a\nbackup is kept. Type yes to continue: \n"
        )
    }

    @Test func progressAfterAResetNamesTheBackup() throws {
        let harness = try CLIHarness()
        _ = harness.run(["quiz", "--ids", "data-generators"], input: ["", "all", ""])
        _ = harness.run(["progress", "reset", "--yes"])
        let backup = "~/.local/state/dlquiz/progress.jsonl.backup-20261123T090000Z"
        #expect(
            harness.run(["progress"]).output.unwrappedEquals(
                """
                No progress yet: ~/.local/state/dlquiz/progress.jsonl does not exist.
                The last reset kept the old progress as \(backup).

                """))
        _ = harness.run(["quiz", "--ids", "data-generators"], input: ["", "all", ""])
        #expect(
            harness.run(["progress"]).output.unwrappedContains("\nThe last reset kept the old progress as \(backup).\n")
        )
    }

    // MARK: Install as written

    @Test func theReadmesInstallStepMakesTheFolderFirst() throws {
        let readme = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
                "../../README.md"),
            encoding: .utf8)
        let install = try #require(
            readme.components(separatedBy: "## Install\n").dropFirst().first?
                .components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "```").first)
        let lines = install.split(separator: "\n").map { $0.prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces) }
        let mkdir = try #require(lines.firstIndex(of: "mkdir -p ~/.local/bin"))
        let copy = try #require(lines.firstIndex { $0.hasPrefix("install ") && $0.hasSuffix("~/.local/bin/dlquiz") })
        #expect(mkdir < copy)
        #expect(readme.contains("`HOME`"), "the README says when HOME must be set")
    }

    @Test func aFailureIsWordedInTheLanguage() throws {
        let harness = try CLIHarness()
        let result = harness.run(
            ["interview", "--output", harness.path("no/such/folder/card.md"), "--lang", "ja"], input: ["1", ""])
        #expect(result.status == 1)
        #expect(result.error.unwrappedHasPrefix("エラー: '"))
        #expect(result.error.unwrappedHasSuffix("にスコアカードを書き出せません: フォルダがないか、書き込めません。フォルダを作るか、別の --output を指定してください。\n"))
    }

    // MARK: Scorecards

    @Test func aJapaneseScorecardsCommandAsksInJapanese() throws {
        let harness = try CLIHarness()
        let path = harness.path("card.md")
        _ = harness.run(["interview", "--ids", "data-generators", "--lang", "ja", "--output", path], input: ["1", ""])
        let card = try String(contentsOfFile: path, encoding: .utf8)
        #expect(card.contains("`dlquiz interview --ids data-generators --lang ja`"))
        #expect(card.contains("- **カバーしたポイント:** **"))
        #expect(card.contains("（1 問の平均）\n"))
    }
}
