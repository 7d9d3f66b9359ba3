import Foundation
import Testing

@testable import QuizCLI
@testable import QuizKit

/// Help that is true: what it says of each option, every key of the quiz's prompts, examples that still run when
/// wrapped, and the keys of every `--json` output in the manual page.
@Suite struct HelpTruthTests {
    static var specs: [CommandSpec] { CompletionTree(root: DLQuizCLI.completionRoot).nodes.map(\.spec) }

    @Test func everyDeckOptionNamesFilesOfBothFormatsAndTheLibrary() {
        let decks = Self.specs.flatMap(\.options).filter { $0.name == "deck" && !$0.isHidden }
        #expect(decks.count == 9)
        for option in decks {
            #expect(option.help.contains("JSON or Markdown") && option.help.contains("library"), "\(option.help)")
            #expect(option.japaneseHelp.contains("Markdown") && option.japaneseHelp.contains("ライブラリ"))
            #expect(option.completion == .deckChoice)
        }
    }

    @Test func untilAndAllDecksSayWhatTheyDoWithoutNamingThemselves() {
        let quiz = QuizCommand.spec(path: ["quiz"]).options
        let until = quiz.first { $0.name == "until" }?.help ?? ""
        let allDecks = quiz.first { $0.name == "all-decks" }?.help ?? ""
        #expect(!until.contains("--order due") && until.contains("90% predicted recall"))
        #expect(!allDecks.contains("--all-decks") && allDecks.contains("library"))
    }

    /// Every key each of the quiz's prompts takes (`ReplyParser`, `KeyPointGrammar`), named in its help.
    @Test(arguments: [
        "Enter at once", "e opens $VISUAL or $EDITOR", "u undoes", "s skips", "q ends", "? explains",
        "Ctrl-D after typing",
        "Ctrl-D on an empty line", "1 3 4, 1,3 or 2-4", "all, or none (or 0)", "d shows the details", "Enter accepts",
        "1-4 or a/h/g/e", "y", "n if not", "(e, s, q, ?)",
    ])
    func theQuizHelpListsEveryKey(key: String) {
        #expect(QuizCommand.configuration.discussion.replacingOccurrences(of: "\\\n", with: "").contains(key))
    }

    @Test(arguments: [40, 60, 100])
    func examplesInHelpWrapWithContinuations(width: Int) throws {
        let harness = try CLIHarness()
        for command in [["quiz"], ["completions"], ["convert"], ["help"]] {
            let help = harness.run(["help"] + command, environment: ["COLUMNS": String(width)]).output
            let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            // A command example is indented by two and continues with ` \` until its last line.
            for (index, line) in lines.enumerated() where line.hasPrefix("  dlquiz ") || line.hasPrefix("  printf ") {
                var end = index
                while lines[end].hasSuffix(" \\") { end += 1 }
                let joined = lines[index...end].map { $0.trimmingCharacters(in: .whitespaces) }
                    .joined(separator: " ").replacingOccurrences(of: " \\ ", with: " ")
                #expect(joined.contains("dlquiz"), "\(joined)")
                for continued in lines[index...end].dropFirst() { #expect(continued.hasPrefix("    "), "\(continued)") }
            }
        }
        let quiz = harness.run(["help", "quiz"], environment: ["COLUMNS": "40"]).output
        #expect(quiz.contains("  printf '\\nall\\n\\n' | dlquiz quiz \\\n    --count 1\n"))
    }

    @Test func aRedirectionStaysWithItsFile() {
        let lines = ShellQuoting.commandLines(
            "dlquiz completions bash > ~/.local/share/bash-completion/completions/dlquiz", width: 40, indent: "  ")
        #expect(lines == ["  dlquiz completions bash \\", "    > ~/.local/share/bash-completion/completions/dlquiz"])
    }

    // MARK: The keys of every --json output

    /// Every key of a JSON document, at any depth.
    static func keys(_ node: JSONNode) -> Set<String> {
        switch node.value {
        case .object(let members): members.reduce(into: Set(members.map(\.key))) { $0.formUnion(keys($1.value)) }
        case .array(let items): items.reduce(into: []) { $0.formUnion(keys($1)) }
        default: []
        }
    }

    static func words(_ text: String) -> Set<String> {
        Set(text.components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty })
    }

    @Test(arguments: [
        (["pick", "--rubric", "--seed", "1"], ["pick"]), (["list"], ["list"]), (["show", "backpropagation"], ["show"]),
        (["show", "backpropagation", "--history"], ["show"]), (["stats", "--until", "+3"], ["stats"]),
        (["progress"], ["progress"]), (["tips"], ["tips"]), (["decks"], ["decks"]), (["interviews"], ["interviews"]),
    ])
    func theManualPageListsEveryKeyOfEveryJSONOutput(command: [String], path: [String]) throws {
        let harness = try CLIHarness()
        _ = harness.run(
            ["quiz", "--ids", "backpropagation", "--follow-ups"], input: ["my answer", "", "1", "", "", "y"])
        _ = harness.run(
            ["interview", "--ids", "backpropagation", "--candidate", "Ada"], input: ["1", "n a note", "f", "f+", ""])
        let result = harness.run(command + ["--json"])
        #expect(result.status == 0, "\(result.error)")
        let keys = Self.keys(try JSONParser(bytes: Array(result.output.utf8)).parse())
        let spec = try HelpCommand.spec(named: path)
        let documented = Self.words(spec.jsonKeys)
        #expect(keys.subtracting(documented).isEmpty, "undocumented: \(keys.subtracting(documented).sorted())")
        #expect(keys.subtracting(Self.words(spec.japaneseJSONKeys)).isEmpty)
    }

    @Test func theManualPageListsEveryKeyOfTheScorecard() throws {
        let harness = try CLIHarness()
        let path = harness.path("card.json")
        _ = harness.run(
            ["interview", "--ids", "backpropagation", "--output", path, "--json"],
            input: ["1", "n a note", "f", "f+", ""])
        let keys = Self.keys(try JSONParser(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path)))).parse())
        #expect(keys.count > 20)
        let documented = Self.words(InterviewCommand.configuration.jsonKeys)
        #expect(keys.subtracting(documented).isEmpty, "undocumented: \(keys.subtracting(documented).sorted())")
    }

    @Test func theJSONSectionIsInTheManualPage() throws {
        let page = try CLIHarness().run(["help", "--man"]).output
        #expect(page.contains(".Sh JSON OUTPUT\n"))
        #expect(page.contains(".It Nm dlquiz Cm stats Fl -json\n"))
    }
}
