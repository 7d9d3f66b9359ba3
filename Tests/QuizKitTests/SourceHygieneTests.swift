import Foundation
import Testing

/// Rules about the product's sources that keep the binary small and fast to start.
@Suite struct SourceHygieneTests {
    private var sourcesURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
    }

    /// `import Foundation` links ICU and its data into the static binary (73 MB instead of 24 MB) and slows every
    /// start; the product uses FoundationEssentials only.
    @Test func productSourcesImportFoundationEssentialsOnly() throws {
        let files = try #require(FileManager.default.enumerator(at: sourcesURL, includingPropertiesForKeys: nil))
        var offenders: [String] = []
        for case let url as URL in files where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            if text.split(separator: "\n").contains(where: { $0 == "import Foundation" || $0.hasPrefix("import Foundation ") }) {
                offenders.append(url.lastPathComponent)
            }
        }
        #expect(offenders.isEmpty, "use FoundationEssentials in \(offenders)")
    }
}
