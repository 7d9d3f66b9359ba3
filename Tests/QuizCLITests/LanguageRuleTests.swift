import Foundation
import Testing

@testable import QuizCLI

/// One language rule, through the commands: the interface follows `--lang`, then the locale; the deck's texts are
/// shown in the interface language when the deck has it, else in its own, with one note on standard error.
@Suite struct LanguageRuleTests {
    static let englishDeck = DeckCommandsTests.smallDeck

    static let japaneseDeck = """
        ---
        id: nihongo
        title: 日本語のデッキ
        languages: [ja]
        topics:
          basics: 基礎
        ---

        ## first (basics, difficulty 1, 2 min)

        過学習とは何ですか？

        ### Answer

        訓練データの雑音まで覚えてしまうことです。

        ### Key points

        - 雑音を覚える
        - 検証の損失が増える

        """

    private func harness() throws -> (CLIHarness, english: String, japanese: String) {
        let harness = try CLIHarness()
        let english = try harness.write("small.md", Self.englishDeck)
        let japanese = try harness.write("nihongo.md", Self.japaneseDeck)
        return (harness, english, japanese)
    }

    @Test func aJapaneseLocaleWithAnEnglishDeckShowsJapaneseWordsAndEnglishQuestions() throws {
        let (harness, english, _) = try harness()
        let result = harness.run(["show", "first", "--deck", english], environment: ["LANG": "ja_JP.UTF-8"])
        #expect(result.status == 0)
        #expect(result.output.contains("What is one?"))
        #expect(result.output.contains("模範解答"))
        #expect(result.error == "注: このデッキには日本語のテキストがないため、質問は英語で表示します。\n")
    }

    @Test func anEnglishLocaleWithAJapaneseDeckShowsEnglishWordsAndJapaneseQuestions() throws {
        let (harness, _, japanese) = try harness()
        let result = harness.run(["show", "first", "--deck", japanese])
        #expect(result.status == 0)
        #expect(result.output.contains("過学習とは何ですか？"))
        #expect(result.output.contains("Model answer"))
        #expect(result.output.contains("基礎"))
        #expect(result.error == "Note: this deck has no English text; its questions are shown in Japanese.\n")
    }

    @Test func langJaOnAnEnglishDeckIsNoError() throws {
        let (harness, english, _) = try harness()
        let result = harness.run(["quiz", "--deck", english, "--lang", "ja", "--no-save"], input: ["", "all", ""])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("What is one?"))
        #expect(result.output.contains("模範解答"))
        #expect(result.error.hasPrefix("注: このデッキには日本語のテキストがないため、質問は英語で表示します。\n"))
        #expect(result.error.components(separatedBy: "注: ").count == 2, "one note, not one per screen")
    }

    @Test func anInterfaceLanguageThatDoesNotExistIsStillAUsageError() throws {
        let (harness, english, _) = try harness()
        let result = harness.run(["list", "--deck", english, "--lang", "fr"])
        #expect(result.status == 64)
        #expect(
            result.error.unwrappedHasPrefix(
                "Error: The value 'fr' is invalid for '--lang <lang>'. Please provide one of 'en' or 'ja'.\n"))
    }

    @Test func noNoteWhenTheDeckHasTheInterfaceLanguage() throws {
        let result = try CLIHarness().run(["show", "backpropagation", "--lang", "ja"])
        #expect(result.error.isEmpty)
    }

    // MARK: JSON names the language of the deck's texts

    @Test func showJSONNamesTheLanguageOfItsTexts() throws {
        let (harness, english, _) = try harness()
        let result = harness.run(["show", "first", "--deck", english, "--json", "--lang", "ja"])
        #expect(
            result.output.contains(#""language" : "en""#) || result.output.contains(#""language": "en""#),
            "\(result.output)")
        #expect(result.output.contains("What is one?"))
    }

    @Test func listAndPickUseTheInterfaceForWordsAndTheDeckForText() throws {
        let (harness, _, japanese) = try harness()
        let list = harness.run(["list", "--deck", japanese])
        #expect(list.output.hasPrefix("ID"))
        #expect(list.output.contains("過学習とは何ですか？"))
        let pick = harness.run(["pick", "--deck", japanese, "-n", "1", "--lang", "en"])
        #expect(pick.output.contains("過学習とは何ですか？"))
        #expect(pick.output.contains("--lang en"), "the command to pick again keeps the interface language")
    }

    @Test func aSheetHasTheDecksTextsAndTheInterfacesLabels() throws {
        let (harness, english, _) = try harness()
        let result = harness.run(["sheet", "--deck", english, "--format", "html", "--lang", "ja"])
        #expect(result.output.contains(#"<html lang="en">"#))
        #expect(result.output.contains("What is one?"))
        #expect(result.error.hasPrefix("注: "))
    }
}
