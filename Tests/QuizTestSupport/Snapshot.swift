// A static build of the product (`swift build -c release -Xswiftc -static-executable`) compiles this target too, and
// the static toolchain has no Testing module: what needs Testing is left out there.
#if canImport(Testing)
import Foundation
import Testing

/// Compares text with `<folder>/<name>.txt`; records the file when it is missing or `DLQUIZ_RECORD_SNAPSHOTS=1`.
package func expectSnapshot(
    _ text: String, named name: String, in folder: URL, sourceLocation: SourceLocation = #_sourceLocation
) {
    let url = folder.appendingPathComponent("\(name).txt")
    let record = ProcessInfo.processInfo.environment["DLQUIZ_RECORD_SNAPSHOTS"] == "1"
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: url)
        if !record {
            Issue.record("Recorded a new snapshot at \(url.path); check it and run the tests again.", sourceLocation: sourceLocation)
        }
        return
    }
    if expected != text {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
        let line = firstDifference?.offset ?? min(expectedLines.count, actualLines.count)
        Issue.record(
            """
            Snapshot '\(name)' differs at line \(line + 1):
              expected: \(line < expectedLines.count ? String(expectedLines[line]) : "<end>")
              actual:   \(line < actualLines.count ? String(actualLines[line]) : "<end>")
            Re-record with DLQUIZ_RECORD_SNAPSHOTS=1 swift test if the change is intended.
            """, sourceLocation: sourceLocation)
    }
}
#endif
