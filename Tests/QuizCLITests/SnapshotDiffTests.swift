import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// The diff a failing snapshot shows, and the `.actual` file it leaves: hunks as GNU `diff -u` prints them for the
/// same two texts (each expected value below is its output, headers aside), and shortest edit scripts checked
/// against a separate longest-common-subsequence count on seeded random texts.
@Suite struct SnapshotDiffTests {
    private func hunks(_ expected: String, _ actual: String) -> String {
        let diff = LineDiff(expected: expected, actual: actual).unified(expectedName: "e", actualName: "a")
        #expect(diff.isEmpty || diff.hasPrefix("--- e\n+++ a\n"))
        return diff.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "\n")
    }

    @Test(arguments: [
        // One line changed, with three lines of context each side.
        (
            "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n", "a\nb\nc\nd\nE\nf\ng\nh\ni\nj\n",
            "@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n"
        ),
        // A line added first and one removed last, too far apart for one hunk.
        (
            "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\neleven\ntwelve\n",
            "zero\none\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\neleven\n",
            "@@ -1,3 +1,4 @@\n+zero\n one\n two\n three\n@@ -9,4 +10,3 @@\n nine\n ten\n eleven\n-twelve\n"
        ),
        // Six unchanged lines between two changes make one hunk, seven make two (diff -u joins gaps of up to twice
        // the context).
        (
            "1\n2\n3\n4\n5\n6\n7\n8\n9\n", "x\n2\n3\n4\n5\n6\n7\ny\n9\n",
            "@@ -1,9 +1,9 @@\n-1\n+x\n 2\n 3\n 4\n 5\n 6\n 7\n-8\n+y\n 9\n"
        ),
        (
            "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n", "x\n2\n3\n4\n5\n6\n7\n8\ny\n10\n",
            "@@ -1,4 +1,4 @@\n-1\n+x\n 2\n 3\n 4\n@@ -6,5 +6,5 @@\n 6\n 7\n 8\n-9\n+y\n 10\n"
        ),
        // Only the final line break differs.
        ("a\nb", "a\nb\n", "@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"),
        // A side of one line is written without its count.
        ("a\n", "b\n", "@@ -1 +1 @@\n-a\n+b\n"),
        // Everything added to an empty text.
        ("", "new\nlines\n", "@@ -0,0 +1,2 @@\n+new\n+lines\n"),
        // Equal texts: no diff at all.
        ("same\n", "same\n", ""),
    ])
    func hunksAreThoseOfDiffU(expected: String, actual: String, hunks: String) {
        #expect(self.hunks(expected, actual) == hunks)
    }

    @Test func editScriptsAreShortestAndTurnOneTextIntoTheOther() {
        var random = SeededRandom(seed: 42)
        for _ in 0..<300 {
            let a = (0..<random.integer(below: 30)).map { _ in "abcd".randomLine(&random) }
            let b = (0..<random.integer(below: 30)).map { _ in "abcd".randomLine(&random) }
            let diff = LineDiff(expected: a.map { $0 + "\n" }.joined(), actual: b.map { $0 + "\n" }.joined())
            var rebuilt: [String] = []
            var changes = 0
            for edit in diff.edits {
                switch edit {
                case .same(let x, let y):
                    #expect(a[x] == b[y])
                    rebuilt.append(a[x])
                case .removed: changes += 1
                case .inserted(let y):
                    rebuilt.append(b[y])
                    changes += 1
                }
            }
            #expect(rebuilt == b)
            #expect(changes == a.count + b.count - 2 * Self.longestCommonSubsequence(a, b), "\(a) → \(b)")
        }
    }

    @Test func textsTooDifferentForTheLimitAreShownAsReplacedWhole() {
        let diff = LineDiff(expected: "a\nb\nc\n", actual: "x\ny\n", maximumEdits: 2)
        #expect(
            diff.edits == [
                .removed(expected: 0), .removed(expected: 1), .removed(expected: 2), .inserted(actual: 0),
                .inserted(actual: 1),
            ])
    }

    /// The length of a longest common subsequence, by the textbook table: an oracle separate from Myers' search.
    private static func longestCommonSubsequence(_ a: [String], _ b: [String]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in a.indices.reversed() {
            for j in b.indices.reversed() {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }

    // MARK: The snapshot files

    @Test func aDifferingSnapshotLeavesTheActualOutputBesideItAndShowsTheDiff() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("help.txt")
        try Data("USAGE: dlquiz quiz\n  --count <n>\n  --topic <t>\n".utf8).write(to: url)
        let outcome = Snapshot.compare("USAGE: dlquiz quiz\n  --count <n>\n  --topics <t>\n", with: url, record: false)
        let actualPath = folder.path("help.txt.actual")
        #expect(
            outcome
                == .differs(
                    message: """
                        Snapshot 'help' differs (- expected, + actual); the actual output is in \(actualPath).
                        --- \(folder.url.lastPathComponent)/help.txt
                        +++ \(folder.url.lastPathComponent)/help.txt.actual
                        @@ -1,3 +1,3 @@
                         USAGE: dlquiz quiz
                           --count <n>
                        -  --topic <t>
                        +  --topics <t>
                        If the change is intended, re-record with DLQUIZ_RECORD_SNAPSHOTS=1 swift test (and read the new file).
                        """))
        #expect(
            try String(contentsOfFile: actualPath, encoding: .utf8)
                == "USAGE: dlquiz quiz\n  --count <n>\n  --topics <t>\n")

        // Matching again removes the stale .actual file; re-recording writes the snapshot and removes it too.
        #expect(
            Snapshot.compare("USAGE: dlquiz quiz\n  --count <n>\n  --topic <t>\n", with: url, record: false) == .matched
        )
        #expect(!FileManager.default.fileExists(atPath: actualPath))
        _ = Snapshot.compare("changed\n", with: url, record: false)
        #expect(FileManager.default.fileExists(atPath: actualPath))
        #expect(Snapshot.compare("changed\n", with: url, record: true) == .recorded(path: url.path))
        #expect(try String(contentsOf: url, encoding: .utf8) == "changed\n")
        #expect(!FileManager.default.fileExists(atPath: actualPath))
    }

    @Test func aLongDiffIsCutInTheMessageButTheActualFileIsWhole() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("long.txt")
        try Data((0..<300).map { "line \($0)\n" }.joined().utf8).write(to: url)
        let actual = (0..<300).map { "LINE \($0)\n" }.joined()
        guard case .differs(let message) = Snapshot.compare(actual, with: url, record: false) else {
            Issue.record("expected a difference")
            return
        }
        #expect(message.contains("\n… 483 more lines of the diff\n"), "\(message.suffix(300))")
        #expect(try String(contentsOfFile: folder.path("long.txt.actual"), encoding: .utf8) == actual)
    }
}

extension String {
    /// One of this string's characters, repeated one to three times: lines that often repeat, as in real output.
    fileprivate func randomLine(_ random: inout SeededRandom) -> String {
        let characters = Array(self)
        return String(
            repeating: characters[random.integer(below: characters.count)], count: 1 + random.integer(below: 3))
    }
}
