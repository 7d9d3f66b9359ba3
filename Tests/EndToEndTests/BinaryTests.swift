import Foundation
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
        #expect(usage.error.hasPrefix("Error: Unknown option '--nope'."))
        let deck = runner.home.appendingPathComponent("bad.json")
        try Data("{".utf8).write(to: deck)
        let data = try runner.run(["list", "--deck", deck.path])
        #expect(data.status == 65)
        #expect(data.error.contains("bad.json:1:2: JSON syntax error"))
        #expect(try runner.run(["show", "nothing-like-it"]).status == 1)
    }

    @Test func jsonOutputIsOnlyJSON() throws {
        let runner = try BinaryRunner()
        for arguments in [["pick", "--json"], ["list", "--json"], ["show", "backpropagation", "--json"], ["progress", "--json"]] {
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
        #expect(result.output.contains("Session score: 1.0 / 1 (100%)"))
        let lines = try String(contentsOfFile: runner.progressPath, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1)
    }

    @Test func theBinaryNeedsNoResourceFolder() throws {
        // Copy the binary alone somewhere else: the deck is compiled in.
        let runner = try BinaryRunner()
        let copy = runner.home.appendingPathComponent("dlquiz")
        try FileManager.default.copyItem(at: BinaryRunner.executableURL, to: copy)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["list"]
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
