import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built `dlquiz` binary, found next to the test bundle, and collects what it printed.
package struct BinaryRunner {
    package struct Result {
        package var output: String
        package var error: String
        package var status: Int32
        /// Whether the process was ended by a signal (then `status` is the signal number).
        package var wasSignalled: Bool

        package init(output: String, error: String, status: Int32, wasSignalled: Bool) {
            self.output = output
            self.error = error
            self.status = status
            self.wasSignalled = wasSignalled
        }
    }

    /// The `dlquiz` executable built with the tests.
    package static var executableURL: URL {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return testBinary.deletingLastPathComponent().appendingPathComponent("dlquiz")
    }

    package let home: URL

    package init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    /// The environment every run gets: a private home, 80 columns, no colour, English.
    package var baseEnvironment: [String: String] {
        ["HOME": home.path, "COLUMNS": "80", "NO_COLOR": "1", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
    }

    /// The progress file inside the private home.
    package var progressPath: String { home.appendingPathComponent(".local/state/dlquiz/progress.jsonl").path }

    /// Runs the binary to completion with `input` on standard input.
    package func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> Result {
        let process = try start(arguments, environment: environment)
        process.input.fileHandleForWriting.write(Data(input.utf8))
        try process.input.fileHandleForWriting.close()
        return process.wait()
    }

    /// A started process whose input can be written bit by bit.
    package final class Running: @unchecked Sendable {
        package let process: Process
        package let input = Pipe()
        package let output = Pipe()
        package let error = Pipe()
        private var outputData = Data()
        private var errorData = Data()
        private let lock = NSLock()

        init(process: Process) {
            self.process = process
        }

        func startReading() {
            output.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self else { return }
                self.lock.lock()
                self.outputData.append(data)
                self.lock.unlock()
            }
            error.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self else { return }
                self.lock.lock()
                self.errorData.append(data)
                self.lock.unlock()
            }
        }

        /// What was printed so far.
        package var outputSoFar: String {
            lock.lock()
            defer { lock.unlock() }
            return String(decoding: outputData, as: UTF8.self)
        }

        /// Waits until standard output contains `text`, up to `timeout` seconds.
        package func waitForOutput(containing text: String, timeout: TimeInterval = 10) -> Bool {
            let deadline = Date() + timeout
            while Date() < deadline {
                if outputSoFar.contains(text) { return true }
                usleep(20_000)
            }
            return false
        }

        /// Waits for the process to end; after `timeout` seconds it is killed, so a hung binary fails a test
        /// instead of hanging the suite.
        package func wait(timeout: TimeInterval = 30) -> Result {
            let deadline = Date() + timeout
            while process.isRunning && Date() < deadline { usleep(10_000) }
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
            }
            process.waitUntilExit()
            output.fileHandleForReading.readabilityHandler = nil
            error.fileHandleForReading.readabilityHandler = nil
            let restOut = output.fileHandleForReading.readDataToEndOfFile()
            let restErr = error.fileHandleForReading.readDataToEndOfFile()
            lock.lock()
            outputData.append(restOut)
            errorData.append(restErr)
            let result = Result(
                output: String(decoding: outputData, as: UTF8.self), error: String(decoding: errorData, as: UTF8.self),
                status: process.terminationStatus, wasSignalled: process.terminationReason == .uncaughtSignal)
            lock.unlock()
            return result
        }
    }

    package func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Running {
        let process = Process()
        process.executableURL = Self.executableURL
        process.arguments = arguments
        process.environment = baseEnvironment.merging(environment) { $1 }
        let running = Running(process: process)
        process.standardInput = running.input
        process.standardOutput = running.output
        process.standardError = running.error
        running.startReading()
        try process.run()
        return running
    }
}
