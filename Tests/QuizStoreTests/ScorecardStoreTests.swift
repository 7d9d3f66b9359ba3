import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit
@testable import QuizStore

/// The interviews folder: names, de-duplication, atomic replacement, permissions and reading back.
@Suite struct ScorecardStoreTests {
    private func scorecard(candidate: String = "Jane Doe", started: Date = testStart) -> Scorecard {
        let questions = [question("q1", followUps: 1), question("q2", points: 3)]
        var records = questions.map {
            InterviewRecord(questionID: $0.id, pointCount: $0.keyPoints.count, followUpCount: $0.followUps.count)
        }
        records[0].status = .asked
        records[0].covered = KeyPointSet([1, 3])
        records[0].seconds = 95
        records[0].notes = ["Clear | concise <b>answer</b>"]
        records[0].followUps = [.answeredWell]
        records[1].status = .skipped
        let deck = Deck(id: "test-deck", title: LocalizedText("Test deck"), languages: ["en"], questions: questions)
        return Scorecard(
            summary: InterviewSummary(records: records), questions: questions, deck: deck, language: "en",
            candidate: candidate, started: started, ended: started + 600, utcOffset: 9 * 3600, seed: 2417)
    }

    @Test func namesAreDatedDeduplicatedAndPrivate() throws {
        let folder = try TemporaryFolder()
        let store = ScorecardStore(folder: folder.path("interviews"))
        let base = ScorecardStore.baseName(date: "2026-11-23", candidate: "Jane Doe")
        #expect(base == "2026-11-23-jane-doe")
        let first = try store.create(baseName: base, markdown: "# one\n", json: "{}")
        let second = try store.create(baseName: base, markdown: "# two\n", json: "{}")
        let third = try store.create(baseName: base, markdown: "# three\n", json: "{}")
        #expect(first.markdownPath == folder.path("interviews/2026-11-23-jane-doe.md"))
        #expect(second.markdownPath == folder.path("interviews/2026-11-23-jane-doe-2.md"))
        #expect(third.jsonPath == folder.path("interviews/2026-11-23-jane-doe-3.json"))
        #expect(try String(contentsOfFile: second.markdownPath, encoding: .utf8) == "# two\n")
        let fileMode = try FileManager.default.attributesOfItem(atPath: first.markdownPath)[.posixPermissions] as? Int
        let folderMode =
            try FileManager.default.attributesOfItem(atPath: folder.path("interviews"))[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(folderMode == 0o700)
    }

    @Test func replacingLeavesNoTemporaryFileBehind() throws {
        let folder = try TemporaryFolder()
        let store = ScorecardStore(folder: folder.url.path)
        let location = try store.create(baseName: "2026-11-23-x", markdown: "a", json: "{}")
        for round in 0..<20 { try store.replace(at: location, markdown: "round \(round)", json: "{}") }
        #expect(try String(contentsOfFile: location.markdownPath, encoding: .utf8) == "round 19")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == [
                "2026-11-23-x.json", "2026-11-23-x.md",
            ])
    }

    @Test(arguments: [
        "../../escape", "../..", "/etc/passwd", "..\\..\\x", ".", "a/../../b", "\u{0}", "\n../x", "~root",
    ])
    func trickyNamesStayInsideTheFolder(candidate: String) throws {
        let folder = try TemporaryFolder()
        let interviews = folder.path("deep/interviews")
        let store = ScorecardStore(folder: interviews)
        let location = try store.create(
            baseName: ScorecardStore.baseName(date: "2026-11-23", candidate: candidate), markdown: "m", json: "{}")
        let parent = URL(fileURLWithPath: location.markdownPath).standardizedFileURL.deletingLastPathComponent().path
        #expect(parent == URL(fileURLWithPath: interviews).standardizedFileURL.path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: interviews).count == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["deep"])
    }

    @Test func loadReadsScorecardsOldestFirstAndReportsBrokenFiles() throws {
        let folder = try TemporaryFolder()
        let store = ScorecardStore(folder: folder.url.path)
        let later = scorecard(candidate: "Later", started: testStart + 86_400)
        let earlier = scorecard(candidate: "Earlier")
        _ = try store.create(baseName: "a-later", markdown: "", json: later.json.rendered())
        _ = try store.create(baseName: "b-earlier", markdown: "", json: earlier.json.rendered())
        try Data("{ broken".utf8).write(to: folder.url.appendingPathComponent("c-broken.json"))
        try Data().write(to: folder.url.appendingPathComponent("d-being-written.json"))
        try Data("{}".utf8).write(to: folder.url.appendingPathComponent(".e-hidden.json"))
        let loaded = store.load()
        #expect(loaded.scorecards.map(\.scorecard.candidate) == ["Earlier", "Later"])
        #expect(loaded.problems.map { ($0.path as NSString).lastPathComponent } == ["c-broken.json"])
        #expect(ScorecardStore(folder: folder.path("missing")).load().scorecards.isEmpty)
    }
}
