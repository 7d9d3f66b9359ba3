import Testing

@testable import QuizStore

/// Where the progress file and the scorecards live, from flags and the environment alone.
@Suite struct StoreLocationsTests {
    @Test(
        arguments: [
            ("given.jsonl", ["DLQUIZ_PROGRESS": "/env.jsonl", "HOME": "/h"], "given.jsonl"),
            (nil, ["DLQUIZ_PROGRESS": "/env.jsonl", "XDG_STATE_HOME": "/state", "HOME": "/h"], "/env.jsonl"),
            ("", ["DLQUIZ_PROGRESS": "", "XDG_STATE_HOME": "/state/", "HOME": "/h"], "/state/dlquiz/progress.jsonl"),
            (nil, ["XDG_STATE_HOME": "relative", "HOME": "/h"], "/h/.local/state/dlquiz/progress.jsonl"),
            (nil, ["HOME": "/h/"], "/h/.local/state/dlquiz/progress.jsonl"),
        ] as [(String?, [String: String], String)])
    func theProgressFileFollowsFlagThenEnvironmentThenXDG(
        flag: String?, environment: [String: String], expected: String
    ) {
        #expect(ProgressLocation.path(flag: flag, environment: environment) == expected)
    }

    @Test(arguments: [
        (["XDG_DATA_HOME": "/data", "HOME": "/h"], "/data/dlquiz/interviews"),
        (["XDG_DATA_HOME": "data", "HOME": "/h"], "/h/.local/share/dlquiz/interviews"),
        (["HOME": "/h"], "/h/.local/share/dlquiz/interviews"),
    ])
    func scorecardsGoUnderTheDataFolder(environment: [String: String], expected: String) {
        #expect(InterviewsLocation.folder(environment: environment) == expected)
    }

    @Test(arguments: [
        ("/home/jane/notes/p.jsonl", "~/notes/p.jsonl"), ("/home/jane", "/home/jane"),
        ("/home/janet/p", "/home/janet/p"),
        ("relative/p", "relative/p"),
    ])
    func pathsInTheHomeFolderAreAbbreviated(path: String, expected: String) {
        #expect(HomeFolder.abbreviate(path, environment: ["HOME": "/home/jane"]) == expected)
    }

    @Test func aRootHomeIsNeverAbbreviated() {
        #expect(HomeFolder.abbreviate("/etc/x", environment: ["HOME": "/"]) == "/etc/x")
    }
}
