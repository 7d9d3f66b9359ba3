#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// MARK: - The progress file

/// Where the progress file lives: `--progress`, else `$DLQUIZ_PROGRESS`, else `$XDG_STATE_HOME/dlquiz/progress.jsonl`
/// (only when that variable is an absolute path), else `~/.local/state/dlquiz/progress.jsonl`.
package enum ProgressLocation {
    /// The path to use, from the `--progress` value (nil or empty when not given) and the environment.
    package static func path(flag: String?, environment: [String: String]) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let explicit = environment["DLQUIZ_PROGRESS"], !explicit.isEmpty { return explicit }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return joined(state, "dlquiz/progress.jsonl")
        }
        return joined(HomeFolder.path(environment: environment), ".local/state/dlquiz/progress.jsonl")
    }

    static func joined(_ folder: String, _ rest: String) -> String {
        folder.hasSuffix("/") ? folder + rest : folder + "/" + rest
    }
}

// MARK: - The scorecard folder

/// Where scorecards live: `$XDG_DATA_HOME/dlquiz/interviews/` (only when that variable is an absolute path), else
/// `~/.local/share/dlquiz/interviews/`. Interviews never go near the progress file, which is under the state folder.
package enum InterviewsLocation {
    /// The folder to use (without a trailing `/`), from the environment.
    package static func folder(environment: [String: String]) -> String {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return ProgressLocation.joined(data, "dlquiz/interviews")
        }
        return ProgressLocation.joined(HomeFolder.path(environment: environment), ".local/share/dlquiz/interviews")
    }
}

// MARK: - The home folder

/// The user's home folder, and shortening paths inside it to `~` for messages.
package enum HomeFolder {
    /// `$HOME`, else the password database's entry, else `/`.
    package static func path(environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
            return String(cString: directory)
        }
        return "/"
    }

    /// The path with the home folder written as `~` (`/home/jane/notes/p.jsonl` → `~/notes/p.jsonl`).
    package static func abbreviate(_ path: String, environment: [String: String]) -> String {
        let home = Self.path(environment: environment)
        guard home != "/", path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }
}
