import FoundationEssentials
import QuizKit
import QuizStore

/// `--force`: the one rule for a file a command writes (`convert`'s output, `sheet -o`, `export -o`, `new`) that
/// already exists. Without it the file is refused (`StoreError.alreadyExists`, whose advice names `--force`) and
/// nothing is written; with it the file is replaced atomically and its old contents kept beside it as
/// `<file>.backup-<time>`, as `progress reset` keeps the progress file. Writing onto one of the command's own inputs
/// is refused either way.
struct ReplaceOptions: ParsableArguments, Sendable {
    @Flag(
        help:
            "Replace the file to write if it exists, keeping the old one beside it as a backup (<file>.backup-<time>).",
        ja: "書き出すファイルがすでにあれば置き換えます。元のファイルはバックアップ（<file>.backup-<時刻>）として隣に残します。")
    var force = false

    /// What a write at `time` may do to a file that already has the name.
    func existing(at time: Date) -> PathRule.Existing {
        force ? .replaceKeepingBackup(at: time) : .refuse
    }
}

/// Where a command's document goes: standard output, or a file that is replaced atomically.
enum DocumentDestination {
    /// Printed on standard output.
    case standardOutput
    /// Written to this file with `AtomicFile`.
    case file(String)

    /// `--output FILE`, where `-`, `/dev/stdout` and `/dev/fd/1` (or no option) mean standard output, so their writes
    /// are checked like any other output's. Any other path goes to `AtomicFile`, which follows a symbolic link and
    /// refuses a folder, a device, a FIFO or an input of the command (`PathRule`).
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

    /// Renders the document, then writes it; returns the backup that keeps a file it replaced.
    ///
    /// The whole document is rendered before anything is opened, so a render that fails leaves an existing file
    /// exactly as it was. A file is never one of `inputs`, and an existing one is handled as `existing` says.
    @discardableResult
    func deliver(
        to output: any TextSink, inputs: [String] = [], existing: PathRule.Existing = .replace,
        _ render: () throws -> String
    ) throws -> String? {
        let document = try render()
        switch self {
        case .standardOutput:
            output.write(verbatim: document)
            return nil
        case .file(let path):
            return try AtomicFile.write(document, to: path, existing: existing, inputs: inputs).backup
        }
    }
}
