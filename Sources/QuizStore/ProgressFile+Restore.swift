import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Undoing a reset: a backup becomes the progress file again, and no answer saved since the reset is lost.
extension ProgressFile {
    /// The newest backup a reset left beside the file (beside the file its links end at), or nil.
    package var newestBackup: String? {
        guard let target = try? FileIO.resolvingLinks(path, for: .read) else { return nil }
        return Backup.newest(of: target)
    }

    /// What `restore` did.
    package enum Restored: Sendable, Equatable {
        /// There was no progress file: the backup was moved back into its place.
        case movedBack(backup: String, file: String)
        /// Answers were saved since the reset: the file now holds the backup's lines, then those; the backup is gone.
        case merged(backup: String, file: String)
    }

    /// Puts `backup` (by default the newest backup beside the file, `Backup.newest`) back as the progress file; nil
    /// when there is no backup.
    ///
    /// With no progress file, the backup is linked back into place (the name is taken atomically, so an answer saved
    /// at the same moment is merged instead of replaced). With one, the backup's lines and then the file's are
    /// written to a new file that replaces it atomically, while holding the lock appends take; the progress file's
    /// own links are followed, as for a reset.
    ///
    /// - Throws: `StoreError`: operation `.read` when the backup cannot be read (`.missing`, `.isFolder`,
    ///   `.notRegularFile`), `.write` when the progress file cannot be replaced (`PathRule`'s refusals, `ENOSPC`, …).
    package func restore(backup chosen: String? = nil) throws(StoreError) -> Restored? {
        let target = try FileIO.resolvingLinks(path, for: .write)
        guard let backup = chosen ?? Backup.newest(of: target) else { return nil }
        var info = stat()
        guard stat(backup, &info) == 0 else {
            throw StoreError(.read, path: backup, cause: errno == ENOENT ? .missing : .system(errno: errno))
        }
        try PathRule.checkReadable(info, path: backup)
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw StoreError(.read, path: backup, cause: .notRegularFile(.init(mode: info.st_mode)))
        }
        for _ in 0..<64 {
            if let moved = try moveBack(backup, to: target) { return moved }
            if let merged = try merge(backup, into: target) { return merged }
        }
        throw StoreError(.write, path: path, cause: .system(errno: EBUSY))
    }

    /// The backup linked (or, without hard links, renamed onto a claimed name) into the free place of `target`;
    /// nil when a file is there.
    private func moveBack(_ backup: String, to target: String) throws(StoreError) -> Restored? {
        if retryingInterrupts({ link(backup, target) }) == 0 {
            unlink(backup)
            AtomicFile.syncFolder(AtomicFile.parentFolder(of: target))
            return .movedBack(backup: backup, file: target)
        }
        switch errno {
        case EEXIST: return nil
        case EPERM, EOPNOTSUPP, EMLINK, ENOSYS:
            let claim = retryingInterrupts { open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600) }
            if claim < 0 {
                if errno == EEXIST { return nil }
                throw StoreError.writing(path)
            }
            close(claim)
            guard retryingInterrupts({ rename(backup, target) }) == 0 else {
                let error = StoreError.writing(path)
                unlink(target)
                throw error
            }
            return .movedBack(backup: backup, file: target)
        default:
            throw StoreError.writing(path)
        }
    }

    /// The backup's lines, then the progress file's, as the new progress file (under its lock); nil when the file
    /// changed or vanished while waiting for the lock.
    private func merge(_ backup: String, into target: String) throws(StoreError) -> Restored? {
        var info = stat()
        guard stat(target, &info) == 0 else { return nil }
        try PathRule.checkReplaceable(info, path: path, resolved: target)
        let current = retryingInterrupts { open(target, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK) }
        guard current >= 0 else {
            if errno == ENOENT { return nil }
            throw StoreError.writing(path)
        }
        defer { close(current) }
        try FileIO.lockExclusively(current, path: path)
        guard Self.isSameFile(current, as: target) else { return nil }
        let folder = AtomicFile.parentFolder(of: target)
        let (temporary, output) = try AtomicFile.createTemporaryFile(in: folder, for: path)
        defer {
            unlink(temporary)
            TemporaryFiles.forget(temporary)
        }
        do {
            defer { close(output) }
            let old = try PathRule.openForReading(backup)
            defer { close(old) }
            let last = try FileIO.copy(from: old, path: backup, to: output, targetPath: path)
            if let last, last != 0x0A { try FileIO.writeAll([0x0A], to: output, path: path) }
            try FileIO.copy(from: current, path: path, to: output, targetPath: path)
            try FileIO.sync(output, path: path)
            _ = fchmod(output, info.st_mode & 0o7777)
        }
        guard retryingInterrupts({ rename(temporary, target) }) == 0 else { throw StoreError.writing(path) }
        unlink(backup)
        AtomicFile.syncFolder(folder)
        return .merged(backup: backup, file: target)
    }
}
