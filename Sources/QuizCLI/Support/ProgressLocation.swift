/// Where the progress file lives: `--progress`, else `$DLQUIZ_PROGRESS`, else `$XDG_STATE_HOME/dlquiz/progress.jsonl`
/// (only when that variable is an absolute path), else `~/.local/state/dlquiz/progress.jsonl`.
public enum ProgressLocation {
    /// The path to use.
    public static func path(flag: String?, environment: [String: String]) -> String {
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
