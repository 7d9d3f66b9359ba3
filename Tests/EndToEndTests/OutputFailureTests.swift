import Foundation
import QuizTestSupport
import Testing

/// Standard output and error that fail or are closed: the binary reports it and never claims success or crashes.
@Suite struct OutputFailureTests {
    /// Runs the built binary through `sh -c`, so the test can redirect or close its descriptors.
    private func shell(_ script: String) throws -> (status: Int32, output: String, error: String) {
        let runner = try BinaryRunner()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let binary = BinaryRunner.executableURL.path
        process.arguments = ["-c", script.replacingOccurrences(of: "DLQUIZ", with: "'\(binary)'")]
        process.environment = runner.baseEnvironment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outData, as: UTF8.self),
            String(decoding: errData, as: UTF8.self)
        )
    }

    @Test(arguments: [
        "DLQUIZ sheet > /dev/full", "DLQUIZ export --format json > /dev/full", "DLQUIZ --version > /dev/full",
    ])
    func aFullDiskOnStandardOutputIsReportedAndFails(script: String) throws {
        let result = try shell(script)
        #expect(result.status == 1, "\(script): \(result.error)")
        #expect(
            result.error.contains("Error: Cannot write to standard output: no space left on device."), "\(result.error)"
        )
    }

    @Test func aClosedStandardErrorNeverCrashes() throws {
        let result = try shell("DLQUIZ --version 2>&-; echo \"status $?\"")
        #expect(result.output.hasPrefix("dlquiz "), "\(result.output)")
        #expect(result.output.hasSuffix("status 0\n"), "\(result.output)")
    }

    @Test func aClosedStandardOutputIsReported() throws {
        let result = try shell("DLQUIZ list >&-")
        #expect(result.status == 1)
        #expect(
            result.error.contains("Error: Cannot write to standard output: bad file descriptor."), "\(result.error)")
    }

    @Test func aClosedPipeStaysQuiet() throws {
        let result = try shell("DLQUIZ sheet | head -c 10 > /dev/null; echo \"done\"")
        #expect(result.output == "done\n")
        #expect(result.error.isEmpty, "\(result.error)")
    }
}
