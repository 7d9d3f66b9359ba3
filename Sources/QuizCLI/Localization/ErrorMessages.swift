#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import QuizKit
import QuizStore

// The words for the errors the domain and the store report as data. Each message is shown after `Error: `.

// MARK: - Domain errors

extension QuizError {
    /// The message shown after `Error: `, naming the fix, in English.
    var message: String { message(in: "en") }

    /// The message shown after `Error: ` in `language` (`ja`, else English), naming the fix.
    func message(in language: String) -> String {
        words.text(in: language)
    }

    private var words: Bilingual {
        switch self {
        case .invalidDeck(let source, let diagnostics, let total):
            var english = ["The deck '\(source)' cannot be used: it has \(total == 1 ? "a problem" : "\(total) problems")."]
            var japanese = ["デッキ '\(source)' は使えません: 問題が \(total) 件あります。"]
            for diagnostic in diagnostics {
                english.append("  \(source):\(diagnostic.text(in: "en"))")
                japanese.append("  \(source):\(diagnostic.text(in: "ja"))")
            }
            if total > diagnostics.count {
                english.append("  … and \(total - diagnostics.count) more.")
                japanese.append("  …ほかに \(total - diagnostics.count) 件あります。")
            }
            english.append("Fix the file and try again; 'dlquiz validate \(source)' checks it without starting a quiz.")
            japanese.append("ファイルを直してもう一度実行してください。'dlquiz validate \(source)' で、クイズを始めずに確認できます。")
            return Bilingual(english.joined(separator: "\n"), japanese.joined(separator: "\n"))
        case .unknownQuestion(let id, let suggestions):
            let quoted = suggestions.map { "'\($0)'" }
            return Bilingual(
                "No question has the id '\(id)'."
                    + (quoted.isEmpty ? "" : " Did you mean " + quoted.joined(separator: " or ") + "?")
                    + " 'dlquiz list' shows every id.",
                "id が '\(id)' の問題はありません。"
                    + (quoted.isEmpty ? "" : quoted.joined(separator: " か ") + " のことですか？")
                    + "'dlquiz list' ですべての id を確認できます。")
        case .unknownTopic(let topic, let suggestions, let available):
            return Bilingual(
                "No question has the topic '\(topic)'."
                    + (suggestions.first.map { " Did you mean '\($0)'?" } ?? "")
                    + " The topics are: " + available.joined(separator: ", ") + ".",
                "トピックが '\(topic)' の問題はありません。"
                    + (suggestions.first.map { "'\($0)' のことですか？" } ?? "")
                    + "トピック: " + available.joined(separator: ", ") + "。")
        case .languageNotInDeck(let language, let deckLanguages):
            return Bilingual(
                "The deck has no '\(language)' text; its languages are: " + deckLanguages.joined(separator: ", ")
                    + ". Choose one of them with --lang.",
                "デッキに '\(language)' のテキストはありません。デッキの言語: " + deckLanguages.joined(separator: ", ")
                    + "。--lang でそのどれかを選んでください。")
        case .noMatchingQuestions(let filters):
            return Bilingual(
                "No question matches \(filters). Loosen the filters; 'dlquiz list' shows what the deck has.",
                "\(filters) に合う問題はありません。条件をゆるめてください。'dlquiz list' でデッキの中身を確認できます。")
        }
    }
}

// MARK: - Files the domain reads

extension ScorecardReadError {
    /// Why a scorecard file cannot be used, as a clause.
    var reason: String {
        switch self {
        case .notAScorecard: "it is not a dlquiz scorecard"
        case .unknownFormatVersion: "it has an unknown format version; a newer dlquiz may have written it"
        case .malformed(let reason): reason
        case .invalidJSON(let location, let problem):
            "it is not valid JSON: line \(location.line), column \(location.column): \(problem)"
        }
    }
}

extension ScorecardStore.Problem {
    /// Why the file was skipped, as a clause.
    var reason: String {
        switch cause {
        case .unreadable: "it cannot be read"
        case .invalid(let error): error.reason
        }
    }
}

extension ProgressProblem: CustomStringConvertible {
    /// `line 12: reason`.
    public var description: String { "line \(line): \(reason)" }

    /// Why the line was skipped, as a clause.
    var reason: String {
        let clause = switch cause {
        case .malformed(let clause): clause
        case .unknownFormatVersion(let version):
            "format version \(version) is not one this dlquiz reads (written by a newer version?)"
        case .tooLong(let limit):
            "the line is longer than \(StoreError.size(limit)), far more than a record; it was skipped unread"
        }
        return isIncompleteLastLine ? "the last line is incomplete (an interrupted write?): " + clause : clause
    }
}

// MARK: - Store errors

extension StoreError {
    /// The message shown after `Error: `: what was being done to which path, what happened, and the fix for that.
    var message: String {
        switch operation {
        case .read: "Cannot read '\(path)': \(reason). \(advice)"
        case .write: "Cannot write '\(path)': \(reason). \(advice)"
        }
    }

    /// Why it failed, as a lowercase clause ("the disk is full", "it is a folder, not a file").
    var reason: String {
        switch cause {
        case .system(let code): Self.describe(errno: code)
        case .missing: "no such file"
        case .isFolder: "it is a folder, not a file"
        case .isFile: "it is a file, not a folder"
        case .folderNotCreated(let code): "the folder cannot be created (\(Self.describe(errno: code)))"
        case .noTemporaryName: "no free name for a temporary file"
        case .namesTaken(let baseName, let lastSuffix):
            "every name from '\(baseName)' to '\(baseName)-\(lastSuffix)' is taken"
        case .tooLarge(let limit): "it holds more than \(Self.size(limit)), far more than any deck"
        case .lineTooLong(let line, let limit):
            "line \(line) runs on for more than \(Self.size(limit)) without a line break, so it is not a progress file"
        case .notRegularFile(let kind): "it is \(Self.describe(kind)), not a regular file"
        }
    }

    /// The fix for what happened, as a sentence.
    var advice: String {
        switch cause {
        case .system(let code), .folderNotCreated(let code):
            return Self.advice(errno: code, operation: operation)
        case .missing: return "Check the path and its permissions."
        case .isFolder: return "Give the path of a file, not of a folder."
        case .isFile: return "Move the file out of the way, or choose another path."
        case .noTemporaryName: return "Remove old '.*.tmp' files from the folder and try again."
        case .namesTaken: return "Move older scorecards out of the folder."
        case .tooLarge: return "Check the path: a deck is a JSON file of at most that size."
        case .lineTooLong: return "Check the path given with --progress or DLQUIZ_PROGRESS."
        case .notRegularFile:
            return operation == .write
                ? "Choose a regular file (or a symbolic link to one)." : "Choose a regular file."
        }
    }

    /// The fix for a system call's `errno`.
    static func advice(errno code: Int32, operation: Operation) -> String {
        switch code {
        case ENOSPC, EDQUOT: "Free some space on the disk and try again."
        case EROFS: "Choose a file on a disk that can be written to."
        case EACCES, EPERM:
            operation == .write ? "Check the permissions of the file and of its folder." : "Check the file's permissions."
        case EISDIR: "Give the path of a file, not of a folder."
        case ENOENT:
            operation == .write ? "Create the folder first, or choose another path." : "Check the path."
        case ENOTDIR: "A part of the path is a file, not a folder: check the path."
        case EIO: "The disk reported an error: check the disk (and 'dmesg'), then try again."
        case EFBIG: "The file has reached the largest size allowed here ('ulimit -f')."
        case ELOOP: "Check the symbolic links on the path: they go round in a circle or too deep."
        case ENAMETOOLONG: "Choose a shorter path."
        case EINVAL: "The file does not support this (a device or a special file?): choose a regular file."
        default:
            operation == .write ? "Check that the folder exists and is writable." : "Check the path and its permissions."
        }
    }

    /// The system's text for an `errno`, lowercased; `ENOSPC` is "the disk is full".
    static func describe(errno code: Int32) -> String {
        switch code {
        case ENOSPC: "the disk is full"
        case EROFS: "the file system is read-only"
        case ENOTDIR: "a part of the path is not a folder"
        default: String(cString: strerror(code)).lowercased()
        }
    }

    static func describe(_ kind: FileKind) -> String {
        switch kind {
        case .characterDevice: "a character device"
        case .blockDevice: "a block device"
        case .fifo: "a named pipe (FIFO)"
        case .socket: "a socket"
        case .kernelFile: "a file the kernel makes up (in /proc or /sys)"
        case .other: "something else"
        }
    }

    /// A byte count in whole MiB or KiB ("64 MiB").
    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB"
            : bytes >= 1 << 10 && bytes % (1 << 10) == 0 ? "\(bytes >> 10) KiB" : "\(bytes) bytes"
    }
}
