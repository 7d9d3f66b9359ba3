import Testing

@testable import QuizCLI
@testable import QuizKit

/// The completion scripts and the manual page, written from the declarations: expected fragments inline, and every
/// declared option present. (`Tests/Completions/check.sh` runs the scripts in the real shells.)
@Suite struct CompletionScriptTests {
    private func script(_ shell: String) throws -> String {
        let result = try CLIHarness().run(["completions", shell])
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        return result.output
    }

    /// Every command of the tree, by its words after `dlquiz` (empty for the root).
    private static var commands: [String] {
        CompletionTree(root: DLQuizCLI.completionRoot).nodes.map(\.key)
    }

    /// The options a command offers, `--help` included.
    private static func options(of path: String) -> [OptionSpec] {
        CompletionTree(root: DLQuizCLI.completionRoot).nodes.first { $0.key == path }?.options ?? []
    }

    // MARK: bash

    @Test func theBashScriptRegistersItselfAndCompletesFixedChoices() throws {
        let bash = try script("bash")
        #expect(bash.hasPrefix("#!/bin/bash\n# Bash completion for dlquiz, written by 'dlquiz completions bash'.\n"))
        #expect(bash.hasSuffix("complete -F _dlquiz dlquiz\n"))
        #expect(
            bash.contains(
                "    '') printf '%s\\n' quiz pick interview interviews list show grade stats progress sheet export tips validate decks new convert completions help ;;\n"
            ))
        #expect(bash.contains("    'progress') printf '%s\\n' reset restore ;;\n"))
        #expect(bash.contains("    'quiz --order') __dlquiz_words 'random sequential due weakest' ;;\n"))
        #expect(bash.contains("    'sheet --format') __dlquiz_words 'text markdown html' ;;\n"))
        #expect(bash.contains("    'quiz --lang') __dlquiz_words 'en ja' ;;\n"))
        #expect(bash.contains("    'quiz --topic') __dlquiz_deck topics ;;\n"))
        #expect(bash.contains("    'show 1') __dlquiz_deck ids ;;\n"))
        #expect(bash.contains("    'validate 1') __dlquiz_files json md markdown ;;\n"))
        #expect(
            bash.contains(
                "    'help 1') __dlquiz_words 'quiz pick interview interviews list show grade stats progress sheet export tips validate decks new convert completions help' ;;\n"
            ))
        #expect(bash.contains("|'quiz -n'|'quiz --count'|"))
        #expect(bash.contains("    'completions') printf '%s\\n' --lang --no-color -h --help ;;\n"), "no hidden option")
    }

    @Test func theBashScriptSplitsTheLineOnlyAtBlanksAndTrimsWhatReadlineKeeps() throws {
        let bash = try script("bash")
        // COMP_WORDS is split at ':' and '=' too, so the words come from the line itself (check.sh runs them).
        #expect(bash.contains("    local line=\"${COMP_LINE:0:COMP_POINT}\" word=\"\" quote=\"\" char\n"))
        #expect(bash.contains("    __dlquiz_line_words\n    local -i cword=$(( ${#words[@]} - 1 ))\n"))
        #expect(!bash.contains("COMP_WORDS[COMP_CWORD]"), "the current word is the line's, not bash's piece of it")
        // Each completion is the whole word; the part readline does not replace ($2 is the part it does) comes off.
        #expect(bash.contains("    __dlquiz_complete\n    __dlquiz_trim \"${2-}\"\n"))
        #expect(bash.contains("    COMPREPLY=(\"${COMPREPLY[@]/#/${option}=}\")\n"))
    }

    @Test(arguments: commands)
    func theBashScriptOffersEveryOption(command: String) throws {
        let bash = try script("bash")
        let options = Self.options(of: command)
        #expect(options.count >= 2)
        let spellings = options.flatMap(CompletionTree.Node.spellings).joined(separator: " ")
        #expect(bash.contains("    '\(command)') printf '%s\\n' \(spellings) ;;\n"))
        for option in options where option.takesValue {
            #expect(bash.contains("'\(command) --\(option.name)'"), "--\(option.name) takes a value")
        }
    }

    // MARK: zsh

    @Test func theZshScriptIsACompdefFunctionWithArgumentSpecs() throws {
        let zsh = try script("zsh")
        #expect(zsh.hasPrefix("#compdef dlquiz\n"))
        #expect(zsh.contains("\n_dlquiz_quiz() {\n    local -i ret=1\n    local -a specs=(\n"))
        #expect(
            zsh.contains(
                "        '--order=[random, sequential, due (due questions first, most at risk first, then new ones) or weakest (lowest mean coverage first).]:order:(random sequential due weakest)'\n"
            ))
        #expect(zsh.contains("        '(-n --count)'{-n+,--count=}'[Ask at most this many questions.]:n:'\n"))
        #expect(
            zsh.contains(
                "        '*--topic=[Only questions of this topic (repeatable).]:topic:{_dlquiz_deck_values topics}'\n"))
        #expect(
            zsh.contains(
                "        '--deck=[The deck to use instead of the bundled one: a JSON or Markdown deck file, or the id or file name of a deck in your library ('\\''dlquiz decks'\\'').]:file:{_files -g \"*.(json|md|markdown)\"; _dlquiz_deck_values decks}'\n"
            ))
        #expect(zsh.contains("        ':id:{_dlquiz_deck_values ids}'\n"))
        #expect(
            zsh.contains(
                "            'stats:Show a dashboard of your practice\\: activity, trends, topics, recall and what is due.'\n"
            ))
        #expect(zsh.contains("        progress) _dlquiz_progress && ret=0 ;;\n"))
        #expect(zsh.contains("        reset) _dlquiz_progress_reset && ret=0 ;;\n"))
        #expect(zsh.contains("\n    compdef _dlquiz dlquiz\n"))
    }

    @Test(arguments: commands)
    func theZshScriptOffersEveryOption(command: String) throws {
        let zsh = try script("zsh")
        let identifier = command.isEmpty ? "root" : command.replacing(" ", with: "_")
        let start = try #require(zsh.range(of: "\n_dlquiz_\(identifier)() {\n"))
        let rest = zsh[start.upperBound...]
        let function = rest[..<(rest.range(of: "\n}\n")?.lowerBound ?? rest.endIndex)]
        for option in Self.options(of: command) {
            let value = option.takesValue ? "=" : ""
            let spelling =
                option.short.map { "{-\($0)\(value.isEmpty ? "" : "+"),--\(option.name)\(value)}'[" }
                ?? "--\(option.name)\(value)["
            #expect(function.contains(spelling), "\(spelling) in _dlquiz_\(identifier)")
        }
    }

    // MARK: fish

    @Test func theFishScriptGuardsEachCompletionByTheCommandTyped() throws {
        let fish = try script("fish")
        #expect(fish.hasPrefix("# Fish completion for dlquiz, written by 'dlquiz completions fish'.\n"))
        #expect(fish.contains("\ncomplete -c dlquiz -f\n"))
        #expect(
            fish.contains(
                #"complete -c dlquiz -n '__dlquiz_at \'dlquiz\' 0' -a quiz -d 'Practise: answer a question, compare with the model answer, grade yourself.'"#
            ))
        #expect(
            fish.contains(
                #"complete -c dlquiz -n '__dlquiz_at \'dlquiz quiz\'' -l order -x -a 'random sequential due weakest' -d "#
            ))
        #expect(
            fish.contains(
                #"complete -c dlquiz -n '__dlquiz_at \'dlquiz quiz\'' -s n -l count -x -d 'Ask at most this many questions.'"#
            ))
        #expect(
            fish.contains(
                #"complete -c dlquiz -n '__dlquiz_at \'dlquiz quiz\'' -l topic -x -a '(__dlquiz_deck_values topics)' -d "#
            ))
        #expect(
            fish.contains(
                #"complete -c dlquiz -n '__dlquiz_at \'dlquiz show\' 0' -x -a '(__dlquiz_deck_values ids)' -d "#))
        #expect(fish.contains(#"complete -c dlquiz -n '__dlquiz_at \'dlquiz progress\' 0' -a reset -d "#))
        #expect(fish.contains(#"complete -c dlquiz -n '__dlquiz_at \'dlquiz sheet\'' -s o -l output -r -F -d "#))
    }

    @Test(arguments: commands)
    func theFishScriptOffersEveryOption(command: String) throws {
        let fish = try script("fish")
        let guardText = #"complete -c dlquiz -n '__dlquiz_at \'"# + ("dlquiz " + command).trimmed() + #"\''"#
        for option in Self.options(of: command) {
            let spelling = (option.short.map { " -s \($0)" } ?? "") + " -l \(option.name)"
            #expect(fish.contains(guardText + spelling + " "), "\(spelling) for '\(command)'")
        }
    }

    // MARK: The callback and the command

    @Test func theScriptsAskDlquizForTheDeckValues() throws {
        let harness = try CLIHarness()
        let ids = harness.run(["completions", "--values", "ids"])
        #expect(ids.status == 0)
        #expect(ids.output.hasPrefix("batch-normalization\nbias-variance-tradeoff\n"))
        let deck = SheetExportTests.deckPath
        #expect(harness.run(["completions", "--values", "ids", "--deck", deck]).output == "dropout\nlearning-rate\n")
        #expect(
            harness.run(["completions", "--values", "topics", "--deck", deck]).output == "training\noptimization\n")
    }

    @Test func theLibrarysDeckNamesAreWhatDeckTakesBesidesAPath() throws {
        let harness = try CLIHarness()
        #expect(harness.run(["completions", "--values", "decks"]).output.isEmpty)
        #expect(harness.run(["decks", "add", SheetExportTests.deckPath]).status == 0)
        _ = harness.run(["new", harness.path("ML Notes.md")])
        #expect(harness.run(["decks", "add", harness.path("ML Notes.md")]).status == 0)
        // Each file's name without its extension, then its id when that differs.
        #expect(
            harness.run(["completions", "--values", "decks"]).output
                == "ML Notes\nml-notes\nsheet-deck\nsheet-fixture\n")
    }

    @Test func anUnknownShellIsAUsageErrorWithASuggestion() throws {
        let result = try CLIHarness().run(["completions", "zhs"])
        #expect(result.status == 64)
        #expect(
            result.error.unwrappedHasPrefix(
                """
                Error: The value 'zhs' is invalid for '<shell>'. Please provide one of 'bash', 'zsh' or 'fish'.
                Did you mean 'zsh'?
                Usage: dlquiz completions [--lang <lang>] [--no-color] [<shell>]
                """))
    }

    @Test func theHiddenOptionsStayOutOfHelp() throws {
        let help = try CLIHarness().run(["completions", "--help"]).output
        #expect(!help.contains("--values"))
        #expect(!help.contains("--deck"))
        #expect(help.contains("  <shell>                 bash, zsh or fish.\n"))
    }
}

/// `dlquiz help --man`: an mdoc page with every command and option.
@Suite struct ManualPageTests {
    private func page() throws -> String {
        let result = try CLIHarness().run(["help", "--man"])
        #expect(result.status == 0)
        return result.output
    }

    @Test func theManualPageHasTheStandardSections() throws {
        let page = try page()
        #expect(
            page.hasPrefix(
                """
                .\\" Manual page for dlquiz 0.1.0, written by 'dlquiz help --man'.
                .Dd November 23, 2026
                .Dt DLQUIZ 1
                .Os Linux
                .Sh NAME
                .Nm dlquiz
                .Nd "Practise deep-learning interview questions in the terminal."
                .Sh SYNOPSIS

                """))
        for section in ["DESCRIPTION", "COMMANDS", "ENVIRONMENT", "FILES", "EXIT STATUS"] {
            #expect(page.contains("\n.Sh \(section)\n"), "section \(section)")
        }
    }

    @Test func eachCommandHasASubsectionWithItsSynopsisAndOptions() throws {
        let page = try page()
        #expect(
            page.contains(
                """
                .Ss "dlquiz progress reset"
                Clear your progress, keeping the old file as a backup beside it.
                .Pp
                .Nm
                .Cm progress
                .Cm reset
                .Op Fl -yes
                .Op Fl -progress Ar file
                .Op Fl -lang Ar lang
                .Op Fl -no-color
                .Pp
                """))
        #expect(page.contains(".It Fl n , Fl -count Ar n\nAsk at most this many questions.\n"))
        #expect(page.contains(".Op Fl -topic Ar topic ...\n"))
        for (path, options) in CompletionTree(root: DLQuizCLI.completionRoot).nodes.map({ ($0.key, $0.spec.options) })
        where !path.isEmpty {
            #expect(page.contains(".Ss \"dlquiz \(path)\"\n"), "dlquiz \(path)")
            for option in options where !option.isHidden {
                #expect(
                    page.contains(".It " + (option.short.map { "Fl \($0) , " } ?? "") + "Fl -\(option.name)"),
                    "--\(option.name)")
            }
        }
    }

    @Test func runningTextIsEscapedForRoff() {
        #expect(ManualPage.text(".hidden") == "\\&.hidden")
        #expect(ManualPage.text("'quoted'") == "\\&'quoted'")
        #expect(ManualPage.text(#"printf '\n'"#) == #"printf '\en'"#)
        #expect(ManualPage.text("… 日本") == "\\[u2026] \\[u65E5]\\:\\[u672C]\\:")
    }

    @Test func discussionListsBecomeBulletLists() throws {
        let page = try page()
        #expect(
            page.contains(
                """
                .Bl -bullet -compact
                .It
                anki: a text file for Anki 2.1.54 or later (File > Import): one Basic note per question, the question on the front, the model answer and the key points on the back, tagged with the topic and the difficulty. Importing a newer export updates the notes instead of adding copies.
                .It
                """))
    }
}
