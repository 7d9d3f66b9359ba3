import Foundation

/// Long generated text (help, sheets, exports, transcripts) compared with a file kept beside the tests.
///
/// When the text differs, the actual output is written beside the snapshot as `<name>.txt.actual` (ignored by git)
/// and the failure shows a unified diff of the two, so a change can be read at once and inspected with any diff
/// tool; the `.actual` file is removed again once the text matches. `DLQUIZ_RECORD_SNAPSHOTS=1` writes the snapshots
/// instead of comparing them.
package enum Snapshot {
    /// What comparing a text with its snapshot found.
    package enum Outcome: Equatable {
        case matched
        /// The snapshot was missing (or re-recording was asked for) and has been written.
        case recorded(path: String)
        /// The texts differ: what to show, with the diff.
        case differs(message: String)
    }

    /// Whether `DLQUIZ_RECORD_SNAPSHOTS=1` asks to re-record every snapshot.
    package static var isRecording: Bool {
        ProcessInfo.processInfo.environment["DLQUIZ_RECORD_SNAPSHOTS"] == "1"
    }

    /// The most diff lines a failure message shows; the `.actual` file holds everything.
    static let shownDiffLines = 120

    /// Compares `text` with the file at `url`, writing or removing `<url>.actual` to match.
    package static func compare(_ text: String, with url: URL, record: Bool = isRecording) -> Outcome {
        let actualURL = url.appendingPathExtension("actual")
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(text.utf8).write(to: url)
            try? FileManager.default.removeItem(at: actualURL)
            return .recorded(path: url.path)
        }
        guard expected != text else {
            try? FileManager.default.removeItem(at: actualURL)
            return .matched
        }
        let saved = (try? Data(text.utf8).write(to: actualURL)) != nil
        let folder = url.deletingLastPathComponent().lastPathComponent
        let diff = LineDiff(expected: expected, actual: text)
            .unified(
                expectedName: "\(folder)/\(url.lastPathComponent)",
                actualName: "\(folder)/\(actualURL.lastPathComponent)")
        var lines = diff.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        if lines.count > shownDiffLines {
            let hidden = lines.count - shownDiffLines
            lines = lines.prefix(shownDiffLines) + ["… \(hidden) more line\(hidden == 1 ? "" : "s") of the diff"]
        }
        let name = url.deletingPathExtension().lastPathComponent
        let whereActual = saved ? "the actual output is in \(actualURL.path)" : "the actual output could not be saved"
        return .differs(
            message: """
                Snapshot '\(name)' differs (- expected, + actual); \(whereActual).
                \(lines.joined(separator: "\n"))
                If the change is intended, re-record with DLQUIZ_RECORD_SNAPSHOTS=1 swift test (and read the new file).
                """)
    }
}

// A static build of the product (`swift build -c release -Xswiftc -static-executable`) compiles this target too, and
// the static toolchain has no Testing module: what needs Testing is left out there.
#if canImport(Testing)
    import Testing

    /// Compares text with `<folder>/<name>.txt`, recording an issue with the diff when they differ; writes the file when
    /// it is missing (an issue too, to read it) or when `DLQUIZ_RECORD_SNAPSHOTS=1`.
    package func expectSnapshot(
        _ text: String, named name: String, in folder: URL, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        switch Snapshot.compare(text, with: folder.appendingPathComponent("\(name).txt")) {
        case .matched:
            break
        case .recorded(let path):
            if !Snapshot.isRecording {
                Issue.record(
                    "Recorded a new snapshot at \(path); check it and run the tests again.",
                    sourceLocation: sourceLocation)
            }
        case .differs(let message):
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }
#endif
