import Foundation
import QuizTestSupport
import Testing

@testable import QuizCLI
@testable import QuizKit

/// Every message fits the screen: errors, warnings, notes, confirmations, prompts and each command's own lines, at
/// 100, 60 and 40 columns, in English and Japanese. No line is wider than the screen unless its overflow is one
/// unbreakable word (a link, a piece of a path with no `/` left); no line starts with `·` or with closing Japanese
/// punctuation, and none ends with an opening bracket.
@Suite struct FittedMessageTests {
    static let widths = [100, 60, 40]
    static let languages = ["en", "ja"]

    /// One command line to run on a fresh home: what to prepare, the arguments, the typed input and the status.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var status: Int32
        var input: [String?] = []
        /// Paths the messages name, which may break only after a `/`.
        var paths: [String] = []
        var arguments: @Sendable (CLIHarness) throws -> [String]

        var testDescription: String { name }
    }

    /// A folder with a long name inside the temporary home, so paths in messages are longer than a narrow line.
    static let deepFolder = "a-folder-with-a-long-name/another-folder-inside-it"

    static let problemDeck = """
        {"schemaVersion": 1, "id": "mine", "title": "Mine", "languages": ["en"], "questions": [
          {"id": "a", "topic": "t", "difficulty": 4, "minutes": 2, "question": "Q?", "answer": "A.",
           "keyPoints": ["one", "two", ""]},
          {"id": "a", "topic": "t", "difficulty": 1, "minutes": 2, "question": "Q?", "answer": "A.",
           "keyPoints": ["one", "two", "three"]}
        ]}
        """

    static let englishDeck = """
        {"schemaVersion": 1, "id": "english-only", "title": "English only", "languages": ["en"], "questions": [
          {"id": "a", "topic": "t", "difficulty": 1, "minutes": 2, "question": "What is a question?",
           "answer": "A sentence that asks.", "keyPoints": ["asks", "ends with a question mark"]}]}
        """

    static let practised: @Sendable (CLIHarness) throws -> Void = { harness in
        try harness.writeHistory([
            ("batch-normalization", 3, [1, 2, 3], 7, 3 * 86_400), ("imbalanced-data", 1, [1], 6, 3600),
        ])
    }

    static let cases: [Case] = [
        // Usage errors: the message, the hint and the usage line.
        Case(name: "unknown option", status: 64) { _ in ["quiz", "--cont", "3"] },
        Case(name: "bad value", status: 64) { _ in ["quiz", "--order", "sideways"] },
        Case(name: "missing argument", status: 64) { _ in ["show"] },
        Case(name: "unknown command", status: 64) { _ in ["quizz"] },
        Case(name: "unknown id", status: 64) { _ in ["show", "batchnorm"] },
        Case(name: "options that conflict", status: 64) { _ in ["quiz", "--until", "fri", "--order", "random"] },
        // Deck problems and store errors.
        Case(name: "a bad deck", status: 65) { harness in
            let broken = "{\n  \"schemaVersion\": 1,\n  \"questions\": [}\n"
            return ["quiz", "--deck", try harness.write("\(deepFolder)/broken-deck.json", broken)]
        },
        Case(name: "validate with problems", status: 65) { harness in
            ["validate", try harness.write("\(deepFolder)/problem-deck.json", problemDeck)]
        },
        Case(name: "a missing file", status: 1, paths: ["\(deepFolder)/missing-deck-file.json"]) { harness in
            ["list", "--deck", harness.path("\(deepFolder)/missing-deck-file.json")]
        },
        Case(name: "a progress file that is a folder", status: 1, input: [nil]) { harness in
            try FileManager.default.createDirectory(
                atPath: harness.path("\(deepFolder)/progress.jsonl"), withIntermediateDirectories: true)
            return ["quiz", "--progress", harness.path("\(deepFolder)/progress.jsonl")]
        },
        Case(name: "no question mentions the search", status: 1) { _ in
            ["list", "--search", "no-such-words-anywhere"]
        },
        // Notes, confirmations and each command's own lines.
        Case(name: "the language note", status: 0) { harness in
            ["list", "--deck", try harness.write("english.json", englishDeck)]
        },
        Case(name: "progress without a file", status: 0) { _ in ["progress"] },
        Case(name: "progress", status: 0) { harness in
            try practised(harness)
            return ["progress"]
        },
        Case(name: "progress reset, confirmed", status: 0, input: ["yes"]) { harness in
            try practised(harness)
            return ["progress", "reset"]
        },
        Case(name: "progress reset, cancelled", status: 1, input: ["no"]) { harness in
            try practised(harness)
            return ["progress", "reset"]
        },
        Case(name: "validate OK", status: 0) { harness in
            ["validate", try harness.write("\(deepFolder)/english-deck.json", englishDeck)]
        },
        Case(name: "decks add", status: 0) { harness in
            ["decks", "add", try harness.write("\(deepFolder)/english-deck.json", englishDeck)]
        },
        Case(name: "export -o", status: 0, paths: ["\(deepFolder)/exported-deck.csv"]) { harness in
            ["export", "--format", "csv", "-o", try harness.folder(deepFolder, "exported-deck.csv")]
        },
        Case(name: "sheet -o", status: 0, paths: ["\(deepFolder)/study-sheet.html"]) { harness in
            ["sheet", "-o", try harness.folder(deepFolder, "study-sheet.html")]
        },
        Case(name: "convert", status: 0) { harness in
            ["convert", uiFixtureDeck, try harness.folder(deepFolder, "converted-deck.md")]
        },
        Case(name: "new", status: 0, paths: ["\(deepFolder)/starter-deck.md"]) { harness in
            ["new", try harness.folder(deepFolder, "starter-deck.md")]
        },
        Case(name: "nothing due, practise anyway declined", status: 0, input: ["n"]) { harness in
            try harness.writeHistory(
                ["epochs", "loaders", "bias-variance", "batch-norm"].map { ($0, 4, [1], 1, 3600) }, deck: "ui-fixture")
            return ["quiz", "--order", "due", "--deck", uiFixtureDeck]
        },
        Case(
            name: "a quiz with its summary", status: 0,
            input: ["My answer, typed in a few words.", "", "1 x", "1 9", "1 2", "", "?", "", "s", "q"],
            paths: ["~/.local/state/dlquiz/progress.jsonl"]
        ) { _ in
            ["quiz", "--ids", "batch-normalization,imbalanced-data,face-embedding-search", "--order", "sequential"]
        },
        Case(name: "pick", status: 0) { _ in ["pick", "-n", "4", "--rubric", "--seed", "3"] },
        Case(
            name: "an interview and its scorecard", status: 0,
            input: ["1 3", "n a note", "f", "f+", "t", "?", "", "2", ""],
            paths: ["~/.local/share/dlquiz/interviews/2026-11-23-ada-lovelace-byron.md"]
        ) { _ in
            ["interview", "--candidate", "Ada Lovelace-Byron", "--ids", "batch-normalization,imbalanced-data"]
        },
    ]

    @Test(arguments: widths, languages)
    func everyMessageFitsTheWidth(width: Int, language: String) throws {
        for testCase in Self.cases {
            let harness = try CLIHarness()
            let arguments = try testCase.arguments(harness)
            let result = harness.run(arguments, input: testCase.input, environment: Self.environment(width, language))
            #expect(result.status == testCase.status, "\(testCase.name): \(result.error)")
            #expect(!(result.output + result.error).isEmpty, "\(testCase.name) printed nothing")
            // A path broken elsewhere than after a `/` would read with a space in it.
            for path in testCase.paths {
                #expect((result.output + result.error).unwrapped.contains(path), "\(testCase.name): \(path) broken")
            }
            for (stream, text) in [("output", result.output), ("error", result.error)] {
                let problems = Self.problems(in: text, width: width)
                let place = "\(testCase.name), standard \(stream), at \(width) in \(language)"
                #expect(problems.isEmpty, "\(place):\n\(problems.joined(separator: "\n"))\n\(text)")
            }
        }
    }

    @Test(arguments: widths, languages)
    func everyCommandsHelpFitsTheWidth(width: Int, language: String) throws {
        let harness = try CLIHarness()
        let commands = CompletionTree(root: DLQuizCLI.completionRoot).nodes.map(\.spec.path)
        #expect(commands.count > 15)
        for path in commands {
            let result = harness.run(path + ["--help"], environment: Self.environment(width, language))
            #expect(result.status == 0, "\(path): \(result.error)")
            let problems = Self.problems(in: result.output, width: width)
            #expect(
                problems.isEmpty, "help of \(path) at \(width) in \(language):\n\(problems.joined(separator: "\n"))")
        }
    }

    /// Each item of a key hint stays whole on one line, at every width from 20 to 100 columns.
    @Test(arguments: languages)
    func keyHintsBreakOnlyBetweenTheirItems(language: String) throws {
        let strings = UIStrings(language: language)
        let hints = [strings.answerCommands, strings.gradeCommands, strings.gradePrompt, strings.directGradeCommands]
        let harness = try CLIHarness()
        for width in 20...100 {
            let quiz = harness.run(
                ["quiz", "--ids", "batch-normalization", "--no-save"], input: ["", "1 2", "?", "q"],
                environment: Self.environment(width, language))
            let lines = quiz.output.split(separator: "\n").map { String($0) }
            for hint in hints where quiz.output.unwrapped.contains(hint) {
                for item in hint.components(separatedBy: " · ") {
                    #expect(lines.contains { $0.contains(item) }, "'\(item)' split at \(width):\n\(quiz.output)")
                }
            }
            #expect(quiz.output.unwrapped.contains(strings.answerCommands), "at \(width)")
        }
    }

    static func environment(_ width: Int, _ language: String) -> [String: String] {
        ["COLUMNS": String(width), "LANG": language == "ja" ? "ja_JP.UTF-8" : "en_US.UTF-8"]
    }

    /// What is wrong with the layout of `text` at `width`: lines too wide, and lines that start or end where a line
    /// may not.
    static func problems(in text: String, width: Int) -> [String] {
        var problems = linesWiderThan(width, in: text).map { "too wide (\(DisplayWidth.visible($0))): \($0)" }
        for line in text.split(separator: "\n") {
            let content = line.trimmed()
            if content.hasPrefix("·") { problems.append("starts with a separator: \(line)") }
            if let first = content.first, "、。，．）」』】〕〉》？！ー…".contains(first) {
                problems.append("starts with closing punctuation: \(line)")
            }
            if let last = content.last, "（「『【〔〈《".contains(last) {
                problems.append("ends with an opening bracket: \(line)")
            }
        }
        return problems
    }
}

extension CLIHarness {
    /// The path of `file` in `folder` inside the temporary home, with the folder made.
    func folder(_ folder: String, _ file: String) throws -> String {
        try FileManager.default.createDirectory(atPath: path(folder), withIntermediateDirectories: true)
        return path(folder + "/" + file)
    }
}
