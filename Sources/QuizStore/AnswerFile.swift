/// An answer written in a file, for `dlquiz grade --answer-file`: read by `PathRule` (a regular file or a pipe
/// dlquiz was handed, through links; never a folder, a device or a named pipe), and at most `sizeLimit` bytes.
package enum AnswerFile {
    /// The most an answer file may hold: 16 MiB, far beyond the 64 KiB of it that is read for suggestions.
    package static let sizeLimit = 16 << 20

    /// The file's bytes.
    ///
    /// - Throws: `StoreError` (operation `.read`): `.missing`, `.isFolder`, `.notRegularFile(kind)`,
    ///   `.tooLarge(limit:)` past `sizeLimit`, or `.system(errno:)`.
    package static func read(_ path: String) throws(StoreError) -> [UInt8] {
        try FileIO.readAll(path, limit: sizeLimit)
    }
}
