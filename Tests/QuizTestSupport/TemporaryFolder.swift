import Foundation

/// A fresh folder under the system's temporary directory (`TMPDIR`, else `/tmp`), removed when the value is released.
package final class TemporaryFolder {
    package let url: URL

    package init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of a file in the folder.
    package func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// 2026-11-23T09:00:00Z, the fixed instant the tests' records, sessions and schedules are made at.
package let testStart = Date(timeIntervalSince1970: 1_795_424_400)
