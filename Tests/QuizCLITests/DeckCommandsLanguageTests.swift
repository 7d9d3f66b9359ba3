import Foundation
import Testing

@testable import QuizCLI
@testable import QuizKit
@testable import QuizStore

/// The deck commands in Japanese with `--lang ja`, and `decks` at 100, 60 and 40 columns in both languages.
@Suite struct DeckCommandsLanguageTests {
    static let smallDeck = DeckCommandsTests.smallDeck

    private func libraryHarness() throws -> CLIHarness {
        let harness = try CLIHarness()
        try harness.write(".local/share/dlquiz/decks/small.md", Self.smallDeck)
        try harness.write(".local/share/dlquiz/decks/broken.json", "{")
        return harness
    }

    @Test func decksSpeaksJapanese() throws {
        let result = try libraryHarness().run(["decks", "--lang", "ja"])
        #expect(result.status == 0)
        #expect(
            result.output == """
                デッキ         質問数  回答数  復習  新規  ファイル
                deep-learning      12       0     0    12  （同梱）
                small               2       0     0     2  small.md
                broken.json: デッキとして使えません（問題が 1 件あります）。'dlquiz validate' で
                一覧できます

                自分のデッキは ~/.local/share/dlquiz/decks にある .json と .md のファイルです
                （'dlquiz decks add FILE' でコピーできます）。
                使うときは --deck に ID かファイル名を指定します。'dlquiz quiz --order due
                --all-decks' ですべてのデッキを練習します。

                """)
    }

    @Test(arguments: [100, 60, 40], ["en", "ja"])
    func decksFitsTheWidth(width: Int, language: String) throws {
        let result = try libraryHarness().run(["decks", "--lang", language], environment: ["COLUMNS": String(width)])
        #expect(result.status == 0)
        let wide = result.output.split(separator: "\n").filter { DisplayWidth.of(String($0)) > width }
        #expect(wide.isEmpty, "\(wide)")
        #expect(result.output.contains("small"))
    }

    @Test func atFortyColumnsDecksKeepsTheDueAndNewCounts() throws {
        let result = try libraryHarness().run(["decks"], environment: ["COLUMNS": "40"])
        #expect(
            result.output.hasPrefix(
                """
                DECK           DUE  NEW  FILE
                deep-learning    0   12  (bundled)
                small            0    2  small.md
                broken.json: not a valid deck (a
                problem); 'dlquiz validate' lists them

                """))
    }

    @Test func convertErrorsSpeakJapanese() throws {
        let harness = try CLIHarness()
        let unknown = harness.run(["convert", "Resources/deep-learning.json", harness.path("out.txt"), "--lang", "ja"])
        #expect(unknown.status == 64)
        #expect(
            unknown.error.unwrappedHasPrefix(
                """
                エラー: '\(harness.path("out.txt"))' の名前からは形式が分かりません
                名前を .json か .md にするか、--to json または --to markdown を指定してください。
                使い方: dlquiz convert
                """))
        let importOnly = harness.run([
            "convert", "Resources/deep-learning.json", harness.path("out.md"), "--id", "x", "--lang", "ja",
        ])
        #expect(importOnly.status == 64)
        #expect(
            importOnly.error.unwrappedHasPrefix(
                """
                エラー: オプション '--id' は取り込みにだけ使えます
                JSON のデッキは自身の id と言語を保ちます。取り込むには --from anki か --from csv を指定してください。
                """))
        let written = harness.run(["convert", "Resources/deep-learning.json", harness.path("out.md"), "--lang", "ja"])
        #expect(written.output.unwrappedEquals("\(harness.path("out.md")) に 12 問を書き出しました。\n"))
    }

    @Test func newSpeaksJapanese() throws {
        let harness = try CLIHarness()
        let path = harness.path("mine.md")
        let written = harness.run(["new", path, "--lang", "ja"])
        #expect(written.status == 0)
        #expect(written.output.unwrappedEquals("ひな形のデッキを \(path) に書き出しました。編集したら次で検査できます: dlquiz validate \(path)\n"))
        let again = harness.run(["new", path, "--lang", "ja"])
        #expect(again.status == 1)
        #expect(
            again.error.unwrappedEquals(
                "エラー: '\(path)' に書き込めません: その名前のファイルがすでにあります。別の名前を選ぶか、--force を付けて置き換えてください（そのとき元のファイルはバックアップとして隣に残します）。\n"
            ))
        // The starter itself is in Japanese, with the deck id taken from the file's name.
        let starter = try String(contentsOfFile: path, encoding: .utf8)
        #expect(starter.hasPrefix("---\nid: mine\ntitle: 自分のデッキ\nlanguages: [ja]\n"))
        #expect(starter.contains("## mine-overfitting (basics, difficulty 1, 2 min)\n\n過学習とは何ですか。どうすれば気づけますか。\n"))
        #expect(starter.contains("- ファイルの確認: dlquiz validate mine.md\n"))
    }

    @Test func decksAddAndAnUnknownDeckNameSpeakJapanese() throws {
        let harness = try CLIHarness()
        let file = try harness.write("small.md", Self.smallDeck)
        let added = harness.run(["decks", "add", file, "--lang", "ja"])
        #expect(
            added.output.unwrappedEquals(
                """
                'small'（2 問）を ~/.local/share/dlquiz/decks/small.md として追加しました。--deck small で使えます。
                これはコピーです。~/small.md を後で編集したときは、もう一度追加すると反映されます（古くなったコピーには 'dlquiz decks' が印を付けます）。代わりに --link で追加することもできます。

                """))
        let sameID = try harness.write("other/renamed.md", Self.smallDeck)
        #expect(
            harness.run(["decks", "add", sameID, "--lang", "ja"]).error.unwrappedEquals(
                """
                エラー: ライブラリにはすでに id が 'small' のデッキがあります: ~/.local/share/dlquiz/decks/small.md。\
                置き換えるには --force を付けるか、デッキに別の id とファイル名を付けてください。

                """))
        let unknown = harness.run(["list", "--deck", "smal", "--lang", "ja"])
        #expect(unknown.status == 1)
        #expect(
            unknown.error.unwrappedEquals(
                """
                エラー: 'smal' という名前のデッキやファイルはありません。もしかして 'small' ですか？\
                ~/.local/share/dlquiz/decks のデッキは 'dlquiz decks' で一覧できます。

                """))
    }

    @Test func allDecksWarnsAndRefusesInJapanese() throws {
        let harness = try libraryHarness()
        let result = harness.run(["quiz", "--all-decks", "--lang", "ja", "--ids", "first"], input: ["q"])
        #expect(
            result.error.unwrappedEquals(
                "警告: ~/.local/share/dlquiz/decks/broken.json は有効なデッキではないので読み飛ばしました（理由は 'dlquiz validate' で確認できます）。\n"))
        let refused = harness.run(["quiz", "--all-decks", "--deck", "x.md", "--lang", "ja"])
        #expect(refused.status == 64)
        #expect(refused.error.hasPrefix("エラー: '--all-decks' はすべてのデッキを練習します。'--deck' は省いてください\n"))
    }
}
