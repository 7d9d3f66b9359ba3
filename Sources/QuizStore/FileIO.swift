import BundledDecks
import QuizKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// MARK: - Interrupted system calls

/// Runs a system call again for as long as it fails with `EINTR` (a signal such as Ctrl-C arrived while it waited),
/// and returns its first other result. Every `open`, `read`, `write`, `fsync`, `rename`, `flock` and `ftruncate` in
/// QuizStore goes through it; `close` does not (on Linux a `close` that reports `EINTR` has already closed).
@inline(__always)
func retryingInterrupts<Result: FixedWidthInteger>(_ call: () -> Result) -> Result {
    while true {
        let result = call()
        if result == -1 && errno == EINTR { continue }
        return result
    }
}

// MARK: - The write calls

/// The two system calls that put bytes on disk, as values, so tests can make them fail the way a full disk or a
/// failing device does (a short write followed by `ENOSPC`, an `fsync` that reports `EIO`).
struct WriteCalls: Sendable {
    /// `write(2)`: the number of bytes written, or -1 with `errno` set.
    var write: @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int
    /// `fsync(2)`: 0, or -1 with `errno` set.
    var sync: @Sendable (_ descriptor: Int32) -> Int32

    /// The real system calls.
    static let system = WriteCalls(write: systemWrite, sync: systemSync)
}

private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

private func systemSync(_ descriptor: Int32) -> Int32 {
    fsync(descriptor)
}

/// The POSIX reads and writes the storage types share, with errors that name the file.
enum FileIO {
    /// The most a deck file may hold: 64 MiB, about a thousand times the bundled deck. Reading stops there, so
    /// `dlquiz validate /dev/zero` is refused at once instead of filling the memory.
    static let deckSizeLimit = 64 << 20

    /// The bytes of a file, or an error that names it. Reads with `read(2)`, so a pipe dlquiz was handed works too
    /// (`dlquiz export --format json | dlquiz validate /dev/stdin`). At most `limit` bytes are read. What may be read
    /// is `PathRule`'s: a folder, a device, a named pipe or a socket is refused before it is opened.
    ///
    /// - Throws: `StoreError` with operation `.read` and cause `.missing` (nothing at the path), `.isFolder`,
    ///   `.notRegularFile(kind)`, `.tooLarge(limit:)` when the file holds more than `limit` bytes, or
    ///   `.system(errno:)` when `stat`, opening or reading fails (with that call's own `errno`: a path under a file is
    ///   `ENOTDIR`, not "no such file").
    static func readAll(_ path: String, limit: Int = deckSizeLimit) throws(StoreError) -> [UInt8] {
        let descriptor = try PathRule.openForReading(path)
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .reading(path) }
        let isRegular = info.st_mode & S_IFMT == S_IFREG
        if isRegular && Int(info.st_size) > limit {
            throw StoreError(.read, path: path, cause: .tooLarge(limit: limit))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(isRegular ? max(0, min(limit, Int(info.st_size))) : 0)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = retryingInterrupts { read(descriptor, &chunk, chunk.count) }
            if count == 0 { return bytes }
            if count < 0 { throw .reading(path) }
            if bytes.count + count > limit { throw StoreError(.read, path: path, cause: .tooLarge(limit: limit)) }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Copies everything left on `source` to `target`, in chunks, and returns the last byte copied (nil for none);
    /// the paths name the files in errors.
    ///
    /// - Throws: `StoreError` with operation `.read` or `.write` and the failing call's `errno`.
    @discardableResult
    static func copy(from source: Int32, path: String, to target: Int32, targetPath: String) throws(StoreError)
        -> UInt8?
    {
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var last: UInt8?
        while true {
            let count = retryingInterrupts { read(source, &chunk, chunk.count) }
            if count == 0 { return last }
            if count < 0 { throw .reading(path) }
            try writeAll(Array(chunk[0..<count]), to: target, path: targetPath)
            last = chunk[count - 1]
        }
    }

    /// Writes every byte, retrying short and interrupted writes; `path` names the file in errors.
    ///
    /// - Throws: `StoreError` with operation `.write` and cause `.system(errno:)` from the failing `write`.
    static func writeAll(
        _ bytes: [UInt8], to descriptor: Int32, path: String, calls: WriteCalls = .system
    ) throws(StoreError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                retryingInterrupts { calls.write(descriptor, raw.baseAddress! + offset, raw.count - offset) }
            }
            if written < 0 { throw .writing(path) }
            // Nothing written and no error: the file can grow no more (as at a full disk).
            if written == 0 { throw StoreError(.write, path: path, cause: .system(errno: ENOSPC)) }
            offset += written
        }
    }

    /// Flushes a descriptor to disk.
    ///
    /// - Throws: `StoreError` with operation `.write` and cause `.system(errno:)` (`EIO` from a failing disk).
    static func sync(_ descriptor: Int32, path: String, calls: WriteCalls = .system) throws(StoreError) {
        guard retryingInterrupts({ calls.sync(descriptor) }) == 0 else { throw .writing(path) }
    }

    /// Takes an exclusive `flock` on a descriptor, waiting for it.
    ///
    /// - Throws: `StoreError` with operation `.write` and cause `.system(errno:)`.
    static func lockExclusively(_ descriptor: Int32, path: String) throws(StoreError) {
        guard retryingInterrupts({ flock(descriptor, LOCK_EX) }) == 0 else { throw .writing(path) }
    }

    // MARK: Symbolic links

    /// The path a chain of symbolic links ends at: `path` itself when it is not a link; a link's relative target is
    /// taken from the link's folder. The last target need not exist (a dangling link names the file to create).
    ///
    /// - Throws: `StoreError` with cause `.system(errno: ELOOP)` after 40 links, or the `errno` of a failing `lstat`
    ///   other than `ENOENT`.
    static func resolvingLinks(_ path: String, for operation: StoreError.Operation) throws(StoreError) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0 else {
                if errno == ENOENT { return current }
                throw StoreError(operation, path: path, cause: .system(errno: errno))
            }
            guard info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else { throw StoreError(operation, path: path, cause: .system(errno: errno)) }
            let target = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if target.hasPrefix("/") {
                current = target
            } else {
                let folder = AtomicFile.parentFolder(of: current)
                current = folder == "/" ? "/" + target : folder + "/" + target
            }
        }
        throw StoreError(operation, path: path, cause: .system(errno: ELOOP))
    }
}

// MARK: - Decks

/// Loads the deck a command works on: `--deck FILE`, else the bundled deep-learning deck.
package enum DeckSource {
    /// The deck at `path` (read whole with `FileIO.readAll`, so pipes work, and at most 64 MiB), or the bundled deck
    /// when `path` is nil; the bundled deck's source name is `deep-learning.json (bundled)`. The file is a Markdown
    /// deck when its name ends in `.md` or `.markdown`, JSON when it ends in `.json`, else as its first bytes say
    /// (`DeckFormat`).
    ///
    /// - Throws: `StoreError` (operation `.read`) when the file cannot be read or is larger than 64 MiB
    ///   (`.tooLarge(limit:)`); `QuizError.invalidDeck` when it is not a valid deck.
    package static func load(path: String?) throws -> Deck {
        guard let path else { return try bundled() }
        let bytes = try FileIO.readAll(path)
        return try DeckFormat.of(path: path, bytes: bytes).read(bytes: bytes, source: path)
    }

    /// The bundled deep-learning deck.
    package static func bundled() throws(QuizError) -> Deck {
        try DeckLoader.load(bytes: BundledDecks.deepLearning, source: bundledSource, isBuiltIn: true)
    }

    /// How messages name the bundled deck.
    static let bundledSource = "deep-learning.json (bundled)"

    /// The most a deck may hold, from a file or from standard input: 64 MiB.
    package static let sizeLimit = FileIO.deckSizeLimit
}
