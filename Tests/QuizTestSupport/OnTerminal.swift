import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A running binary whose standard input, output and error are the slave side of a new pseudo-terminal, 80 columns
/// by 40 rows, with `TERM=xterm-256color` unless the test says otherwise. Only the toolchain is needed: the
/// terminal is opened through `/dev/ptmx`, not `script` or `expect`.
package final class OnTerminal: @unchecked Sendable {
    package let process = Process()
    package let master: Int32
    private var data = Data()
    private let lock = NSLock()
    private var reader: Thread?

    /// Starts the binary with the runner's environment less the variables named in `unsetting` (say `NO_COLOR`, which
    /// the runner sets), then `environment` on top; with `noFileGrowth`, through a shell that forbids any
    /// file to grow (`ulimit -f 0`, with SIGXFSZ ignored, so a write fails with EFBIG instead of killing the process).
    package init(
        _ arguments: [String], runner: BinaryRunner, environment: [String: String] = [:], unsetting: Set<String> = [],
        noFileGrowth: Bool = false
    ) throws {
        // posix_openpt and friends need _XOPEN_SOURCE, which Glibc's module does not set: the same through ioctl
        // (TIOCSPTLCK and TIOCGPTN, whose values are the same on x86_64 and aarch64).
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw POSIXError(.ENODEV)
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw POSIXError(.ENODEV) }
        var size = winsize(ws_row: 40, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
        if noFileGrowth {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments =
                ["-c", "trap '' XFSZ; ulimit -f 0; exec \"$0\" \"$@\"", BinaryRunner.executableURL.path] + arguments
        } else {
            process.executableURL = BinaryRunner.executableURL
            process.arguments = arguments
        }
        process.environment = runner.baseEnvironment.filter { !unsetting.contains($0.key) }
            .merging(["TERM": "xterm-256color"].merging(environment) { $1 }) { $1 }
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        close(slave)
        let master = master
        let thread = Thread { [weak self] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(master, &buffer, buffer.count)
                if count <= 0 { break }
                guard let self else { return }
                self.lock.lock()
                self.data.append(contentsOf: buffer[0..<count])
                self.lock.unlock()
            }
        }
        thread.start()
        reader = thread
    }

    /// Everything the terminal received so far (standard output and error together, with `\r\n` line ends).
    package var output: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }

    /// Types bytes on the terminal's keyboard.
    package func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits until the output holds `text` `times` times.
    @discardableResult
    package func waitFor(_ text: String, times: Int = 1, timeout: TimeInterval = 15) -> Bool {
        let deadline = Date() + timeout
        while Date() < deadline {
            if output.components(separatedBy: text).count - 1 >= times { return true }
            usleep(20_000)
        }
        return false
    }

    /// Waits for the end (killing a hung binary) and returns the exit status.
    package func finish(timeout: TimeInterval = 30) -> Int32 {
        let deadline = Date() + timeout
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        usleep(100_000)
        close(master)
        return process.terminationStatus
    }
}
