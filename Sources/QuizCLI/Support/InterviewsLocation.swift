/// Where scorecards live: `$XDG_DATA_HOME/dlquiz/interviews/` (only when that variable is an absolute path), else
/// `~/.local/share/dlquiz/interviews/`. Interviews never go near the progress file, which is under the state folder.
enum InterviewsLocation {
    /// The folder to use.
    static func folder(environment: [String: String]) -> String {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return ProgressLocation.joined(data, "dlquiz/interviews")
        }
        return ProgressLocation.joined(HomeFolder.path(environment: environment), ".local/share/dlquiz/interviews")
    }
}
