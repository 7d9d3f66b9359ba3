import FoundationEssentials
import QuizKit

/// The user's own decks: the JSON and Markdown files in `$XDG_DATA_HOME/dlquiz/decks/` (only when that variable is
/// an absolute path), else `~/.local/share/dlquiz/decks/`, beside the bundled deck.
package struct DeckLibrary: Sendable {
    /// One deck file of the library: its name and, once read, its deck or why it cannot be used.
    package struct Entry: Sendable {
        /// The file's name in the folder, such as `my-deck.md`.
        package var fileName: String
        /// The file's path.
        package var path: String
        /// The deck, or the error that reading it threw (`StoreError` or `QuizError`).
        package var deck: Result<Deck, any Error>
    }

    /// What `add` did.
    package enum AddOutcome: Sendable, Equatable {
        /// Copied (or linked) in under this path.
        case added(path: String)
        /// Replaced the library's file at this path (same name or same deck id, with `force`).
        case replaced(path: String)
        /// The library already holds exactly these bytes under this path; nothing was written.
        case unchanged(path: String)
        /// Refused: another deck of the library has this file name or deck id; `force` replaces it.
        case conflict(path: String, sameID: Bool)
    }

    /// The folder (without a trailing `/`).
    package let folder: String

    /// The library of the given folder.
    package init(folder: String) {
        self.folder = folder
    }

    /// The library at its XDG place, from the environment.
    package init(environment: [String: String]) {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            folder = ProgressLocation.joined(data, "dlquiz/decks")
        } else {
            folder = ProgressLocation.joined(HomeFolder.path(environment: environment), ".local/share/dlquiz/decks")
        }
    }

    // MARK: Reading

    /// The deck files' names, sorted: visible files ending in `.json`, `.md` or `.markdown`. A missing folder holds
    /// none.
    package func fileNames() -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { !$0.hasPrefix(".") && DeckFormat(path: $0) != nil }.sorted()
    }

    /// The path of a file of the library.
    package func path(of fileName: String) -> String {
        ProgressLocation.joined(folder, fileName)
    }

    /// Every deck file, read; a file that cannot be used is listed with its error.
    package func entries() -> [Entry] {
        fileNames().map { name in
            let path = path(of: name)
            return Entry(fileName: name, path: path, deck: Result { try DeckSource.load(path: path) })
        }
    }

    /// The file that `name` selects: a file name (`my-deck.md`), a file name without its extension (`my-deck`),
    /// else the id of a deck in the library; nil when none does.
    package func entry(named name: String) -> Entry? {
        let names = fileNames()
        let byName = names.first { $0 == name } ?? names.first { Self.stem($0) == name }
        if let byName {
            let path = path(of: byName)
            return Entry(fileName: byName, path: path, deck: Result { try DeckSource.load(path: path) })
        }
        return entries().first { (try? $0.deck.get().id) == name }
    }

    /// A file name without its extension.
    package static func stem(_ fileName: String) -> String {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return fileName }
        return String(fileName[..<dot])
    }

    // MARK: Adding

    /// Puts a deck file, already read and checked as `deck`, into the library under its own file name: a copy of
    /// `bytes` (with `source`, the absolute path it was read from, recorded beside it: `DeckSources`), or with
    /// `link`, a symbolic link to `source`, so that edits to it are seen.
    ///
    /// Refuses (`.conflict`) when the library has a different file of that name, or another file whose deck has
    /// the same id, unless `force` or the file of that name is a copy of the same `source` (adding it again
    /// updates it); a file replaced, and the other file with the same id, are kept beside as backups
    /// (`<name>.backup-<time>`, which the library does not list): nothing is deleted.
    ///
    /// - Throws: `StoreError` when the folder cannot be created, the file written (`PathRule`'s refusals: a folder,
    ///   a device, a FIFO with the name), the link made or a backup made.
    package func add(
        bytes: [UInt8], deck: Deck, fileName: String, source: String? = nil, link: Bool = false, force: Bool,
        at time: Date
    ) throws(StoreError) -> AddOutcome {
        let target = path(of: fileName)
        let sources = DeckSources(library: self)
        let sameName = fileNames().contains(fileName)
        let current = sources.origin(of: fileName)
        // The same copy, or the same link, again: nothing to write (a copy made before sources were recorded
        // gets its record now).
        if sameName, !link, current?.isLink != true, (try? FileIO.readAll(target)) == bytes {
            if current?.source != source, source != nil { try sources.record(source, for: fileName) }
            return .unchanged(path: target)
        }
        if sameName, link, let source, current == DeckSources.Origin(source: source, isLink: true) {
            return .unchanged(path: target)
        }
        let sameID = entries().first { $0.fileName != fileName && (try? $0.deck.get().id) == deck.id }
        let updatesOwnCopy = sameName && source != nil && current?.source == source
        if !force {
            if let sameID { return .conflict(path: sameID.path, sameID: true) }
            if sameName && !updatesOwnCopy { return .conflict(path: target, sameID: false) }
        }
        try AtomicFile.createFolder(folder)
        if link, let source {
            if sameName { _ = try Backup.moveAside(target, at: time) }
            try sources.makeLink(named: fileName, to: source)
        } else {
            if sameName && current?.isLink == true { _ = try Backup.moveAside(target, at: time) }
            try AtomicFile.save(bytes, to: target, existing: sameName ? .replaceKeepingBackup(at: time) : .refuse)
            try sources.record(source, for: fileName)
        }
        if let sameID {
            _ = try Backup.moveAside(sameID.path, at: time)
            sources.forget(sameID.fileName)
            return .replaced(path: sameID.path)
        }
        return sameName ? .replaced(path: target) : .added(path: target)
    }
}

// MARK: - Reading any deck file

extension DeckSource {
    /// The bytes of a file, read whole (pipes such as `/dev/stdin` work too).
    ///
    /// - Throws: `StoreError` with operation `.read` when it cannot be read.
    package static func bytes(path: String) throws(StoreError) -> [UInt8] {
        try FileIO.readAll(path)
    }
}
