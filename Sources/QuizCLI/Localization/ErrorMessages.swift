import QuizKit
import QuizStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// The words for the errors the domain and the store report as data. Each message is shown after `Error: `.

// MARK: - Domain errors

extension QuizError {
    /// The message shown after `Error: `, naming the fix, in English.
    var message: String { message(in: "en") }

    /// The message shown after `Error: ` in `language` (`ja`, else English), naming the fix.
    func message(in language: String) -> String {
        words.text(in: language)
    }

    /// The filters in words: "topic 'data' and difficulty 3", "--only weak (a last score below 70%)".
    static func words(_ filter: QuestionFilter, focus: StudyFocus?) -> Bilingual {
        var english: [String] = []
        var japanese: [String] = []
        let topics = filter.topics.map { "'\($0)'" }
        let difficulties = filter.difficulties.sorted().map(String.init)
        if !topics.isEmpty {
            english.append((topics.count == 1 ? "topic " : "topics ") + topics.joined(separator: ", "))
            japanese.append("トピック " + topics.joined(separator: "、"))
        }
        if !filter.ids.isEmpty {
            english.append("ids " + filter.ids.joined(separator: ","))
            japanese.append("id " + filter.ids.joined(separator: ","))
        }
        if !difficulties.isEmpty {
            english.append(
                (difficulties.count == 1 ? "difficulty " : "difficulties ") + difficulties.joined(separator: ", "))
            japanese.append("難易度 " + difficulties.joined(separator: "、"))
        }
        guard let focus else {
            return english.isEmpty
                ? Bilingual("the deck", "デッキ")
                : Bilingual(english.joined(separator: " and "), japanese.joined(separator: "・") + " ")
        }
        let only =
            switch focus {
            case .weak: Bilingual("--only weak (a last score below 70%)", "--only weak（直近の得点が 70% 未満）")
            case .unseen: Bilingual("--only unseen (never answered)", "--only unseen（未回答）")
            }
        return english.isEmpty
            ? only
            : Bilingual(
                english.joined(separator: " and ") + " and " + only.english,
                japanese.joined(separator: "・") + "・" + only.japanese)
    }

    private var words: Bilingual { words(checkCommand: nil) }

    /// The message in both languages; for a deck that cannot be used, the last line advises `checkCommand` (the
    /// command that reads the file in the format it was read in), else `dlquiz validate FILE`.
    func words(checkCommand: String?) -> Bilingual {
        switch self {
        case .invalidDeck(let given, let diagnostics, let total):
            // The file name is untrusted text: shown, never sent raw.
            let source = UntrustedText.echoed(given, limit: 400)
            var english = [
                "The deck '\(source)' cannot be used: it has \(total == 1 ? "a problem" : "\(total) problems")."
            ]
            var japanese = ["デッキ '\(source)' は使えません: 問題が \(total) 件あります。"]
            for diagnostic in diagnostics {
                english.append("  \(source):\(diagnostic.text(in: "en"))")
                japanese.append("  \(source):\(diagnostic.text(in: "ja"))")
            }
            if total > diagnostics.count {
                english.append("  … and \(total - diagnostics.count) more.")
                japanese.append("  …ほかに \(total - diagnostics.count) 件あります。")
            }
            if let checkCommand {
                let command = UntrustedText.echoed(checkCommand, limit: 600)
                // The command last and unquoted: the file's name in it may carry the shell's own quotes.
                english.append("Fix the file and try again; this checks it without writing anything: \(command)")
                japanese.append("ファイルを直してもう一度実行してください。次のコマンドで、何も書き出さずに確認できます: \(command)")
            } else {
                let command = "dlquiz validate " + UntrustedText.echoed(ShellQuoting.quoted(given), limit: 400)
                english.append("Fix the file and try again; '\(command)' checks it without starting a quiz.")
                japanese.append("ファイルを直してもう一度実行してください。'\(command)' で、クイズを始めずに確認できます。")
            }
            return Bilingual(english.joined(separator: "\n"), japanese.joined(separator: "\n"))
        case .unknownQuestion(let given, let suggestions):
            let id = UntrustedText.echoed(given)
            let quoted = suggestions.map { "'\(UntrustedText.echoed($0))'" }
            var hint = Bilingual("", "")
            if Deck.suggestionsMention(given, suggestions) {
                hint = Bilingual(
                    " Questions that mention it: " + quoted.joined(separator: ", ") + ".",
                    "この語に触れている質問: " + quoted.joined(separator: "、") + "。")
            } else if !quoted.isEmpty {
                hint = Bilingual(
                    " Did you mean " + quoted.joined(separator: " or ") + "?",
                    quoted.joined(separator: " か ") + " のことですか？")
            }
            return Bilingual(
                "No question has the id '\(id)'." + hint.english + " 'dlquiz list' shows every id.",
                "id が '\(id)' の問題はありません。" + hint.japanese + "'dlquiz list' ですべての id を確認できます。")
        case .unknownTopic(let given, let suggestions, let available):
            let topic = UntrustedText.echoed(given)
            return Bilingual(
                "No question has the topic '\(topic)'."
                    + (suggestions.first.map { " Did you mean '\($0)'?" } ?? "")
                    + " The topics are: " + available.joined(separator: ", ") + ".",
                "トピックが '\(topic)' の問題はありません。"
                    + (suggestions.first.map { "'\($0)' のことですか？" } ?? "")
                    + "トピック: " + available.joined(separator: ", ") + "。")
        case .noMatchingQuestions(let filter, let focus):
            let filters = Self.words(filter, focus: focus)
            return Bilingual(
                "No question matches \(filters.english). Loosen the filters; 'dlquiz list' shows what the deck has.",
                "\(filters.japanese)に合う問題はありません。条件をゆるめてください。'dlquiz list' でデッキの中身を確認できます。")
        }
    }
}

extension CommandFailure {
    /// A failure worded in both languages already.
    init(_ message: Bilingual, status: Int32) {
        self.init(message.english, message.japanese, status: status)
    }
}

// MARK: - Store errors

extension StoreError {
    /// The message shown after `Error: `, in English: what was being done to which path, what happened, and the fix.
    var message: String { words.english }

    /// The message shown after `Error: ` in `language` (`ja`, else English).
    func message(in language: String) -> String { words.text(in: language) }

    /// The message in the language of `strings`.
    func message(_ strings: UIStrings) -> String { strings.isJapanese ? words.japanese : words.english }

    /// Why it failed, as a lowercase English clause ("the disk is full", "it is a folder, not a file").
    var reason: String { reasonWords.english }

    /// The fix for what happened, as an English sentence.
    var advice: String { adviceWords.english }

    /// A path as a message quotes it: controls and escape sequences shown, never sent to the terminal.
    static func shown(_ path: String) -> String {
        UntrustedText.echoed(path, limit: 400)
    }

    private var words: Bilingual {
        let reason = reasonWords
        let advice = adviceWords
        let path = Self.shown(path)
        return switch operation {
        case .read:
            Bilingual(
                "Cannot read '\(path)': \(reason.english). \(advice.english)",
                "'\(path)' を読めません: \(reason.japanese)。\(advice.japanese)")
        case .write:
            Bilingual(
                "Cannot write '\(path)': \(reason.english). \(advice.english)",
                "'\(path)' に書き込めません: \(reason.japanese)。\(advice.japanese)")
        case .backUp(let backup):
            Bilingual(
                "Cannot keep '\(path)' as the backup '\(Self.shown(backup))': \(reason.english). \(advice.english)",
                "'\(path)' をバックアップ '\(Self.shown(backup))' として残せません: \(reason.japanese)。\(advice.japanese)")
        }
    }

    private var reasonWords: Bilingual {
        switch cause {
        case .system(let code): Self.describe(errno: code)
        case .missing: Bilingual("no such file", "そのようなファイルはありません")
        case .isFolder: Bilingual("it is a folder, not a file", "ファイルではなくフォルダです")
        case .isFile: Bilingual("it is a file, not a folder", "フォルダではなくファイルです")
        case .folderNotCreated(let code):
            Bilingual(
                "the folder cannot be created (\(Self.describe(errno: code).english))",
                "フォルダを作れません（\(Self.describe(errno: code).japanese)）")
        case .noTemporaryName: Bilingual("no free name for a temporary file", "一時ファイルに使える名前がありません")
        case .namesTaken(let baseName, let lastSuffix):
            Bilingual(
                "every name from '\(baseName)' to '\(baseName)-\(lastSuffix)' is taken",
                "'\(baseName)' から '\(baseName)-\(lastSuffix)' までの名前がすべて使われています")
        case .tooLarge(let limit):
            Bilingual(
                "it holds more than \(Self.size(limit)), far more than any deck",
                "\(Self.size(limit)) を超えていて、デッキとしては大きすぎます")
        case .lineTooLong(let line, let limit):
            Bilingual(
                "line \(line) runs on for more than \(Self.size(limit)) without a line break, so it is not a progress file",
                "\(line) 行目が改行なしで \(Self.size(limit)) を超えて続いているため、記録ファイルではありません")
        case .notRegularFile(let kind):
            Bilingual(
                "it is \(Self.describe(kind).english), not a regular file",
                "通常のファイルではなく、\(Self.describe(kind).japanese)です")
        case .alreadyExists: Bilingual("a file with that name exists", "その名前のファイルがすでにあります")
        case .isInput(let input):
            Bilingual(
                "it is the file '\(Self.shown(input))' that this command reads",
                "このコマンドが読み込むファイル '\(Self.shown(input))' そのものです")
        }
    }

    private var adviceWords: Bilingual {
        switch cause {
        case .system(let code), .folderNotCreated(let code):
            Self.advice(errno: code, operation: operation)
        case .missing: Bilingual("Check the path and its permissions.", "パスとそのアクセス権を確認してください。")
        case .isFolder: Bilingual("Give the path of a file, not of a folder.", "フォルダではなくファイルのパスを指定してください。")
        case .isFile:
            Bilingual(
                "Move the file out of the way, or choose another path.", "そのファイルを移動するか、別のパスを選んでください。")
        case .noTemporaryName:
            Bilingual(
                "Remove old '.*.tmp' files from the folder and try again.",
                "フォルダから古い '.*.tmp' ファイルを削除して、もう一度実行してください。")
        case .namesTaken:
            Bilingual("Move older scorecards out of the folder.", "古いスコアカードをフォルダの外へ移してください。")
        case .tooLarge:
            Bilingual(
                "Check the path: a deck is a JSON file of at most that size.",
                "パスを確認してください。デッキはその大きさまでの JSON ファイルです。")
        case .lineTooLong:
            Bilingual(
                "Check the path given with --progress or DLQUIZ_PROGRESS.",
                "--progress または DLQUIZ_PROGRESS で指定したパスを確認してください。")
        case .alreadyExists:
            Bilingual(
                "Choose another name, or add --force to replace it (the old file is then kept beside it as a backup).",
                "別の名前を選ぶか、--force を付けて置き換えてください（そのとき元のファイルはバックアップとして隣に残します）。")
        case .isInput:
            Bilingual(
                "Write to another file: writing here would destroy what is being read.",
                "別のファイルに書き出してください。ここに書くと、読み込んでいる内容を壊してしまいます。")
        case .notRegularFile:
            operation != .read
                ? Bilingual(
                    "Choose a regular file (or a symbolic link to one).",
                    "通常のファイル（またはそれへのシンボリックリンク）を選んでください。")
                : Bilingual("Choose a regular file.", "通常のファイルを選んでください。")
        }
    }

    /// The fix for a system call's `errno`.
    static func advice(errno code: Int32, operation: Operation) -> Bilingual {
        switch code {
        case ENOSPC, EDQUOT:
            Bilingual("Free some space on the disk and try again.", "ディスクの空きを作って、もう一度実行してください。")
        case EROFS:
            Bilingual("Choose a file on a disk that can be written to.", "書き込めるディスク上のファイルを選んでください。")
        case EACCES, EPERM:
            operation != .read
                ? Bilingual(
                    "Check the permissions of the file and of its folder.", "ファイルとそのフォルダのアクセス権を確認してください。")
                : Bilingual("Check the file's permissions.", "ファイルのアクセス権を確認してください。")
        case EISDIR: Bilingual("Give the path of a file, not of a folder.", "フォルダではなくファイルのパスを指定してください。")
        case ENOENT:
            switch operation {
            case .write:
                Bilingual("Create the folder first, or choose another path.", "先にフォルダを作るか、別のパスを選んでください。")
            case .backUp:
                Bilingual(
                    "The file was moved or removed meanwhile (by another reset?): look at the folder, then try again.",
                    "その間にファイルが移動または削除されました（別のリセット？）。フォルダを確認してから、もう一度実行してください。")
            case .read: Bilingual("Check the path.", "パスを確認してください。")
            }
        case ENOTDIR:
            Bilingual(
                "A part of the path is a file, not a folder: check the path.",
                "パスの途中がフォルダではなくファイルです。パスを確認してください。")
        case EIO:
            Bilingual(
                "The disk reported an error: check the disk (and 'dmesg'), then try again.",
                "ディスクがエラーを報告しました。ディスク（と 'dmesg'）を確認してから、もう一度実行してください。")
        case EFBIG:
            Bilingual(
                "The file has reached the largest size allowed here ('ulimit -f').",
                "ファイルがここで許される最大の大きさ（'ulimit -f'）に達しました。")
        case ELOOP:
            Bilingual(
                "Check the symbolic links on the path: they go round in a circle or too deep.",
                "パス上のシンボリックリンクを確認してください。循環しているか、深すぎます。")
        case ENAMETOOLONG: Bilingual("Choose a shorter path.", "もっと短いパスを選んでください。")
        case EINVAL:
            Bilingual(
                "The file does not support this (a device or a special file?): choose a regular file.",
                "このファイルはこの操作に対応していません（デバイスや特殊ファイル？）。通常のファイルを選んでください。")
        default:
            operation != .read
                ? Bilingual(
                    "Check that the folder exists and is writable.", "フォルダがあって書き込めることを確認してください。")
                : Bilingual("Check the path and its permissions.", "パスとそのアクセス権を確認してください。")
        }
    }

    /// The system's text for an `errno`, lowercased in English; `ENOSPC` is "the disk is full". In Japanese, the
    /// common ones in Japanese, others as the system words them with their `errno`.
    static func describe(errno code: Int32) -> Bilingual {
        let system = String(cString: strerror(code)).lowercased()
        return switch code {
        case ENOSPC: Bilingual("the disk is full", "ディスクがいっぱいです")
        case EROFS: Bilingual("the file system is read-only", "読み取り専用のファイルシステムです")
        case ENOTDIR: Bilingual("a part of the path is not a folder", "パスの途中がフォルダではありません")
        case EACCES: Bilingual(system, "アクセスが拒否されました")
        case EPERM: Bilingual(system, "操作が許可されていません")
        case ENOENT: Bilingual(system, "そのようなファイルやフォルダはありません")
        case EISDIR: Bilingual(system, "フォルダです")
        case EIO: Bilingual(system, "入出力エラーです")
        case EFBIG: Bilingual(system, "ファイルが大きすぎます")
        case EDQUOT: Bilingual(system, "ディスクの使用量の上限を超えました")
        case ELOOP: Bilingual(system, "シンボリックリンクが多すぎます")
        case ENAMETOOLONG: Bilingual(system, "パスが長すぎます")
        case EINVAL: Bilingual(system, "この操作には使えません")
        case EBADF: Bilingual(system, "ファイル記述子が不正です")
        case EEXIST: Bilingual(system, "すでにあります")
        case EBUSY: Bilingual(system, "使用中です")
        case EMFILE, ENFILE: Bilingual(system, "開いているファイルが多すぎます")
        default: Bilingual(system, "\(system)（errno \(code)）")
        }
    }

    static func describe(_ kind: FileKind) -> Bilingual {
        switch kind {
        case .characterDevice: Bilingual("a character device", "キャラクタデバイス")
        case .blockDevice: Bilingual("a block device", "ブロックデバイス")
        case .fifo: Bilingual("a named pipe (FIFO)", "名前付きパイプ（FIFO）")
        case .socket: Bilingual("a socket", "ソケット")
        case .kernelFile: Bilingual("a file the kernel makes up (in /proc or /sys)", "カーネルが作り出すファイル（/proc や /sys の中）")
        case .other: Bilingual("something else", "その他のもの")
        }
    }

    /// A byte count in whole MiB or KiB ("64 MiB").
    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0
            ? "\(bytes >> 20) MiB"
            : bytes >= 1 << 10 && bytes % (1 << 10) == 0 ? "\(bytes >> 10) KiB" : "\(bytes) bytes"
    }
}
