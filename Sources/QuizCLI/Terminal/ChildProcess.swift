#if canImport(Glibc)
    import Glibc
#endif

/// Runs another program and waits for it: the editor for a long answer, the pager for long output. The one place
/// dlquiz starts a process (`posix_spawn`, which FoundationEssentials leaves to the platform).
enum ChildProcess {
    /// Runs `arguments` (the first is the program's path) with the terminal as it is, optionally feeding `input`
    /// to its standard input through a pipe, and returns its exit status (128 + the signal when a signal ended it,
    /// 127 when it could not be started).
    static func run(_ arguments: [String], input: String? = nil) -> Int32 {
        // Ctrl-C belongs to the child (the pager quits, the editor handles it): dlquiz waits for it instead of dying.
        InterruptMonitor.handlingInterrupts { spawn(arguments, input: input) }
    }

    private static func spawn(_ arguments: [String], input: String?) -> Int32 {
        var pipeEnds: [Int32] = [-1, -1]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if input != nil {
            guard pipe(&pipeEnds) == 0 else { return 127 }
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], STDIN_FILENO)
            posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        }
        var pid = pid_t()
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ)
        if input != nil { close(pipeEnds[0]) }
        guard spawned == 0 else {
            if input != nil { close(pipeEnds[1]) }
            return 127
        }
        if let input {
            // A pager that quits early closes the pipe: stop writing then (EPIPE), without dying of SIGPIPE.
            let previous = signal(SIGPIPE, SIG_IGN)
            var bytes = Array(input.utf8)
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeMutableBytes {
                    write(pipeEnds[1], $0.baseAddress! + offset, $0.count - offset)
                }
                if written < 0 {
                    if errno == EINTR { continue }
                    break
                }
                offset += written
            }
            close(pipeEnds[1])
            signal(SIGPIPE, previous)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return 127 }
        }
        // WIFEXITED / WEXITSTATUS, which Swift cannot import as macros.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}

// MARK: - Pager

/// Long output on a terminal goes through `$PAGER` (default `less -FRX`: it quits at once when the text fits one
/// screen, keeps colours, and leaves the text on the screen), as git does; never on a pipe, with `--no-pager`, with
/// `PAGER=` empty or `cat`, or on a dumb terminal.
enum Pager {
    /// The pager command to use now, or nil to write directly.
    static func command(context: CommandContext, noPager: Bool) -> String? {
        guard !noPager, context.terminal.isOutputTerminal, context.environment["TERM"] != "dumb" else { return nil }
        let pager = context.environment["DLQUIZ_PAGER"] ?? context.environment["PAGER"] ?? "less -FRX"
        let trimmed = pager.trimmed()
        guard !trimmed.isEmpty, trimmed != "cat" else { return nil }
        return trimmed
    }

    /// Shows `text` through `command`; false when the pager could not run (then the caller writes the text).
    static func show(_ text: String, command: String, environment: [String: String]) -> Bool {
        // `less` reads LESS; give it the options git gives when none are set. dlquiz writes UTF-8 whatever the
        // locale, so less is told so too: without it, a machine lacking the locale named by LANG shows `·` as <C2><B7>.
        if environment["LESS"] == nil { setenv("LESS", "FRX", 0) }
        if environment["LESSCHARSET"] == nil { setenv("LESSCHARSET", "utf-8", 0) }
        let status = ChildProcess.run(["/bin/sh", "-c", command], input: text)
        return status != 127
    }
}
