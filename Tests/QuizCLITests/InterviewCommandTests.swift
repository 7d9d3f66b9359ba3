import Foundation
import Testing

/// `dlquiz interview` driven in-process with scripted lines and a clock that moves one second per line.
@Suite struct InterviewCommandTests {
    private let threeQuestions = ["--ids", "bias-variance-tradeoff,batch-normalization,face-embedding-search"]
    /// The snapshot tests run on the UI fixture deck.
    private let threeFixtureQuestions = ["--deck", uiFixtureDeck, "--ids", "bias-variance,batch-norm,loaders"]
    private let script: [String?] = [
        "1 3", "n Explained it with a dartboard | and *drew* it", "f", "f+", "",
        "2-4", "-3", "f", "f-", "t", "",
        "s",
    ]

    private func interviewsFolder(_ harness: CLIHarness) -> String {
        harness.path(".local/share/dlquiz/interviews")
    }

    private func files(_ harness: CLIHarness) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: interviewsFolder(harness)).sorted()) ?? []
    }

    private func read(_ harness: CLIHarness, _ name: String) throws -> String {
        try String(contentsOfFile: interviewsFolder(harness) + "/" + name, encoding: .utf8)
    }

    @Test func aScriptedInterviewShowsEverythingAndWritesTheScorecard() throws {
        let harness = try CLIHarness()
        harness.utcOffset = 9 * 3600  // Tokyo
        let result = harness.run(["interview", "--candidate", "Jane Doe"] + threeFixtureQuestions, input: script)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
        expectSnapshot(result.output, named: "interview-transcript")
        #expect(files(harness) == ["2026-11-23-jane-doe.json", "2026-11-23-jane-doe.md"])
        expectSnapshot(
            try read(harness, "2026-11-23-jane-doe.md").replacingOccurrences(
                of: uiFixtureDeck, with: "FIXTURE/ui-deck.json"), named: "interview-scorecard")
        let json =
            try JSONSerialization.jsonObject(with: Data(try read(harness, "2026-11-23-jane-doe.json").utf8))
            as? [String: Any]
        #expect(json?["candidate"] as? String == "Jane Doe")
        #expect(json?["date"] as? String == "2026-11-23")
        #expect(json?["utcOffset"] as? Int == 32_400)
        let questions = json?["questions"] as? [[String: Any]]
        #expect(questions?.map { $0["status"] as? String } == ["asked", "asked", "skipped"])
        #expect(questions?.first?["notes"] as? [String] == ["Explained it with a dartboard | and *drew* it"])
    }

    @Test func theScorecardInJapanese() throws {
        let harness = try CLIHarness()
        let result = harness.run(
            ["interview", "--candidate", "山田 花子", "--lang", "ja"] + threeFixtureQuestions, input: script,
            environment: ["TZ": "UTC"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("読み上げる質問:"))
        #expect(result.output.contains("面接のまとめ: 山田 花子 さん"))
        #expect(files(harness) == ["2026-11-23-山田-花子.json", "2026-11-23-山田-花子.md"])
        expectSnapshot(
            try read(harness, "2026-11-23-山田-花子.md").replacingOccurrences(
                of: uiFixtureDeck, with: "FIXTURE/ui-deck.json"), named: "interview-scorecard-ja")
    }

    @Test func ctrlCSavesWhatWasRecordedAndReturns130() throws {
        let harness = try CLIHarness()
        let result = harness.run(
            ["interview", "--candidate", "Kim"] + threeFixtureQuestions, input: ["all", "", "2", nil, "1"])
        #expect(result.status == 130)
        #expect(result.output.contains("Interrupted.\n\nInterview summary: Kim"))
        // The line wraps at the width: compare it as one line.
        #expect(
            result.output.replacingOccurrences(of: "\n", with: " ")
                .contains("Scorecard: ~/.local/share/dlquiz/interviews/2026-11-23-kim.md (and .json beside it)"))
        let markdown = try read(harness, "2026-11-23-kim.md")
        #expect(markdown.contains("| 1 | What is the bias–variance trade-off?"))
        #expect(markdown.contains("- **Questions:** 2 asked, 1 not reached"))
        #expect(markdown.contains("- [x] Bias: error of the average model"))
    }

    @Test func aLoneZeroUnticksEveryPointAndZeroInAListIsOutOfRange() throws {
        let harness = try CLIHarness()
        let result = harness.run(
            ["interview", "--ids", "data-generators"], input: ["1 3", "０", "0 2", "n still asked", ""])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("'0': this question's key points are numbered 1 to"), "\(result.output)")
        let json =
            try JSONSerialization.jsonObject(with: Data(try read(harness, "2026-11-23-candidate.json").utf8))
            as? [String: Any]
        let question = (json?["questions"] as? [[String: Any]])?.first
        #expect(question?["status"] as? String == "asked")
        #expect(question?["coverage"] as? Double == 0)
        #expect((question?["keyPoints"] as? [[String: Any]])?.contains { $0["covered"] as? Bool == true } == false)
    }

    @Test func aLineOfProseIsAnsweredWithHowToRecordWhatTheCandidateSaid() throws {
        let harness = try CLIHarness()
        let result = harness.run(
            ["interview", "--ids", "data-generators"], input: ["workers load batches in parallel", ""])
        #expect(
            result.output.unwrappedContains(
                "Not understood: 'workers load batches in parallel'. Type a and what the candidate said,"))
        // A line that ends its own sentence gets no second full stop.
        let sentence = harness.run(
            ["interview", "--ids", "data-generators"], input: ["Workers load batches in parallel.", ""])
        #expect(
            sentence.output.unwrappedContains(
                "Not understood: 'Workers load batches in parallel.' Type a and what the candidate said,"))
    }

    @Test func aNoteOfSeveralLinesKeepsItsLinesInTheScorecard() throws {
        let harness = try CLIHarness()
        let pasted = "\u{1B}[200~Workers load batches in parallel.\n\n# prefetch\n1. shuffles each epoch\u{1B}[201~"
        let result = harness.run(["interview", "--ids", "data-generators"], input: [pasted, "", ""])
        #expect(result.status == 0, "\(result.error)")
        let scorecard = try read(harness, "2026-11-23-candidate.md")
        #expect(
            scorecard.contains("- Workers load batches in parallel.\\\n  \\# prefetch\\\n  1\\. shuffles each epoch\n"))
    }

    @Test func endOfInputSavesAndExitsZero() throws {
        let harness = try CLIHarness()
        let result = harness.run(["interview"] + threeQuestions, input: ["1"])
        #expect(result.status == 0)
        #expect(files(harness) == ["2026-11-23-candidate.json", "2026-11-23-candidate.md"])
        #expect(result.output.contains("Total: 0.13 / 1 (13%) of the key points, in 0:02"))
    }

    @Test func idsAreAskedInFullUnlessCountLimitsThem() throws {
        let harness = try CLIHarness()
        let ids = [
            "--ids", "data-generators,backpropagation,learning-rate-effects,imbalanced-data,batch-normalization",
        ]
        #expect(
            harness.run(["interview"] + ids, input: ["q"]).output.hasPrefix(
                "Interview · 5 questions · about 18 min suggested\n"))
        #expect(harness.run(["interview", "-n", "2"] + ids, input: ["q"]).output.hasPrefix("Interview · 2 questions"))
        let picked = harness.run(["interview", "--seed", "8"], input: ["q"])
        #expect(
            picked.output.hasPrefix("Interview · 4 questions · about 14.5 min suggested · seed 8\n"),
            "\(picked.output.prefix(80))")
    }

    @Test func quittingAtOnceWritesNothing() throws {
        let harness = try CLIHarness()
        let result = harness.run(["interview"] + threeQuestions, input: ["q"])
        #expect(result.status == 0)
        #expect(result.output.contains("No question was asked, so no scorecard was written."))
        #expect(files(harness).isEmpty)
    }

    @Test func thePracticeProgressIsNeverTouched() throws {
        let harness = try CLIHarness()
        let before =
            "{\"v\":1,\"type\":\"answer\",\"time\":\"2026-11-20T09:00:00Z\",\"session\":\"s\",\"seq\":1,\"deck\":\"deep-learning\",\"question\":\"backpropagation\",\"grade\":3,\"covered\":[1],\"total\":7,\"seconds\":5,\"mode\":\"quiz\"}\n"
        try harness.write(".local/state/dlquiz/progress.jsonl", before)
        let modified =
            try FileManager.default.attributesOfItem(atPath: harness.progressPath)[.modificationDate] as? Date
        _ = harness.run(["interview", "--balanced", "-n", "2"], input: ["all", "", "all", ""])
        _ = harness.run(
            ["interview"], input: ["1", nil], environment: ["DLQUIZ_PROGRESS": harness.path("other.jsonl")])
        #expect(try String(contentsOfFile: harness.progressPath, encoding: .utf8) == before)
        #expect(
            try FileManager.default.attributesOfItem(atPath: harness.progressPath)[.modificationDate] as? Date
                == modified)
        #expect(!FileManager.default.fileExists(atPath: harness.path("other.jsonl")))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: harness.path(".local/state/dlquiz")) == [
                "progress.jsonl"
            ])
    }

    @Test(arguments: ["../../../../tmp/evil", "../..", "/etc/passwd", ".bashrc", "a/b\\c", "\u{1B}]2;pwned\u{7}"])
    func trickyCandidateNamesStayInTheInterviewsFolder(name: String) throws {
        let harness = try CLIHarness()
        let result = harness.run(["interview", "--candidate", name, "--ids", "data-generators"], input: ["1", ""])
        #expect(result.status == 0, "\(result.error)")
        let names = files(harness)
        #expect(names.count == 2, "\(names)")
        // Each name is the date, a slug without dots or slashes, and the extension: nothing else.
        #expect(
            names.allSatisfy { name in
                let stem = name.hasSuffix(".md") ? name.dropLast(3) : name.hasSuffix(".json") ? name.dropLast(5) : nil
                guard let stem, stem.hasPrefix("2026-11-23-") else { return false }
                return !stem.dropFirst(11).isEmpty && !stem.contains(".") && !stem.contains("/")
            }, "\(names)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: harness.home.path).sorted() == [".local"])
        #expect(!result.output.contains("\u{1B}"))
    }

    @Test func theSameNameTheSameDayGetsANumber() throws {
        let harness = try CLIHarness()
        _ = harness.run(["interview", "--candidate", "Jane Doe", "--ids", "data-generators"], input: ["1", ""])
        let second = harness.run(
            ["interview", "--candidate", "jane  DOE", "--ids", "data-generators"], input: ["2", ""])
        #expect(
            files(harness) == [
                "2026-11-23-jane-doe-2.json", "2026-11-23-jane-doe-2.md", "2026-11-23-jane-doe.json",
                "2026-11-23-jane-doe.md",
            ])
        #expect(second.output.contains("2026-11-23-jane-doe-2.md"))
    }

    @Test func outputWritesOneFileInTheFormatAsked() throws {
        let harness = try CLIHarness()
        let markdownPath = harness.path("card.md")
        let jsonPath = harness.path("card.json")
        _ = harness.run(["interview", "--ids", "data-generators", "--output", markdownPath], input: ["1", ""])
        _ = harness.run(["interview", "--ids", "data-generators", "--output", jsonPath, "--json"], input: ["1", ""])
        #expect(try String(contentsOfFile: markdownPath, encoding: .utf8).hasPrefix("# Interview scorecard\n"))
        #expect((try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: jsonPath)))) != nil)
        #expect(files(harness).isEmpty)
        let missing = harness.run(["interview", "--output", harness.path("no/such/folder/card.md")], input: ["1", ""])
        #expect(missing.status == 1)
        #expect(missing.output.isEmpty)
        #expect(missing.error.unwrappedHasPrefix("Error: Cannot write the scorecard to '"))
    }

    @Test func anUnwritableFolderWarnsOnceAndPrintsTheScorecardAtTheEnd() throws {
        let harness = try CLIHarness()
        try harness.write("blocked/dlquiz", "a file where the folder should be")
        let result = harness.run(
            ["interview", "--ids", "data-generators"], input: ["1", "n still recorded", ""],
            environment: ["XDG_DATA_HOME": harness.path("blocked")])
        #expect(result.status == 1)
        #expect(result.error.components(separatedBy: "Warning: Cannot write").count == 2, "\(result.error)")
        #expect(result.error.contains("Error: Cannot write"))
        #expect(result.output.contains("\n# Interview scorecard\n"))
        #expect(result.output.contains("- still recorded"))
    }

    @Test func theFolderFollowsXDGDataHomeOnlyWhenAbsolute() throws {
        let harness = try CLIHarness()
        let data = harness.path("data")
        _ = harness.run(
            ["interview", "--ids", "data-generators"], input: ["1", ""], environment: ["XDG_DATA_HOME": data])
        #expect(FileManager.default.fileExists(atPath: data + "/dlquiz/interviews/2026-11-23-candidate.md"))
        _ = harness.run(
            ["interview", "--ids", "data-generators"], input: ["1", ""], environment: ["XDG_DATA_HOME": "relative"])
        #expect(files(harness) == ["2026-11-23-candidate.json", "2026-11-23-candidate.md"])
    }

    @Test(arguments: [
        (["interview", "--json"], "Error: '--json' chooses the format of '--output <file>'"),
        (
            ["interview", "--ids", "data-generators", "--balanced"],
            "Error: '--ids' chooses the questions itself; leave out '--balanced'\n"
        ),
        (["interview", "--fresh", "0"], "Error: The value '0' is invalid for '--fresh <k>': must be at least 1\n"),
        (["interview", "--candidat", "x"], "Error: Unknown option '--candidat'\nDid you mean '--candidate'?\n"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let result = try CLIHarness().run(arguments)
        #expect(result.status == 64)
        #expect(result.error.hasPrefix(message), "\(result.error)")
    }

    @Test(arguments: ["interview", "interviews"])
    func helpIsTheSameEitherWay(command: String) throws {
        let harness = try CLIHarness()
        let viaHelp = harness.run(["help", command])
        #expect(viaHelp.status == 0)
        #expect(viaHelp.output == harness.run([command, "--help"]).output)
        #expect(viaHelp.output.contains("USAGE: dlquiz \(command)"))
        #expect(harness.run([]).output.contains("  \(command) "))
    }

    @Test func helpSnapshot() throws {
        expectSnapshot(try CLIHarness().run(["interview", "--help"]).output, named: "interview-help")
    }
}

/// `dlquiz interviews`: the past scorecards.
@Suite struct InterviewsCommandTests {
    @Test func listsPastInterviewsOldestFirst() throws {
        let harness = try CLIHarness()
        _ = harness.run(
            ["interview", "--candidate", "Ada Lovelace", "--deck", uiFixtureDeck, "--ids", "loaders,batch-norm"],
            input: ["all", "", "1 2", ""])
        harness.now += 86_400
        _ = harness.run(
            ["interview", "--candidate", "Alan Turing", "--deck", uiFixtureDeck, "--ids", "loaders"], input: ["1", ""])
        let table = harness.run(["interviews"])
        #expect(table.status == 0)
        expectSnapshot(table.output, named: "interviews-table")
        let json = harness.run(["interviews", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let rows = object?["interviews"] as? [[String: Any]]
        #expect(rows?.map { $0["candidate"] as? String } == ["Ada Lovelace", "Alan Turing"])
        #expect(rows?.first?["date"] as? String == "2026-11-23")
        #expect(rows?.first?["asked"] as? Int == 2)
        #expect((rows?.first?["markdown"] as? String)?.hasSuffix("2026-11-23-ada-lovelace.md") == true)
    }

    @Test func anEmptyFolderSaysHowToStart() throws {
        let result = try CLIHarness().run(["interviews"])
        #expect(
            result.output == """
                No interviews yet in ~/.local/share/dlquiz/interviews.
                Run an interview to start the list: dlquiz interview --candidate NAME

                """)
    }

    @Test func anUnreadableScorecardIsReportedAndSkipped() throws {
        let harness = try CLIHarness()
        try harness.write(".local/share/dlquiz/interviews/broken.json", "{ not json")
        let result = harness.run(["interviews"])
        #expect(result.status == 0)
        #expect(
            result.error.unwrappedHasPrefix(
                "Warning: skipped ~/.local/share/dlquiz/interviews/broken.json: it is not valid JSON"))
    }
}

/// `pick --balanced` and `--fresh`, and the same set in `interview`.
@Suite struct BalancedPickCommandTests {
    private func pickedIDs(_ result: CLIResult) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        return (object?["questions"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
    }

    @Test func balancedPicksSpreadAndRepeatWithTheSeed() throws {
        let harness = try CLIHarness()
        let first = try pickedIDs(harness.run(["pick", "--balanced", "-n", "4", "--seed", "11", "--json"]))
        #expect(first == (try pickedIDs(harness.run(["pick", "--balanced", "-n", "4", "--seed", "11", "--json"]))))
        let object =
            try JSONSerialization.jsonObject(
                with: Data(harness.run(["pick", "--balanced", "-n", "4", "--seed", "11", "--json"]).output.utf8))
            as? [String: Any]
        let questions = object?["questions"] as? [[String: Any]] ?? []
        #expect(Set(questions.compactMap { $0["topic"] as? String }).count == 4)
        #expect(Set(questions.compactMap { $0["difficulty"] as? Int }) == [1, 2, 3])
        let text = harness.run(["pick", "--balanced", "-n", "4", "--seed", "11"])
        #expect(text.output.contains("The same set again: dlquiz pick -n 4 --seed 11 --balanced"))
        let interview = harness.run(["interview", "--balanced", "-n", "4", "--seed", "11"], input: ["q"])
        let asked = interview.output.split(separator: "\n").filter { $0.hasPrefix("Question ") }
        #expect(asked.count == 1)
        let deckOrder = try pickedIDs(
            harness.run(["pick", "--balanced", "-n", "4", "--seed", "11", "--json", "--rubric"]))
        #expect(deckOrder == first)
    }

    @Test func freshLeavesOutRecentInterviewsAndRelaxesWithANote() throws {
        let harness = try CLIHarness()
        let all = [
            "bias-variance-tradeoff", "batch-normalization", "face-embedding-search", "classification-metrics",
            "backpropagation", "activation-saturation", "params-vs-hyperparams", "learning-rate-effects",
        ]
        _ = harness.run(
            ["interview", "--ids", all[0..<4].joined(separator: ",")], input: ["1", "", "1", "", "1", "", "1", ""])
        harness.now += 3600
        _ = harness.run(
            ["interview", "--ids", all[4..<8].joined(separator: ",")], input: ["1", "", "1", "", "1", "", "1", ""])
        let fresh = harness.run(["pick", "-n", "4", "--fresh", "2", "--json"])
        #expect(Set(try pickedIDs(fresh)).isDisjoint(with: all))
        #expect(fresh.error == "Note: left out the 8 questions asked in your last 2 interviews.\n")
        let relaxed = harness.run(["pick", "-n", "6", "--fresh", "2", "--json"])
        #expect(Set(try pickedIDs(relaxed)).isDisjoint(with: all[4..<8]))
        #expect(
            relaxed.error.unwrappedEquals(
                "Note: only 4 questions were not asked in your last 2 interviews, and 6 are wanted; leaving out only those of your last interview.\n"
            ))
        let everything = harness.run(["pick", "-n", "12", "--fresh", "1", "--json"])
        #expect(try pickedIDs(everything).count == 12)
        #expect(everything.error.contains("picking from all the questions instead."))
    }
}

extension BalancedPickCommandTests {
    /// With `--fresh`, the set depends on the scorecards so far; the repeat command names the questions, and gives
    /// the same set in the same order after another interview changed what is fresh.
    @Test func theSameSetAgainAfterFreshNamesTheQuestions() throws {
        let harness = try CLIHarness()
        _ = harness.run(["interview", "--ids", "batch-normalization,backpropagation"], input: ["1", "", "1", ""])
        let fresh = harness.run(["pick", "-n", "3", "--fresh", "1", "--seed", "7", "--rubric"])
        // The command may continue over lines ending in ` \` (a shell continuation) on a narrow screen.
        let tail = try #require(fresh.output.range(of: "The same set again:")).upperBound
        let line =
            fresh.output[tail...].replacingOccurrences(of: " \\\n", with: " ")
            .split(separator: "\n").first.map(String.init) ?? ""
        let command = line.split(separator: " ").map(String.init)
        #expect(command.prefix(3) == ["dlquiz", "pick", "--ids"], "\(line)")
        #expect(command.last == "--rubric")
        let firstIDs = try pickedIDs(harness.run(["pick", "-n", "3", "--fresh", "1", "--seed", "7", "--json"]))
        harness.now += 3600
        _ = harness.run(["interview", "--ids", firstIDs.joined(separator: ",")], input: ["1", "", "1", "", "1", ""])
        let again = try pickedIDs(harness.run(Array(command.dropFirst()) + ["--json"]))
        #expect(again == firstIDs)
        let refused = harness.run(["pick", "--ids", "backpropagation", "--seed", "3"])
        #expect(refused.status == 64)
        #expect(
            refused.error.hasPrefix("Error: '--ids' chooses the questions itself; leave out '--seed'"),
            "\(refused.error)")
    }
}

/// `quiz --timed` and `--minutes`.
@Suite struct TimedQuizTests {
    @Test func theTimeTakenIsShownAtTheRevealAndSaved() throws {
        let harness = try CLIHarness()
        let result = harness.run(
            ["quiz", "--minutes", "0.02", "--ids", "backpropagation,data-generators", "--order", "sequential"],
            input: ["Chain rule, backwards.", "", "all", "", "", "all", ""])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("theory · difficulty 2/3 · about 4 min · time limit 0:01"))
        #expect(result.output.contains("Time taken: 0:02 (0:01 over the 0:01 limit)"))
        #expect(result.output.contains("Proposed grade: Good (one lower for going over time)"))
        #expect(result.output.contains("Time taken: 0:01 (within the 0:01 limit)"))
        #expect(result.output.contains("Easy  0:02 (+0:01)") == false)
        #expect(result.output.contains("Good  0:02 (+0:01)"))
        let lines = harness.progressLines()
        #expect(lines.count == 2)
        #expect(lines[0].contains(#""seconds":2,"limit":1,"suggested":[2],"suggestedLang":"en","mode":"timed""#))
    }

    @Test func timedUsesEachQuestionsMinutes() throws {
        let harness = try CLIHarness()
        let result = harness.run(["quiz", "--timed", "--ids", "data-generators"], input: ["", "1", ""])
        #expect(result.output.contains("about 3 min · time limit 3:00"))
        #expect(result.output.contains("Time taken: 0:01 (within the 3:00 limit)"))
        #expect(harness.progressLines().first?.contains(#""limit":180,"mode":"timed""#) == true)
        #expect(!result.output.contains("terminal's title"), "no countdown without a terminal")
    }

    @Test(arguments: ["0", "-1", "abc", "nan", "601"])
    func badMinutesAreRefused(value: String) throws {
        let result = try CLIHarness().run(["quiz", "--minutes", value])
        #expect(result.status == 64)
        #expect(
            result.error.unwrappedHasPrefix(
                "Error: The value '\(value)' is invalid for '--minutes <m>': must be a number of minutes above 0, such as 2 or 1.5\n"
            ))
    }
}
