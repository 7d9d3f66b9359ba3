import QuizKit

// The words of the deck library and the deck formats: `decks`, `decks add`, `new`, `convert` and `quiz --all-decks`.

// MARK: - decks

extension UIStrings {
    var columnDeck: String { text("DECK", "デッキ") }
    var columnAnswers: String { text("ANSWERS", "回答数") }
    var columnDue: String { text("DUE", "復習") }
    var columnNew: String { text("NEW", "新規") }
    /// The FILE cell of the bundled deck.
    var bundledDeckFile: String { text("(bundled)", "（同梱）") }

    /// Why a library file is not a usable deck, after its name: `broken.json: not a valid deck (a problem); …`.
    func invalidLibraryDeck(problems total: Int) -> String {
        text(
            "not a valid deck (\(total == 1 ? "a problem" : "\(total) problems")); 'dlquiz validate' lists them",
            "デッキとして使えません（問題が \(total) 件あります）。'dlquiz validate' で一覧できます")
    }

    /// The two sentences under the listing: where the library is, and how to use its decks.
    func decksFooter(folder: String) -> [String] {
        [
            text(
                "Your decks are the .json and .md files in \(folder) ('dlquiz decks add FILE' copies one in).",
                "自分のデッキは \(folder) にある .json と .md のファイルです（'dlquiz decks add FILE' でコピーできます）。"),
            text(
                "Use one with --deck ID or FILE NAME; 'dlquiz quiz --order due --all-decks' practises every deck.",
                "使うときは --deck に ID かファイル名を指定します。'dlquiz quiz --order due --all-decks' ですべてのデッキを練習します。"),
        ]
    }

    /// `Warning: skipped …`, for a library file that `quiz --all-decks` cannot use.
    func skippedLibraryDeck(_ path: String) -> String {
        text(
            "Warning: skipped \(path), which is not a valid deck ('dlquiz validate' says why).",
            "警告: \(path) は有効なデッキではないので読み飛ばしました（理由は 'dlquiz validate' で確認できます）。")
    }
}

// MARK: - decks add

extension UIStrings {
    func addedDeck(id: String, questions: Int, path: String) -> String {
        text(
            "Added '\(id)' (\(questionCount(questions))) as \(path); use it with --deck \(id).",
            "'\(id)'（\(questionCount(questions))）を \(path) として追加しました。--deck \(id) で使えます。")
    }

    /// After `decks add`: the library holds a copy.
    func copiedNote(_ source: String) -> String {
        text(
            "It is a copy: later edits to \(source) are seen once you add it again ('dlquiz decks' marks an older copy), or add it with --link instead.",
            "これはコピーです。\(source) を後で編集したときは、もう一度追加すると反映されます（古くなったコピーには 'dlquiz decks' が印を付けます）。代わりに --link で追加することもできます。"
        )
    }

    /// After `decks add --link`: the library holds a link.
    func linkedNote(_ source: String) -> String {
        text(
            "It is a symbolic link to \(source): your edits to it are seen at once; moving or deleting the file breaks it.",
            "これは \(source) へのシンボリックリンクです。編集はすぐに反映されます。ファイルを移動・削除するとリンクは切れます。")
    }

    /// In the FILE column of `decks`, after a copy older than its source.
    var olderThanSourceMark: String { text("(older than its source)", "（コピー元より古い）") }

    /// Below the `decks` table, for a copy older than its source.
    func staleCopy(file: String, source: String, command: String) -> String {
        text(
            "\(file) is a copy older than \(source), which was edited since; '\(command)' updates it.",
            "\(file) は、その後に編集された \(source) より古いコピーです。'\(command)' で更新できます。")
    }

    func replacedDeck(id: String, questions: Int, path: String) -> String {
        text(
            "Replaced \(path) with '\(id)' (\(questionCount(questions))); use it with --deck \(id).",
            "\(path) を '\(id)'（\(questionCount(questions))）で置き換えました。--deck \(id) で使えます。")
    }

    func unchangedDeck(id: String, path: String) -> String {
        text(
            "'\(id)' is already in the library, unchanged: \(path).",
            "'\(id)' はすでにライブラリにあり、変更はありません: \(path)")
    }
}

// MARK: - new

extension UIStrings {
    func wroteStarterDeck(_ path: String) -> String {
        text(
            "Wrote a starter deck to \(path). Edit it, then: dlquiz validate \(path)",
            "ひな形のデッキを \(path) に書き出しました。編集したら次で検査できます: dlquiz validate \(path)")
    }
}

// MARK: - Errors

/// The failures of the deck-library commands, in both languages (chosen where they are printed).
enum DeckErrors {
    static func bundledID(_ id: String, file: String) -> CommandFailure {
        let (id, file) = (UntrustedText.echoed(id), UntrustedText.echoed(file))
        return CommandFailure(
            "The bundled deck has the id '\(id)'; give your deck another id in '\(file)'.",
            "同梱のデッキが id '\(id)' を使っています。'\(file)' のデッキには別の id を付けてください。")
    }

    static func libraryConflict(id: String, name: String, sameID: Bool, path: String) -> CommandFailure {
        let (id, name, path) = (UntrustedText.echoed(id), UntrustedText.echoed(name), UntrustedText.echoed(path))
        return CommandFailure(
            "The library already has \(sameID ? "a deck with the id '\(id)'" : "a different deck named '\(name)'"): "
                + "\(path). Add --force to replace it, or give your deck another id and file name.",
            "ライブラリにはすでに\(sameID ? " id が '\(id)' のデッキ" : "'\(name)' という名前の別のデッキ")があります: \(path)。"
                + "置き換えるには --force を付けるか、デッキに別の id とファイル名を付けてください。")
    }

    static func invalidDeckID(_ id: String) -> CommandFailure {
        let shown = UntrustedText.echoed(id)
        return CommandFailure(
            "'\(shown)' cannot be a deck's id: an id is kebab-case (a-z, 0-9 and single hyphens between them), such as my-deck. Give another --id.",
            "'\(shown)' はデッキの id にできません。id は kebab-case（a-z、0-9 と、その間の 1 つずつのハイフン）で、my-deck のような形です。別の --id を指定してください。",
            status: 64)
    }

    static func hiddenLibraryName(_ name: String) -> CommandFailure {
        let shown = UntrustedText.echoed(name)
        return CommandFailure(
            "'\(shown)' cannot go in the deck library: the library skips files whose names start with a dot. Rename the file, then add it.",
            "'\(shown)' はデッキライブラリに入れられません。ライブラリは名前がドットで始まるファイルを読み飛ばします。ファイル名を変えてから追加してください。")
    }

    static var progressFromTerminal: CommandFailure {
        CommandFailure(
            "'--progress -' reads the progress file from standard input, which is a terminal here: pipe a file in, as in 'dlquiz stats --progress - < progress.jsonl'.",
            "'--progress -' は記録ファイルを標準入力から読みますが、ここでは標準入力が端末です。'dlquiz stats --progress - < progress.jsonl' のようにファイルを流し込んでください。"
        )
    }

    static var linkToStandardInput: CommandFailure {
        CommandFailure(
            "Standard input cannot be linked: give the deck's file to 'decks add --link', or leave out --link to copy it.",
            "標準入力はリンクできません。'decks add --link' にはデッキのファイルを指定するか、--link を省いてコピーしてください。",
            status: 64)
    }

    /// `validate` given a file that `convert` imports (CSV, an Anki package): the commands that read it.
    static func importNotDeck(path: String, format: String) -> CommandFailure {
        let quoted = UntrustedText.echoed(ShellQuoting.quoted(path), limit: 400)
        let kind = format == "csv" ? Bilingual("a CSV file", "CSV ファイル") : Bilingual("an Anki package", "Anki のパッケージ")
        return CommandFailure(
            "'\(UntrustedText.echoed(path))' is \(kind.english), which dlquiz imports rather than uses as a deck. Check it with "
                + "dlquiz convert --check --from \(format) \(quoted)\nthen import it with dlquiz convert --from \(format) \(quoted) my-deck.md",
            "'\(UntrustedText.echoed(path))' は\(kind.japanese)で、デッキとしてそのまま使うのではなく取り込むものです。確認するには: "
                + "dlquiz convert --check --from \(format) \(quoted)\n取り込むには: dlquiz convert --from \(format) \(quoted) my-deck.md",
            status: 65)
    }

    static func unknownDeck(_ name: String, suggestion: String?, folder: String) -> CommandFailure {
        CommandFailure(
            "No deck or file is named '\(name)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
                + " 'dlquiz decks' lists the decks in \(folder).",
            "'\(name)' という名前のデッキやファイルはありません。" + (suggestion.map { "もしかして '\($0)' ですか？" } ?? "")
                + "\(folder) のデッキは 'dlquiz decks' で一覧できます。")
    }
}
