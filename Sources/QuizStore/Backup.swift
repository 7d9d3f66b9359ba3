import FoundationEssentials
import QuizKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Backups beside a file, as `progress reset` and every forced replacement keep them:
/// `<file>.backup-<yyyyMMddTHHmmssZ>`, then `-2`, `-3`, … for more in the same second.
///
/// A backup's name is reserved atomically, by the call that makes it: `link(2)` fails when the name is taken, and
/// the fallback for file systems without hard links creates it with `O_EXCL`. So two resets at the same moment each
/// keep their own backup, and no backup is ever replaced by another.
package enum Backup {
    /// How many names are tried in one second before giving up.
    static let maximumSuffix = 10_000

    /// The backup name of `file` at `time`, with `suffix` from 2 on.
    static func name(for file: String, at time: Date, suffix: Int) -> String {
        let stamp = String(Timestamp.string(from: time).filter { $0 != ":" && $0 != "-" })
        return file + ".backup-" + stamp + (suffix > 1 ? "-\(suffix)" : "")
    }

    /// Gives the file at `file` a second name, a new backup name, so that it can then be replaced (or removed) while
    /// its contents stay; returns the backup's path. Without hard links, the bytes are copied into a new file.
    ///
    /// - Throws: `StoreError` with operation `.backUp(to:)` naming the backup, when it cannot be made.
    static func keepCopy(of file: String, at time: Date) throws(StoreError) -> String {
        for suffix in 1...maximumSuffix {
            let candidate = name(for: file, at: time, suffix: suffix)
            if retryingInterrupts({ link(file, candidate) }) == 0 { return candidate }
            let code = errno
            if code == EEXIST { continue }
            guard Self.lacksHardLinks(code) else {
                throw StoreError(.backUp(to: candidate), path: file, cause: .system(errno: code))
            }
            guard let copied = try copyExclusively(file, to: candidate) else { continue }
            return copied
        }
        throw StoreError(
            .write, path: file,
            cause: .namesTaken(baseName: name(for: file, at: time, suffix: 1), lastSuffix: maximumSuffix))
    }

    /// Moves the file at `file` to a new backup name; returns the backup's path. The name is reserved with the move
    /// itself (`link`, then the old name removed), so no other backup is ever replaced.
    ///
    /// - Throws: `StoreError` with operation `.backUp(to:)` naming the backup, when it cannot be made.
    static func moveAside(_ file: String, at time: Date) throws(StoreError) -> String {
        for suffix in 1...maximumSuffix {
            let candidate = name(for: file, at: time, suffix: suffix)
            if retryingInterrupts({ link(file, candidate) }) == 0 {
                guard retryingInterrupts({ unlink(file) }) == 0 else {
                    let code = errno
                    unlink(candidate)
                    throw StoreError(.backUp(to: candidate), path: file, cause: .system(errno: code))
                }
                return candidate
            }
            let code = errno
            if code == EEXIST { continue }
            guard Self.lacksHardLinks(code) else {
                throw StoreError(.backUp(to: candidate), path: file, cause: .system(errno: code))
            }
            // No hard links here: claim the name with an empty file, then move the file over that claim.
            let claim = retryingInterrupts { open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600) }
            if claim < 0 {
                if errno == EEXIST { continue }
                throw StoreError(.backUp(to: candidate), path: file, cause: .system(errno: errno))
            }
            close(claim)
            guard retryingInterrupts({ rename(file, candidate) }) == 0 else {
                let failure = errno
                unlink(candidate)
                throw StoreError(.backUp(to: candidate), path: file, cause: .system(errno: failure))
            }
            return candidate
        }
        throw StoreError(
            .write, path: file,
            cause: .namesTaken(baseName: name(for: file, at: time, suffix: 1), lastSuffix: maximumSuffix))
    }

    /// Whether `link` failed because the file system has no hard links (FAT, some network and FUSE file systems).
    private static func lacksHardLinks(_ code: Int32) -> Bool {
        code == EPERM || code == EOPNOTSUPP || code == ENOTSUP || code == EMLINK || code == ENOSYS
    }

    /// Copies `file` into `candidate`, created with `O_EXCL` (nil when the name is taken), flushed to disk.
    private static func copyExclusively(_ file: String, to candidate: String) throws(StoreError) -> String? {
        let source = try PathRule.openForReading(file)
        defer { close(source) }
        var info = stat()
        _ = fstat(source, &info)
        let target = retryingInterrupts { open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600) }
        if target < 0 {
            if errno == EEXIST { return nil }
            throw StoreError(.backUp(to: candidate), path: file, cause: .system(errno: errno))
        }
        do {
            defer { close(target) }
            _ = fchmod(target, info.st_mode & 0o7777)
            try FileIO.copy(from: source, path: file, to: target, targetPath: candidate)
            try FileIO.sync(target, path: candidate)
        } catch {
            unlink(candidate)
            throw error
        }
        return candidate
    }

    // MARK: Finding backups

    /// The backups beside `file`, newest first (by time stamp, then number).
    package static func backups(of file: String) -> [String] {
        let folder = AtomicFile.parentFolder(of: file)
        let prefix = String(file.split(separator: "/").last ?? "") + ".backup-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        let found = names.filter { $0.hasPrefix(prefix) && !$0.hasSuffix(".tmp") }.map { name in
            (name: name, order: order(name.dropFirst(prefix.count)))
        }
        return found.sorted { $0.order > $1.order }.map { entry in
            folder == "." && !file.hasPrefix("./")
                ? entry.name : (folder.hasSuffix("/") ? folder : folder + "/") + entry.name
        }
    }

    /// The newest backup beside `file`, or nil.
    package static func newest(of file: String) -> String? {
        backups(of: file).first
    }

    /// `20261123T090000Z-2` as its time stamp and number, so that `-10` sorts after `-9`.
    private static func order(_ suffix: Substring) -> (String, Int) {
        let parts = suffix.split(separator: "-", maxSplits: 1)
        return (String(parts.first ?? ""), parts.count > 1 ? Int(parts[1]) ?? 1 : 1)
    }
}
