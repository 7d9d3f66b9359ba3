import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the decks of a library came from, so that `dlquiz decks` can say when a copy is older than its source.
///
/// A deck added as a copy has a sidecar beside it, `.<file name>.source`, holding the absolute path of the file it
/// was copied from (one line, UTF-8); the library lists no hidden file, so the sidecar is never taken for a deck.
/// A deck added with `--link` is a symbolic link to its source, which is its own record. A file put in the folder
/// by hand has neither: its origin is unknown.
package struct DeckSources: Sendable {
    /// Where a library file came from.
    package struct Origin: Sendable, Equatable {
        /// The absolute path of the file it copies or links to.
        package var source: String
        /// Whether the library's file is a symbolic link to `source` (edits are seen) rather than a copy.
        package var isLink: Bool
    }

    /// The library whose files these are.
    package let library: DeckLibrary

    package init(library: DeckLibrary) {
        self.library = library
    }

    /// The sidecar that records the source of the copy `fileName`.
    func sidecar(of fileName: String) -> String {
        library.path(of: "." + fileName + ".source")
    }

    /// Where the library's `fileName` came from, or nil when that is not recorded.
    package func origin(of fileName: String) -> Origin? {
        let path = library.path(of: fileName)
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(path, &buffer, buffer.count - 1)
            guard length > 0 else { return nil }
            let target = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return Origin(
                source: target.hasPrefix("/") ? target : ProgressLocation.joined(library.folder, target), isLink: true)
        }
        guard let bytes = try? FileIO.readAll(sidecar(of: fileName), limit: 1 << 16) else { return nil }
        let source = String(decoding: bytes, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        return source.hasPrefix("/") ? Origin(source: source, isLink: false) : nil
    }

    /// Whether `fileName` is a copy whose source has changed since: the source was modified after the copy was
    /// made and holds other bytes. A link, a file of unknown origin or a source that is gone is never stale.
    package func isStale(_ fileName: String) -> Bool {
        guard let origin = origin(of: fileName), !origin.isLink else { return false }
        var copy = stat()
        var source = stat()
        guard stat(library.path(of: fileName), &copy) == 0, stat(origin.source, &source) == 0 else { return false }
        let copyTime = (Int64(copy.st_mtim.tv_sec), Int64(copy.st_mtim.tv_nsec))
        let sourceTime = (Int64(source.st_mtim.tv_sec), Int64(source.st_mtim.tv_nsec))
        guard sourceTime > copyTime else { return false }
        guard let now = try? FileIO.readAll(origin.source), let kept = try? FileIO.readAll(library.path(of: fileName))
        else { return false }
        return now != kept
    }

    /// Records `source` as the origin of the copy `fileName` (nil: forgets any).
    ///
    /// - Throws: `StoreError` when the sidecar cannot be written.
    func record(_ source: String?, for fileName: String) throws(StoreError) {
        guard let source else { return forget(fileName) }
        try AtomicFile.save(Array((source + "\n").utf8), to: sidecar(of: fileName), newFileMode: 0o600)
    }

    /// Removes the record of `fileName`'s origin.
    func forget(_ fileName: String) {
        unlink(sidecar(of: fileName))
    }

    /// Makes `fileName` a symbolic link to the absolute path `source`: created under a temporary name and renamed
    /// into place, so the name is never missing nor half made. The caller has moved aside any file of that name.
    ///
    /// - Throws: `StoreError` with operation `.write` when the link cannot be made.
    func makeLink(named fileName: String, to source: String) throws(StoreError) {
        let target = library.path(of: fileName)
        let temporary = library.path(
            of: "." + fileName + "." + String(UInt64.random(in: 0..<(1 << 40)), radix: 36) + ".tmp")
        guard symlink(source, temporary) == 0 else { throw StoreError.writing(target) }
        guard retryingInterrupts({ rename(temporary, target) }) == 0 else {
            let error = StoreError.writing(target)
            unlink(temporary)
            throw error
        }
        forget(fileName)
        AtomicFile.syncFolder(library.folder)
    }
}
