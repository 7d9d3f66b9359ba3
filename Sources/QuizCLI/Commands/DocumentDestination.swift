import QuizKit
import QuizStore
/// Where a command's document goes: standard output, or a file that is replaced atomically.
enum DocumentDestination {
    /// Printed on standard output.
    case standardOutput
    /// Written to this file with `AtomicFile`.
    case file(String)

    /// `--output FILE`, where `-`, `/dev/stdout` and `/dev/fd/1` (or no option) mean standard output, so their writes
    /// are checked like any other output's. Any other path goes to `AtomicFile`, which writes a device or FIFO
    /// through and follows a symbolic link (it never replaces either with a regular file).
    init(option: String?) {
        if let option, !option.isEmpty, !Self.standardOutputNames.contains(option) {
            self = .file(option)
        } else {
            self = .standardOutput
        }
    }

    /// The extension of a file name, lowercased and without its dot (`html` for `~/Sheet.HTML`), or nil.
    static func fileExtension(_ path: String?) -> String? {
        guard let name = path?.split(separator: "/").last, let dot = name.lastIndex(of: "."), dot != name.startIndex
        else { return nil }
        let suffix = name[name.index(after: dot)...].lowercased()
        return suffix.isEmpty ? nil : suffix
    }

    /// The `--output` values that mean standard output.
    static let standardOutputNames: Set<String> = ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"]

    /// Renders the document, then writes it.
    ///
    /// The whole document is rendered before anything is opened, so a render that fails leaves an existing file
    /// exactly as it was.
    func deliver(to output: any TextSink, _ render: () throws -> String) throws {
        let document = try render()
        switch self {
        case .standardOutput:
            output.write(verbatim: document)
        case .file(let path):
            try AtomicFile.write(document, to: path)
        }
    }
}
