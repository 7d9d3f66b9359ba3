import Foundation
import QuizTestSupport
import Testing

/// `dlquiz export` and `dlquiz sheet` through the built binary: round trips and files written with `--output`.
@Suite struct ExportBinaryTests {
    @Test func theJSONExportRoundTripsThroughValidateAndDeck() throws {
        let runner = try BinaryRunner()
        let exported = try runner.run(["export", "--format", "json"])
        #expect(exported.status == 0, "\(exported.error)")
        let path = runner.home.appendingPathComponent("deck.json").path
        try Data(exported.output.utf8).write(to: URL(fileURLWithPath: path))
        let validated = try runner.run(["validate", "/dev/stdin"], input: exported.output)
        #expect(validated.status == 0, "\(validated.error)")
        #expect(validated.output.unwrappedContains("id 'deep-learning', 12 questions, 6 topics, languages en, ja."))
        let again = try runner.run(["export", "--format", "json", "--deck", path])
        #expect(again.output == exported.output)
        for language in ["en", "ja"] {
            let bundled = try runner.run(["sheet", "--format", "markdown", "--lang", language])
            let reloaded = try runner.run(["sheet", "--format", "markdown", "--lang", language, "--deck", path])
            #expect(reloaded.output == bundled.output)
        }
    }

    @Test func theBundledDeckConvertsThroughPipesToMarkdownAndBackToTheSameJSON() throws {
        let runner = try BinaryRunner()
        let exported = try runner.run(["export", "--format", "json"])
        let markdown = try runner.run(["convert", "-", "-"], input: exported.output)
        #expect(markdown.status == 0, "\(markdown.error)")
        #expect(markdown.output.hasPrefix("---\nid: deep-learning\ntitle:\n  en: "))
        let back = try runner.run(["convert", "-", "-"], input: markdown.output)
        #expect(back.status == 0, "\(back.error)")
        #expect(back.output == exported.output)
    }

    @Test func aSheetFileIsWrittenWithOutput() throws {
        let runner = try BinaryRunner()
        let path = runner.home.appendingPathComponent("sheet.html").path
        let result = try runner.run(["sheet", "--format", "html", "--lang", "ja", "--output", path])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.unwrappedEquals("\(path) に 12 問を書き出しました。\n"))
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">"))
        #expect(html.components(separatedBy: "<article class=\"question\"").count == 13)
        #expect(try FileManager.default.contentsOfDirectory(atPath: runner.home.path) == ["sheet.html"])
    }
}
