import Foundation
import QuizKit
import QuizStore
import Testing

@testable import QuizCLI

/// Files the user owns: an existing file is replaced only with --force (keeping a backup), `convert --check` and the
/// advice of import errors, `new`'s ids and language, `decks add --link` and stale copies, `progress restore`,
/// `--progress -` and the scorecard's command for the same questions.
@Suite struct OwnedFilesCommandTests {
    private static let refusal =
        "a file with that name exists. Choose another name, or add --force to replace it (the old file is then kept beside it as a backup).\n"

    private func files(_ harness: CLIHarness, in folder: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: harness.path(folder)).sorted()
    }

    // MARK: One rule for every file a command writes

    @Test(arguments: [
        ["export", "--format", "csv", "-o", "OUT"], ["sheet", "--format", "markdown", "-o", "OUT"],
        ["convert", "IN", "OUT", "--to", "markdown"], ["new", "OUT"],
    ])
    func anExistingFileIsReplacedOnlyWithForceKeepingABackup(command: [String]) throws {
        let harness = try CLIHarness()
        let input = try harness.write("deck.json", harness.run(["export", "--format", "json"]).output)
        let output = try harness.write("mine.txt", "my own notes\n")
        let arguments = command.map { $0 == "OUT" ? output : $0 == "IN" ? input : $0 }
        let refused = harness.run(arguments)
        #expect(refused.status == 1)
        #expect(refused.output.isEmpty)
        #expect(refused.error.unwrappedEquals("Error: Cannot write '\(output)': " + Self.refusal))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "my own notes\n")
        #expect(try files(harness) == ["deck.json", "mine.txt"])

        let forced = harness.run(arguments + ["--force"])
        #expect(forced.status == 0, "\(forced.error)")
        #expect(
            forced.output.unwrappedHasSuffix("The file it replaced is kept as ~/mine.txt.backup-20261123T090000Z.\n"),
            "\(forced.output)")
        #expect(try String(contentsOfFile: output + ".backup-20261123T090000Z", encoding: .utf8) == "my own notes\n")
        #expect(try String(contentsOfFile: output, encoding: .utf8) != "my own notes\n")
    }

    // MARK: convert --check and the advice of import errors

    @Test func convertCheckReadsAnImportAndWritesNothing() throws {
        let harness = try CLIHarness()
        let csv = try harness.write("my notes.csv", "question,answer,topic\nWhat is ReLU?,max(0 x),activations\n")
        let result = harness.run(["convert", "--check", csv])
        #expect(result.status == 0, "\(result.error)")
        #expect(
            result.output.unwrappedEquals(
                "OK: '\(csv)' imports as a deck: id 'my-notes', 1 question, 1 topic, languages en. Nothing was written.\n"
            ))
        #expect(try files(harness) == ["my notes.csv"])
        let deck = try harness.write("deck.json", harness.run(["export", "--format", "json"]).output)
        #expect(
            harness.run(["convert", "--check", deck]).output.unwrappedHasPrefix(
                "OK: '\(deck)' is a valid deck: id 'deep-learning', 12 questions"))
    }

    @Test func anImportErrorAdvisesACommandThatReadsTheFormatAndThatCommandGivesTheSameAnswer() throws {
        let harness = try CLIHarness()
        let csv = try harness.write("my notes.csv", "question,answer\n,no question here\n")
        let failed = harness.run(["convert", csv, harness.path("out.md")])
        #expect(failed.status == 65)
        #expect(
            failed.error.unwrappedHasSuffix(
                "Fix the file and try again; this checks it without writing anything: dlquiz convert --check --from csv '\(csv)'\n"
            ), "\(failed.error)")
        #expect(!failed.error.unwrappedContains("dlquiz validate"))
        // The advised command, as the shell reads it, reports the same problems.
        let checked = harness.run(["convert", "--check", "--from", "csv", csv])
        #expect(checked.status == 65)
        #expect(checked.error == failed.error)
        #expect(try files(harness) == ["my notes.csv"])
        // validate, which reads only decks, names the commands that read a CSV file instead of reading it as JSON.
        let validated = harness.run(["validate", csv])
        #expect(validated.status == 65)
        #expect(
            validated.error.unwrappedEquals(
                """
                Error: '\(csv)' is a CSV file, which dlquiz imports rather than uses as a deck. Check it with \
                dlquiz convert --check --from csv '\(csv)'
                then import it with dlquiz convert --from csv '\(csv)' my-deck.md

                """))
    }

    @Test(arguments: [
        (["convert", "in.csv"], "Error: Missing expected argument '<output>'\n"),
        (
            ["convert", "--check", "in.csv", "out.md"],
            "Error: '--check' writes nothing; leave out <output> ('out.md')\n"
        ),
        (["convert", "--check", "in.csv", "--force"], "Error: '--check' writes nothing; leave out --force\n"),
        (
            ["quiz", "--progress", "-"],
            "Error: '--progress -' reads progress from standard input, but this command writes the progress file; give the file's path\n"
        ),
        (
            ["progress", "reset", "--progress", "-"],
            "Error: '--progress -' reads progress from standard input, but this command writes the progress file; give the file's path\n"
        ),
    ])
    func usageMistakesAroundOwnedFiles(arguments: [String], message: String) throws {
        let harness = try CLIHarness()
        let result = harness.run(arguments)
        #expect(result.status == 64)
        #expect(result.error.unwrappedHasPrefix(message), "\(result.error)")
    }

    // MARK: new

    @Test func newTakesTheDeckIdFromTheFileNameAndNoTwoNewDecksShareAQuestionId() throws {
        let harness = try CLIHarness()
        let named = [("ML Notes.md", "ml-notes"), ("Café.md", "cafe"), ("基礎.json", "deck-")]
        var seen: Set<String> = []
        for (name, id) in named {
            #expect(harness.run(["new", harness.path(name)]).status == 0)
            let deck = try DeckSource.load(path: harness.path(name))
            #expect(deck.id.hasPrefix(id), "\(name): \(deck.id)")
            let ids = Set(deck.questions.map(\.id))
            #expect(ids.isDisjoint(with: seen), "\(name)")
            seen.formUnion(ids)
        }
        #expect(try DeckSource.load(path: harness.path("基礎.json")).id.count == "deck-".count + 6)
        // Two libraries' worth of new decks can all be added: no id is taken twice.
        for (name, _) in named { #expect(harness.run(["decks", "add", harness.path(name)]).status == 0, "\(name)") }
    }

    // MARK: decks add --link, and copies older than their source

    @Test func aLinkedDeckSeesEditsAndACopyOlderThanItsSourceIsMarked() throws {
        let harness = try CLIHarness()
        let linked = harness.path("linked.md")
        let copied = harness.path("copied.md")
        _ = harness.run(["new", linked])
        _ = harness.run(["new", copied])
        let link = harness.run(["decks", "add", linked, "--link"])
        #expect(link.status == 0, "\(link.error)")
        #expect(
            link.output.unwrappedHasSuffix(
                "It is a symbolic link to ~/linked.md: your edits to it are seen at once; moving or deleting the file breaks it.\n"
            ))
        let libraryFile = harness.path(".local/share/dlquiz/decks/linked.md")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: libraryFile) == linked)
        #expect(harness.run(["decks", "add", copied]).status == 0)
        #expect(try files(harness, in: ".local/share/dlquiz/decks") == [".copied.md.source", "copied.md", "linked.md"])

        // Both originals edited a minute later.
        for path in [linked, copied] {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try Data(
                text.replacingOccurrences(
                    of: "What does the learning rate control?", with: "What does the step size control?"
                ).utf8
            )
            .write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes(
                [.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: path)
        }
        #expect(
            harness.run(["show", "linked-learning-rate", "--deck", "linked"]).output.unwrappedContains(
                "What does the step size control?"))
        #expect(
            harness.run(["show", "copied-learning-rate", "--deck", "copied"]).output.unwrappedContains(
                "What does the learning rate control?"))
        let decks = harness.run(["decks"])
        #expect(decks.output.unwrappedContains("copied.md (older than its source)"), "\(decks.output)")
        #expect(decks.output.unwrappedContains("linked.md → ~/linked.md"))
        #expect(
            decks.output.replacingOccurrences(of: "\n", with: " ").contains(
                "copied.md is a copy older than ~/copied.md, which was edited since; 'dlquiz decks add \(copied)' updates it."
            ))
        let json =
            try JSONSerialization.jsonObject(with: Data(harness.run(["decks", "--json"]).output.utf8)) as? [String: Any]
        let rows = (json?["decks"] as? [[String: Any]] ?? []).filter { $0["bundled"] as? Bool == false }
        #expect(rows.map { $0["stale"] as? Bool } == [true, false])
        #expect(rows.map { $0["linked"] as? Bool } == [false, true])
        #expect(rows.map { $0["source"] as? String } == [copied, linked])

        // Adding the original again updates the copy, and the mark goes.
        #expect(harness.run(["decks", "add", copied]).status == 0)
        #expect(!harness.run(["decks"]).output.unwrappedContains("older than"))
    }

    // MARK: progress restore

    @Test func progressRestoreUndoesAResetAndNeverLosesAnswersSavedSince() throws {
        let harness = try CLIHarness()
        let progress = harness.progressPath
        _ = harness.run(["quiz", "--ids", "data-generators"], input: ["", "all", ""])
        let reset = harness.run(["progress", "reset", "--yes"])
        #expect(reset.output.unwrappedHasSuffix("To undo the reset: dlquiz progress restore\n"))
        let restored = harness.run(["progress", "restore"])
        #expect(restored.status == 0, "\(restored.error)")
        #expect(
            restored.output.unwrappedEquals(
                "Restored ~/.local/state/dlquiz/progress.jsonl.backup-20261123T090000Z as ~/.local/state/dlquiz/progress.jsonl (1 answer).\n"
            ))
        #expect(harness.progressLines().count == 1)
        #expect(try files(harness, in: ".local/state/dlquiz") == ["progress.jsonl"])

        // A second reset, then an answer saved since: restore stops until --force, which keeps both.
        harness.now += 60
        _ = harness.run(["progress", "reset", "--yes"])
        _ = harness.run(["quiz", "--ids", "backpropagation"], input: ["", "all", ""])
        let before = try String(contentsOfFile: progress, encoding: .utf8)
        let stopped = harness.run(["progress", "restore"])
        #expect(stopped.status == 1)
        #expect(
            stopped.error.unwrappedEquals(
                "Error: Nothing was restored: ~/.local/state/dlquiz/progress.jsonl holds 1 answer saved since the reset. Add --force to put the answers of ~/.local/state/dlquiz/progress.jsonl.backup-20261123T090100Z back before them (both are kept).\n"
            ))
        #expect(try String(contentsOfFile: progress, encoding: .utf8) == before)
        let merged = harness.run(["progress", "restore", "--force"])
        #expect(merged.status == 0, "\(merged.error)")
        #expect(
            merged.output.unwrappedEquals(
                "Restored ~/.local/state/dlquiz/progress.jsonl.backup-20261123T090100Z into ~/.local/state/dlquiz/progress.jsonl: its 1 answer first, then the 1 answer saved since the reset.\n"
            ))
        #expect(harness.savedQuestionIDs() == ["data-generators", "backpropagation"])

        let nothing = harness.run(["progress", "restore"])
        #expect(nothing.status == 1)
        #expect(
            nothing.error.unwrappedHasPrefix(
                "Error: No backup to restore: no file beside ~/.local/state/dlquiz/progress.jsonl"))
    }

    // MARK: The scorecard's command for the same questions

    @Test func theScorecardsCommandForTheSameQuestionsRunsAsPrinted() throws {
        let harness = try CLIHarness()
        let deck = try harness.write("my decks/it's mine.json", String(contentsOfFile: uiFixtureDeck, encoding: .utf8))
        let first = harness.run(
            ["interview", "--deck", deck, "--ids", "batch-norm,loaders", "--candidate", "Kim"],
            input: ["all", "", "all", ""])
        #expect(first.status == 0, "\(first.error)")
        let scorecard = try String(
            contentsOfFile: harness.path(".local/share/dlquiz/interviews/2026-11-23-kim.md"), encoding: .utf8)
        let footer = try #require(scorecard.split(separator: "\n").last { $0.contains("The same questions again") })
        let command = try #require(footer.split(separator: "`").dropFirst().first.map(String.init))
        #expect(
            command
                == "dlquiz interview --ids batch-norm,loaders --deck '\(deck.replacingOccurrences(of: "'", with: "'\\''"))'"
        )
        // The shell reads the printed command into these words; run them.
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "eval \"set -- $0\"; printf '%s\\n' \"$@\"", command]
        let pipe = Pipe()
        shell.standardOutput = pipe
        try shell.run()
        let words = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(
            separator: "\n"
        ).map(String.init)
        shell.waitUntilExit()
        #expect(words.first == "dlquiz")
        let again = harness.run(Array(words.dropFirst()) + ["--candidate", "Kim"], input: ["all", "", "all", ""])
        #expect(again.status == 0, "\(again.error)")
        #expect(again.output.components(separatedBy: "Question 1 of 2").count == 2)
    }
}
