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
    /// `line 12: reason`, in English.
    public var description: String { words.english }

    /// `line 12: reason` (`12 行目: …`) in the language of `strings`.
    func text(_ strings: UIStrings) -> String {
        strings.isJapanese ? words.japanese : words.english
    }

    /// Why the line was skipped, as an English clause (the `reason` of `progress --json`).
    var reason: String { reasonWords.english }

    private var words: Bilingual {
        Bilingual("line \(line): \(reasonWords.english)", "\(line) 行目: \(reasonWords.japanese)")
    }

    private var reasonWords: Bilingual {
        let clause = switch cause {
        case .malformed(let flaw): flaw.words
        case .unknownFormatVersion(let version):
            Bilingual(
                "format version \(version) is not one this dlquiz reads (written by a newer version?)",
                "形式バージョン \(version) はこの dlquiz では読めません（新しいバージョンが書いたものかもしれません）")
        case .tooLong(let limit):
            Bilingual(
                "the line is longer than \(StoreError.size(limit)), far more than a record; it was skipped unread",
                "行が \(StoreError.size(limit)) を超えていて、記録としては長すぎるため、読まずに飛ばしました")
        }
        guard isIncompleteLastLine else { return clause }
        return Bilingual(
            "the last line is incomplete (an interrupted write?): " + clause.english,
            "最後の行が途中で切れています（書き込みが中断されたのかもしれません）: " + clause.japanese)
    }
}

extension ProgressProblem.Flaw {
    /// What is wrong with the line, as a clause.
    var words: Bilingual {
        switch self {
        case .notAnObject: Bilingual("not a JSON object", "JSON のオブジェクトではありません")
        case .expectedKey: Bilingual("expected a key in double quotes", "二重引用符で囲んだキーが必要です")
        case .expectedColon: Bilingual("expected ':' after a key", "キーの後に ':' が必要です")
        case .expectedCommaOrBrace: Bilingual("expected ',' or '}'", "',' か '}' が必要です")
        case .textAfterRecord: Bilingual("unexpected text after the record", "記録の後に余分なテキストがあります")
        case .nestedTooDeeply: Bilingual("nested too deeply", "入れ子が深すぎます")
        case .endsInRecord: Bilingual("the line ends in the middle of a record", "記録の途中で行が終わっています")
        case .endsInString: Bilingual("the line ends inside a string", "文字列の途中で行が終わっています")
        case .endsWhereValue: Bilingual("the line ends where a value should be", "値があるべきところで行が終わっています")
        case .malformedValue: Bilingual("malformed value", "値の形が正しくありません")
        case .unknownRecordType: Bilingual("unknown record type", "不明な記録の種類です")
        case .impossibleTime:
            Bilingual(
                "\"time\" is not a possible ISO 8601 time such as 2026-11-23T09:05:00Z (a real date, a UTC offset from -12:00 to +14:00, a year from 1970 to 2199)",
                "\"time\" が 2026-11-23T09:05:00Z のような有効な ISO 8601 の時刻ではありません（実在する日付、-12:00〜+14:00 の UTC との時差、1970〜2199 年）")
        case .missingVersion: Bilingual("the format version \"v\" is missing", "形式バージョン \"v\" がありません")
        case .tooManyModes:
            Bilingual("\"mode\" has more than 254 different values", "\"mode\" の値が 254 種類を超えています")
        case .unexpectedEscape(nil):
            Bilingual("a key has an unexpected escape or control character", "キーに予期しないエスケープか制御文字があります")
        case .unexpectedEscape(let name?):
            Bilingual(
                "\"\(name)\" has an unexpected escape or control character", "\"\(name)\" に予期しないエスケープか制御文字があります")
        case .endsInside(nil): Bilingual("the line ends inside a key", "キーの途中で行が終わっています")
        case .endsInside(let name?): Bilingual("the line ends inside \"\(name)\"", "\"\(name)\" の途中で行が終わっています")
        case .notAString(let name): Bilingual("\"\(name)\" must be a string", "\"\(name)\" は文字列でなければなりません")
        case .notABoolean(let name):
            Bilingual("\"\(name)\" must be true or false", "\"\(name)\" は true か false でなければなりません")
        case .notAWholeNumber(let name):
            Bilingual("\"\(name)\" must be a whole number", "\"\(name)\" は整数でなければなりません")
        case .tooLarge(let name): Bilingual("\"\(name)\" is too large", "\"\(name)\" が大きすぎます")
        case .empty(let name): Bilingual("\"\(name)\" is empty", "\"\(name)\" が空です")
        case .controlCharacter(let name):
            Bilingual("\"\(name)\" contains a control character", "\"\(name)\" に制御文字が含まれています")
        case .invalidString(let name):
            Bilingual("\"\(name)\" is not a valid string", "\"\(name)\" は有効な文字列ではありません")
        case .missing(let name): Bilingual("\"\(name)\" is missing", "\"\(name)\" がありません")
        case .missingOrOutside(let name, let range):
            Bilingual(
                "\"\(name)\" is missing or not \(range.lowerBound) to \(range.upperBound)",
                "\"\(name)\" がないか、\(range.lowerBound)〜\(range.upperBound) ではありません")
        case .missingOrNotPositive(let name):
            Bilingual(
                "\"\(name)\" is missing or not a positive whole number", "\"\(name)\" がないか、正の整数ではありません")
        case .coveredNotAnArray:
            Bilingual("\"covered\" must be an array of numbers", "\"covered\" は数値の配列でなければなりません")
        case .coveredOutside(let range):
            Bilingual(
                "\"covered\" has a point number outside \(range.lowerBound) to \(range.upperBound)",
                "\"covered\" に \(range.lowerBound)〜\(range.upperBound) の範囲外のポイント番号があります")
        case .coveredAboveTotal:
            Bilingual(
                "\"covered\" is missing or names a point above \"total\"",
                "\"covered\" がないか、\"total\" を超えるポイントを挙げています")
        case .coveredMoreThanTotal:
            Bilingual("\"covered\" lists more points than \"total\"", "\"covered\" が \"total\" より多くのポイントを挙げています")
        }
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
