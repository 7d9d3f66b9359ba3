import Foundation
import QuizTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The built binary, driven through pipes: exit statuses, streams, and Ctrl-C.
@Suite struct BinaryTests {
    @Test func aPipedQuizSavesEveryAnswer() throws {
        let runner = try BinaryRunner()
        let result = try runner.run(["quiz", "--count", "2", "--seed", "3"], input: "\nall\n\n\n1 2\n\n")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
        #expect(result.output.contains("Session score:"))
        let lines = try String(contentsOfFile: runner.progressPath, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        let attributes = try FileManager.default.attributesOfItem(atPath: runner.progressPath)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func exitStatusesFollowTheConventions() throws {
        let runner = try BinaryRunner()
        #expect(try runner.run([]).status == 0)
        #expect(try runner.run(["--version"]).output == "dlquiz 0.1.0\n")
        let usage = try runner.run(["pick", "--nope"])
        #expect(usage.status == 64)
        #expect(usage.output.isEmpty)
        #expect(usage.error.hasPrefix("Error: Unknown option '--nope'\n"))
        let deck = runner.home.appendingPathComponent("bad.json")
        try Data("{".utf8).write(to: deck)
        let data = try runner.run(["list", "--deck", deck.path])
        #expect(data.status == 65)
        #expect(data.error.unwrappedContains("bad.json:1:2: JSON syntax error"))
        #expect(try runner.run(["show", "nothing-like-it"]).status == 64)
    }

    @Test func jsonOutputIsOnlyJSON() throws {
        let runner = try BinaryRunner()
        for arguments in [
            ["pick", "--json"], ["list", "--json"], ["show", "backpropagation", "--json"], ["progress", "--json"],
        ] {
            let result = try runner.run(arguments)
            #expect(result.status == 0)
            #expect((try? JSONSerialization.jsonObject(with: Data(result.output.utf8))) != nil, "\(arguments)")
        }
    }

    @Test func ctrlCKeepsGradedAnswersAndExits130() throws {
        let runner = try BinaryRunner()
        let running = try runner.start(["quiz", "--count", "3", "--seed", "1"])
        running.input.fileHandleForWriting.write(Data("\nall\n\n".utf8))
        #expect(running.waitForOutput(containing: "Question 2 of 3"))
        kill(running.process.processIdentifier, SIGINT)
        let result = running.wait()
        #expect(result.wasSignalled)
        #expect(result.status == SIGINT)
        #expect(result.output.contains("Interrupted."))
        #expect(result.output.contains("Session score: 1.00 / 1 (100%)"))
        let lines = try String(contentsOfFile: runner.progressPath, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1)
    }

    @Test func theBinaryNeedsNoResourceFolder() throws {
        // Copy the binary alone somewhere else: the deck is compiled in.
        let runner = try BinaryRunner()
        let copy = runner.home.appendingPathComponent("dlquiz")
        // Copied and run by one shell: a copy written by this multi-threaded test process could still be open in a
        // child forked meanwhile by another test, and exec would then fail with "Text file busy".
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "cp \"$0\" \"$1\" && exec \"$1\" list", BinaryRunner.executableURL.path, copy.path]
        process.environment = runner.baseEnvironment
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output.contains("batch-normalization"))
    }
}

/// The interview console through the built binary: pipes, files and Ctrl-C.
@Suite struct InterviewBinaryTests {
    @Test func aPipedInterviewWritesTheScorecardAndNeverTheProgress() throws {
        let runner = try BinaryRunner()
        let data = runner.home.appendingPathComponent("data").path
        let result = try runner.run(
            ["interview", "--candidate", "Ada", "--ids", "data-generators,backpropagation"],
            input: "1 3\nn Clear on workers and prefetch\nf\nf+\n\nall\n-2\n\n",
            environment: ["XDG_DATA_HOME": data, "TZ": "UTC"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
        #expect(result.output.contains("Interview summary: Ada"))
        #expect(result.output.contains("Follow-up 1: answered well."))
        let folder = data + "/dlquiz/interviews"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names.count == 2)
        #expect(names.allSatisfy { $0.hasSuffix("-ada.md") || $0.hasSuffix("-ada.json") })
        let markdown = try String(contentsOfFile: folder + "/" + names[1], encoding: .utf8)
        #expect(markdown.contains("- Clear on workers and prefetch"))
        #expect(markdown.contains("**Key points covered: 7 of 8 (88%)**"))
        #expect(!FileManager.default.fileExists(atPath: runner.home.appendingPathComponent(".local/state").path))
        let listed = try runner.run(["interviews", "--json"], environment: ["XDG_DATA_HOME": data])
        #expect(listed.output.contains(#""candidate": "Ada""#))
    }

    @Test func ctrlCSavesTheScorecardAndExits130() throws {
        let runner = try BinaryRunner()
        let running = try runner.start([
            "interview", "--candidate", "Grace", "--ids", "data-generators,backpropagation",
        ])
        running.input.fileHandleForWriting.write(Data("1 2\n".utf8))
        #expect(running.waitForOutput(containing: "2/7 > "))
        kill(running.process.processIdentifier, SIGINT)
        let result = running.wait()
        #expect(result.wasSignalled)
        #expect(result.status == SIGINT)
        #expect(result.output.contains("Interrupted."))
        let folder = runner.home.appendingPathComponent(".local/share/dlquiz/interviews").path
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names.count == 2 && names.allSatisfy { $0.contains("-grace.") })
        let json = try String(contentsOfFile: folder + "/" + names[0], encoding: .utf8)
        #expect(json.contains(#""status": "asked""#))
    }

    @Test func aTimedQuizSavesTheLimit() throws {
        let runner = try BinaryRunner()
        let result = try runner.run(["quiz", "--timed", "--ids", "data-generators"], input: "\nall\n\n")
        #expect(result.status == 0)
        #expect(result.output.contains("Time taken: 0:0"))
        #expect(result.output.contains("(within the 3:00 limit)"))
        let progress = try String(contentsOfFile: runner.progressPath, encoding: .utf8)
        #expect(progress.contains(#""limit":180,"mode":"timed""#))
    }
}
