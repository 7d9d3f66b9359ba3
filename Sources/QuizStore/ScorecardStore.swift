import FoundationEssentials
import QuizKit

#if canImport(Glibc)
    import Glibc
#endif

/// The interviews folder: one scorecard per interview, as Markdown to read and share and JSON for dlquiz to read back.
///
/// A scorecard's files are named `<date>-<candidate>.md` and `.json` (`2026-11-23-jane-doe.md`), the candidate's
/// name reduced by `SafeFileName`; a name already taken gets `-2`, `-3`, … Every write is atomic (`AtomicFile`), so a
/// reader never sees half a scorecard and a crash leaves the previous version. Files are created with mode 0600 and
/// the folder with 0700: scorecards hold what was said about a person.
package struct ScorecardStore: Sendable {
    /// Where one scorecard's two files are.
    package struct Location: Sendable, Hashable {
        /// The Markdown file.
        package var markdownPath: String
        /// The JSON file beside it.
        var jsonPath: String
    }

    /// A scorecard read back, with the file it came from.
    package struct StoredScorecard: Sendable, Hashable {
        /// The scorecard.
        package var scorecard: Scorecard
        /// Its JSON file.
        package var path: String
    }

    /// A file in the folder that could not be read.
    package struct Problem: Sendable, Equatable {
        /// Why a file could not be read.
        package enum Cause: Sendable, Equatable {
            /// The file could not be read at all.
            case unreadable
            /// The file was read but is not a scorecard this version can use.
            case invalid(ScorecardReadError)
        }

        /// The file.
        package var path: String
        /// Why.
        package var cause: Cause
    }

    /// The folder.
    package let folder: String

    /// Creates a store for a folder; nothing is touched until it is used.
    package init(folder: String) {
        self.folder = folder
    }

    /// The file name without extension for an interview on `date` (`2026-11-23`) with `candidate`.
    package static func baseName(date: String, candidate: String) -> String {
        date + "-" + SafeFileName.slug(candidate)
    }

    /// Writes a new scorecard under the first free name from `baseName` (`-2`, `-3`, … when taken).
    ///
    /// - Throws: `StoreError` with operation `.write`: `.namesTaken` when every name up to `-10000` is taken, else as
    ///   `AtomicFile.save(_:to:newFileMode:)`.
    package func create(baseName: String, markdown: String, json: String) throws(StoreError) -> Location {
        try AtomicFile.createFolder(folder)
        for suffix in 1...Self.maximumSuffix {
            let name = suffix == 1 ? baseName : "\(baseName)-\(suffix)"
            let location = location(named: name)
            guard access(location.markdownPath, F_OK) != 0 else { continue }
            guard try AtomicFile.saveNew(Array(json.utf8), at: location.jsonPath) else { continue }
            do {
                guard try AtomicFile.saveNew(Array(markdown.utf8), at: location.markdownPath) else {
                    unlink(location.jsonPath)
                    continue
                }
            } catch {
                unlink(location.jsonPath)
                throw error
            }
            return location
        }
        throw StoreError(.write, path: folder, cause: .namesTaken(baseName: baseName, lastSuffix: Self.maximumSuffix))
    }

    /// The largest scorecard file read back: 16 MiB (one is a few kilobytes).
    static let sizeLimit = 16 << 20

    /// How many interviews with the same candidate on the same day get a name of their own.
    static let maximumSuffix = 10_000

    /// Replaces both files of a scorecard written before, JSON first.
    ///
    /// - Throws: `StoreError`, as `AtomicFile.save(_:to:newFileMode:)`.
    package func replace(at location: Location, markdown: String, json: String) throws(StoreError) {
        try AtomicFile.save(Array(json.utf8), to: location.jsonPath)
        try AtomicFile.save(Array(markdown.utf8), to: location.markdownPath)
    }

    /// Every scorecard in the folder, oldest first, and the JSON files that could not be read.
    ///
    /// A missing folder holds none. Empty files are skipped without a word: they are names just claimed by an
    /// interview that is being written.
    package func load() -> (scorecards: [StoredScorecard], problems: [Problem]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return ([], []) }
        var scorecards: [StoredScorecard] = []
        var problems: [Problem] = []
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            guard let data = try? FileIO.readAll(path, limit: Self.sizeLimit) else {
                problems.append(Problem(path: path, cause: .unreadable))
                continue
            }
            if data.isEmpty { continue }
            do {
                scorecards.append(StoredScorecard(scorecard: try Scorecard(jsonBytes: data), path: path))
            } catch {
                problems.append(Problem(path: path, cause: .invalid(error)))
            }
        }
        scorecards.sort { ($0.scorecard.started, $0.path) < ($1.scorecard.started, $1.path) }
        return (scorecards, problems)
    }

    private func location(named name: String) -> Location {
        let stem = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        return Location(markdownPath: stem + ".md", jsonPath: stem + ".json")
    }
}
