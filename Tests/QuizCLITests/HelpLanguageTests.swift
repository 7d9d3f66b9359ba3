import Foundation
import Testing

@testable import QuizCLI

/// Help, usage errors and the words around the screens follow the language: every text in both languages.
@Suite struct HelpLanguageTests {
    /// Every command of the tree, the root and `help` included.
    static var specs: [CommandSpec] { CompletionTree(root: DLQuizCLI.completionRoot).nodes.map(\.spec) }

    /// Whether a text has Japanese in it (kana, kanji or fullwidth punctuation).
    static func hasJapanese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }

    @Test(arguments: specs.map(\.fullName))
    func everyHelpTextExistsInBothLanguages(command: String) throws {
        let spec = try #require(Self.specs.first { $0.fullName == command })
        var texts = [
            ("abstract", spec.abstract, spec.japaneseAbstract),
            ("discussion", spec.discussion, spec.japaneseDiscussion),
        ]
        texts += spec.options.map { ("--" + $0.name, $0.help, $0.japaneseHelp) }
        texts += spec.arguments.map { ("<\($0.name)>", $0.help, $0.japaneseHelp) }
        #expect(!spec.abstract.isEmpty)
        for (what, english, japanese) in texts {
            #expect(english.isEmpty == japanese.isEmpty, "\(what) of '\(command)' exists in one language only")
            guard !english.isEmpty else { continue }
            #expect(Self.hasJapanese(japanese), "\(what) of '\(command)' is not in Japanese: \(japanese)")
            #expect(!Self.hasJapanese(english), "\(what) of '\(command)' is not in English: \(english)")
        }
    }

    @Test(arguments: specs.map(\.path))
    func japaneseHelpHasNoEnglishProse(path: [String]) throws {
        let result = try CLIHarness().run(["help"] + path, environment: ["LANG": "ja_JP.UTF-8"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("概要: "))
        #expect(result.output.contains("\n使い方: dlquiz"))
        #expect(result.output.contains("\nオプション:\n"))
        #expect(result.output.contains("  -h, --help              ヘルプを表示します。\n"))
        for english in [
            "OVERVIEW", "USAGE", "OPTIONS", "ARGUMENTS", "SUBCOMMANDS", "(default:", "Show help information", "See '",
        ] {
            #expect(!result.output.contains(english), "'\(english)' in the Japanese help of \(path)")
        }
    }

    @Test func theLangOptionChoosesTheHelpLanguageOverTheEnvironment() throws {
        let harness = try CLIHarness()
        #expect(harness.run(["quiz", "--help", "--lang", "ja"]).output.hasPrefix("概要: 練習します"))
        #expect(harness.run(["help", "quiz", "--lang", "ja"]).output.hasPrefix("概要: 練習します"))
        #expect(
            harness.run(["quiz", "--help", "--lang", "en"], environment: ["LANG": "ja_JP.UTF-8"]).output.hasPrefix(
                "OVERVIEW: "))
        #expect(harness.run(["quiz", "--help"], environment: ["LC_ALL": "ja_JP.UTF-8"]).output.hasPrefix("概要: "))
    }

    // MARK: Usage errors

    @Test(arguments: [
        (["quiz", "--cont", "3"], "エラー: '--cont' というオプションはありません\nもしかして '--count' ですか？\n使い方: dlquiz quiz "),
        (["quizz"], "エラー: 'quizz' というコマンドはありません\nもしかして 'quiz' ですか？\n使い方: dlquiz <subcommand>\n"),
        (
            ["quiz", "--order", "randm"],
            "エラー: '--order <order>' に 'randm' は指定できません。'random'、'sequential'、'due'、'weakest' のいずれかを指定してください。\nもしかして 'random' ですか？\n"
        ),
        (["quiz", "--count", "0"], "エラー: '--count <n>' に '0' は指定できません（1 以上にしてください）\n"),
        (["quiz", "--topic", "Trainng"], "エラー: '--topic <topic>' に 'Trainng' は指定できません。"),
        (
            ["show", "backprop"],
            "エラー: '<id>' に 'backprop' は指定できません（この id の質問はありません。'dlquiz list' で一覧できます）\nもしかして 'backpropagation' ですか？\n"
        ),
        (["export"], "エラー: 必要な引数 '--format <format>' がありません\nanki、csv、json のいずれかを選んでください。\n"),
        (["progress", "rset"], "エラー: 'rset' というサブコマンドはありません\nもしかして 'reset' ですか？\n"),
        (["--count"], "エラー: '--count' というオプションはありません\nオプションはコマンドの後に書きます（例: 'dlquiz quiz --count'）。\n"),
        (["quiz", "--until", "fri", "--order", "random"], "エラー: '--until' は復習の計画に使うオプションです。"),
    ])
    func usageErrorsInJapanese(arguments: [String], expected: String) throws {
        let result = try CLIHarness().run(arguments, environment: ["LANG": "ja_JP.UTF-8"])
        #expect(result.status == 64)
        #expect(result.error.unwrappedHasPrefix(expected))
        #expect(result.error.contains("  詳しくは 'dlquiz "))
    }

    // MARK: The words around the screens

    @Test func progressAndItsResetInJapanese() throws {
        let harness = try CLIHarness()
        let japanese = ["LANG": "ja_JP.UTF-8"]
        #expect(
            harness.run(["progress"], environment: japanese).output == """
                まだ記録がありません: ~/.local/state/dlquiz/progress.jsonl はありません。
                'dlquiz quiz' で最初の回答を採点すると作られます。

                """)
        _ = harness.run(["quiz", "--ids", "data-generators"], input: ["", "all", ""])
        let refused = harness.run(["progress", "reset"], input: ["はい"], environment: japanese)
        #expect(refused.output.hasPrefix("~/.local/state/dlquiz/progress.jsonl から採点済みの回答 1 件を消去します"))
        #expect(refused.error == "リセットを取り消しました。何も変更していません。\n")
        let confirmed = harness.run(["progress", "reset"], input: ["yes"], environment: japanese)
        #expect(
            confirmed.output.unwrappedContains(
                "記録を消去しました。以前のファイルは ~/.local/state/dlquiz/progress.jsonl.backup-20261123T090001Z として残しています。\n"))
        #expect(confirmed.output.unwrappedHasSuffix("リセットを取り消すには: dlquiz progress restore\n"))
    }

    @Test func theWarningAboutUnreadableLinesInJapanese() throws {
        let harness = try CLIHarness()
        try harness.write(".local/state/dlquiz/progress.jsonl", "garbage\n")
        let result = harness.run(["list"], environment: ["LANG": "ja_JP.UTF-8"])
        #expect(
            result.error.unwrappedHasPrefix(
                "警告: ~/.local/state/dlquiz/progress.jsonl の読めない行 1 行を読み飛ばしました。ファイルにはそのまま残しています。\n"))
    }

    @Test func validateAndPickNotesInJapanese() throws {
        let harness = try CLIHarness()
        let japanese = ["LANG": "ja_JP.UTF-8"]
        let valid = harness.run(["validate", SheetExportTests.deckPath], environment: japanese)
        #expect(valid.output.unwrappedHasSuffix("は使えるデッキです: id 'sheet-fixture'、2 問、トピック 2 個、言語 en、ja。\n"))
        let few = harness.run(["pick", "-n", "9", "--difficulty", "3"], environment: japanese)
        #expect(few.error == "注: 条件に合う質問は 1 問だけなので、すべて選びました。\n")
    }
}
