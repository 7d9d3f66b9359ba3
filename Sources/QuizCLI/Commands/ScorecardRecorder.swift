import FoundationEssentials
import QuizKit
import QuizStore

/// Keeps an interview's scorecard on disk while it runs: written once something is recorded, then rewritten
/// (atomically) after every line, so a crash or a closed terminal loses at most the line being typed.
final class ScorecardRecorder {
    /// Where the scorecard goes.
    enum Destination {
        /// The interviews folder: Markdown and JSON side by side, under a new name.
        case folder(ScorecardStore)
        /// `--output FILE`: one file, JSON when `isJSON`, else Markdown.
        case file(path: String, isJSON: Bool)
    }

    let destination: Destination
    /// The files the interview reads (its deck), which the scorecard must never be written onto.
    var inputs: [String] = []
    private let makeScorecard: (InterviewSummary, Date) -> Scorecard
    private let renderMarkdown: (Scorecard) -> String
    /// The Markdown (or `--output`) file, once written.
    private(set) var savedPath: String?
    private var location: ScorecardStore.Location?

    init(
        destination: Destination, makeScorecard: @escaping (InterviewSummary, Date) -> Scorecard,
        renderMarkdown: @escaping (Scorecard) -> String
    ) {
        self.destination = destination
        self.makeScorecard = makeScorecard
        self.renderMarkdown = renderMarkdown
    }

    /// The scorecard for `summary`, as of `time`.
    func scorecard(for summary: InterviewSummary, at time: Date) -> Scorecard {
        makeScorecard(summary, time)
    }

    /// The scorecard as the Markdown document.
    func markdown(_ scorecard: Scorecard) -> String {
        renderMarkdown(scorecard)
    }

    /// Writes the scorecard for `summary` as of `time` once anything was asked (and from then on); returns whether
    /// it wrote.
    @discardableResult
    func save(_ summary: InterviewSummary, at time: Date) throws(StoreError) -> Bool {
        guard summary.hasEntries || savedPath != nil else { return false }
        let scorecard = makeScorecard(summary, time)
        let json = scorecard.json.rendered(pretty: true) + "\n"
        switch destination {
        case .file(let path, let isJSON):
            // The first save keeps a file that was there as a backup; later saves rewrite this interview's own file.
            try AtomicFile.save(
                Array((isJSON ? json : renderMarkdown(scorecard)).utf8), to: path, newFileMode: 0o600,
                existing: savedPath == nil ? .replaceKeepingBackup(at: time) : .replace, inputs: inputs)
            savedPath = path
        case .folder(let store):
            let markdown = renderMarkdown(scorecard)
            if let location {
                try store.replace(at: location, markdown: markdown, json: json)
            } else {
                let baseName = ScorecardStore.baseName(date: scorecard.localDate, candidate: scorecard.candidate)
                let created = try store.create(baseName: baseName, markdown: markdown, json: json)
                location = created
                savedPath = created.markdownPath
            }
        }
        return true
    }
}
