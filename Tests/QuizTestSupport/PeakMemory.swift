import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension BinaryRunner {
    /// What a run printed, with the most memory it held at once.
    package struct Measured {
        package var result: Result
        /// The peak resident set of the process, in KiB (`ru_maxrss` from `wait4`, what GNU time's `%M` prints).
        package var peakResidentKiB: Int
    }

    /// Runs the binary with standard input from `/dev/null` and measures its peak memory, with nothing but the C
    /// library: the process is started with `posix_spawn` and collected with `wait4`, which returns the resource use
    /// of that one child (Foundation's `Process` reaps its children itself, so their use cannot be read back). After
    /// `timeout` seconds the process is killed, so a binary that never stops fails a test instead of hanging it.
    package func runMeasuringPeakMemory(
        _ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 30
    ) throws -> Measured {
        let outputPath = home.appendingPathComponent("measured-\(UUID().uuidString).out").path
        let errorPath = outputPath.replacingOccurrences(of: ".out", with: ".err")
        defer {
            unlink(outputPath)
            unlink(errorPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let executable = Self.executableURL.path
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = baseEnvironment.merging(environment) { $1 }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }

        var status: Int32 = 0
        var usage = rusage()
        let deadline = Date() + timeout
        while true {
            let collected = wait4(pid, &status, WNOHANG, &usage)
            if collected == pid { break }
            if collected < 0 && errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
            if Date() >= deadline {
                kill(pid, SIGKILL)
                while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
                break
            }
            usleep(10_000)
        }
        let signal = status & 0x7F
        let result = Result(
            output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            error: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "",
            status: signal == 0 ? (status >> 8) & 0xFF : signal, wasSignalled: signal != 0)
        return Measured(result: result, peakResidentKiB: usage.ru_maxrss)
    }
}
