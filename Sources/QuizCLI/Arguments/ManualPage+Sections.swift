// The sections of the manual page after the commands: the keys of every --json output, the environment, the files,
// examples and the exit statuses, in English and Japanese.

extension ManualPage {
    /// The keys of every `--json` output, command by command.
    var jsonSection: [String] {
        var specs: [CommandSpec] = []
        func visit(_ spec: CommandSpec) {
            if !spec.jsonKeys.isEmpty { specs.append(spec) }
            spec.subcommands.forEach(visit)
        }
        visit(root)
        guard !specs.isEmpty else { return [] }
        var lines = [heading(Self.sections.json)]
        lines += Self.paragraphs(
            Bilingual(
                "With --json a command prints only JSON on standard output, with these keys; numbers are exact, times ISO 8601.",
                "--json を付けると、コマンドは標準出力に次のキーを持つ JSON だけを出力します。数値は正確な値、時刻は ISO 8601 です。"
            ).text(in: language))
        lines.append(".Bl -tag -width Ds")
        for spec in specs {
            lines += [".It Nm dlquiz " + spec.path.map { "Cm " + $0 }.joined(separator: " ") + " Fl -json"]
            lines += Self.paragraphs(spec.jsonKeys).drop { $0 == ".Pp" }
        }
        lines.append(".El")
        return lines
    }

    /// ENVIRONMENT: every variable dlquiz reads.
    var environmentSection: [String] {
        tagged(
            Self.sections.environment, Self.environment.map { (".It Ev " + $0.names.joined(separator: " , "), $0.text) }
        )
    }

    /// FILES: what dlquiz keeps, and where.
    var filesSection: [String] {
        tagged(Self.sections.files, Self.files.map { (".It Pa \\%" + $0.path, $0.text) })
    }

    /// EXAMPLES: commands to copy, each after what it does.
    var examplesSection: [String] {
        var lines = [heading(Self.sections.examples)]
        for example in Self.examples {
            lines += [".Pp", Self.text(example.text.text(in: language)), ".Dl " + Self.literal(example.command)]
        }
        return lines
    }

    /// EXIT STATUS: each status and when it is returned.
    var exitStatusSection: [String] {
        tagged(Self.sections.exitStatus, Self.exitStatuses.map { (".It \($0.status)", $0.text) })
    }

    /// A section of tagged items.
    private func tagged(_ name: Bilingual, _ items: [(tag: String, text: Bilingual)]) -> [String] {
        var lines = [heading(name), ".Bl -tag -width Ds"]
        for (tag, text) in items {
            lines += [tag, Self.text(text.text(in: language))]
        }
        return lines + [".El"]
    }

    // MARK: The words

    private static let environment: [(names: [String], text: Bilingual)] = [
        (
            ["LC_ALL", "LC_MESSAGES", "LANG"],
            Bilingual(
                "The interface language when --lang is not given: the first of them that is set decides; ja… is Japanese, C, POSIX and anything else English. A deck's texts are shown in that language when the deck has it, else in a language it has.",
                "--lang がないときのインターフェースの言語です。設定されている最初の変数で決まり、ja… なら日本語、C・POSIX やそれ以外なら英語です。デッキのテキストは、デッキにその言語があればその言語で、なければデッキにある言語で表示します。"
            )
        ),
        (
            ["COLUMNS"],
            Bilingual(
                "The width to wrap at, when a positive number; else the terminal's width, else 80. Through a pipe with COLUMNS unset, list cuts no cell.",
                "正の数のとき、折り返す幅です。なければターミナルの幅、それもなければ 80 です。COLUMNS が未設定でパイプに出力するとき、list はセルを切りません。")
        ),
        (
            ["NO_COLOR"],
            Bilingual(
                "When set and not empty, no colour, as with --no-color.", "空でない値が設定されていると、--no-color と同じく色を付けません。")
        ),
        (
            ["TERM"],
            Bilingual(
                "When it is dumb: no colour, no pager, no bracketed paste and no countdown in the terminal's title.",
                "dumb のときは、色、ページャ、ブラケットペースト、ターミナルのタイトルでのカウントダウンを使いません。")
        ),
        (
            ["DLQUIZ_PAGER", "PAGER"],
            Bilingual(
                "The pager for long output on a terminal (DLQUIZ_PAGER first); less -FRX when neither is set; cat or an empty value prints directly.",
                "ターミナルで長い出力を表示するページャです（DLQUIZ_PAGER が優先）。どちらもなければ less -FRX です。cat か空の値なら直接出力します。")
        ),
        (
            ["LESS", "LESSCHARSET"],
            Bilingual(
                "The options of less; when it is not set, dlquiz gives less FRX, as git does (and LESSCHARSET=utf-8 when that is not set: dlquiz writes UTF-8).",
                "less のオプションです。設定されていなければ、git と同じく FRX を渡します（LESSCHARSET が未設定なら utf-8 も渡します。dlquiz は UTF-8 で出力するためです）。")
        ),
        (
            ["VISUAL", "EDITOR"],
            Bilingual(
                "The editor that e opens for a long answer in a quiz (VISUAL first); its temporary file goes to TMPDIR when that is an absolute path, else /tmp.",
                "クイズで e を入力したときに長い回答を書くエディタです（VISUAL が優先）。一時ファイルは、TMPDIR が絶対パスならそこに、なければ /tmp に作ります。")
        ),
        (
            ["DLQUIZ_PROGRESS"],
            Bilingual(
                "The progress file, when --progress is not given.", "--progress がないときの記録ファイルです。")
        ),
        (
            ["XDG_STATE_HOME"],
            Bilingual(
                "When an absolute path, the progress file is $XDG_STATE_HOME/dlquiz/progress.jsonl.",
                "絶対パスのとき、記録ファイルは $XDG_STATE_HOME/dlquiz/progress.jsonl です。")
        ),
        (
            ["XDG_DATA_HOME"],
            Bilingual(
                "When an absolute path, the scorecards go to $XDG_DATA_HOME/dlquiz/interviews/ and the deck library is $XDG_DATA_HOME/dlquiz/decks/.",
                "絶対パスのとき、スコアカードは $XDG_DATA_HOME/dlquiz/interviews/ に保存し、デッキライブラリは $XDG_DATA_HOME/dlquiz/decks/ です。")
        ),
        (
            ["HOME"],
            Bilingual(
                "The home folder, for the default paths under ~/.local and to show paths as ~; when it is not set, the password database is asked.",
                "ホームフォルダです。~/.local の下の既定のパスと、パスを ~ で表示するために使います。設定されていなければ、パスワードデータベースに問い合わせます。")
        ),
    ]

    private static let files: [(path: String, text: Bilingual)] = [
        (
            "~/.local/state/dlquiz/progress.jsonl",
            Bilingual(
                "Every graded answer, one JSON line each, only ever appended to; 'dlquiz progress reset' keeps the old file beside it as progress.jsonl.backup-TIME.",
                "採点したすべての回答です（1 件につき JSON 1 行、追記のみ）。'dlquiz progress reset' は以前のファイルを progress.jsonl.backup-時刻 として隣に残します。"
            )
        ),
        (
            "~/.local/share/dlquiz/interviews/",
            Bilingual(
                "The scorecards of interviews, each as Markdown and JSON, named after the date and the candidate.",
                "面接のスコアカードです。それぞれ Markdown と JSON で、日付と候補者の名前を付けて保存します。")
        ),
        (
            "~/.local/share/dlquiz/decks/",
            Bilingual(
                "The deck library: every .json, .md and .markdown file in it is a deck that --deck names by its id or file name.",
                "デッキライブラリです。中の .json、.md、.markdown のファイルはすべてデッキで、--deck に id かファイル名を指定して使えます。")
        ),
    ]

    private static let examples: [(text: Bilingual, command: String)] = [
        (
            Bilingual("Practise three questions on training:", "学習の質問を 3 問練習します:"),
            "dlquiz quiz --count 3 --topic training"
        ),
        (
            Bilingual(
                "Practise what would not be ready for an interview on Friday:", "金曜日の面接までに準備が整わない質問を練習します:"),
            "dlquiz quiz --until fri"
        ),
        (
            Bilingual("Answer one question from a script, saving nothing:", "スクリプトから 1 問に答えます（何も保存しません）:"),
            #"printf '\nall\n\n' | dlquiz quiz --count 1 --no-save"#
        ),
        (
            Bilingual(
                "Pick four varied questions for an interview, with what to listen for:",
                "面接用に、聞き取るポイント付きでばらけた 4 問を選びます:"), "dlquiz pick -n 4 --balanced --rubric"
        ),
        (
            Bilingual("Run an interview and keep a scorecard:", "面接を進め、スコアカードを残します:"),
            #"dlquiz interview --candidate "Jane Doe""#
        ),
        (
            Bilingual("Find the questions that mention dropout:", "dropout に触れている質問を探します:"),
            "dlquiz list --search dropout"
        ),
        (
            Bilingual("Print a study sheet to a file:", "学習シートをファイルに書き出します:"),
            "dlquiz sheet --format html --output sheet.html"
        ),
        (
            Bilingual("Start a deck of your own and practise it:", "自分のデッキを作って練習します:"),
            "dlquiz new my-deck.md && dlquiz quiz --deck my-deck.md"
        ),
        (Bilingual("The due questions of every deck, as numbers:", "すべてのデッキで復習時期の質問を数で見ます:"), "dlquiz decks --json"),
    ]

    private static let exitStatuses: [(status: Int, text: Bilingual)] = [
        (0, Bilingual("Success, help included.", "成功しました（ヘルプの表示も含みます）。")),
        (
            1,
            Bilingual(
                "A failure: a file that cannot be read or written, a reset not confirmed, nothing found by list --search.",
                "失敗しました: 読み書きできないファイル、確認されなかったリセット、list --search で何も見つからなかったときなどです。")
        ),
        (
            64,
            Bilingual(
                "A usage error: an unknown command, option or value, a missing argument, options that do not go together.",
                "使い方の誤りです: 不明なコマンド・オプション・値、足りない引数、一緒に使えないオプションなどです。")
        ),
        (
            65,
            Bilingual(
                "A deck or file whose data cannot be used; 'dlquiz validate FILE' names every problem.",
                "データが使えないデッキやファイルです。'dlquiz validate FILE' ですべての問題を確認できます。")
        ),
        (
            130,
            Bilingual(
                "Interrupted with Ctrl-C; everything graded before is kept.", "Ctrl-C で中断しました。それまでに採点した回答は残ります。")
        ),
    ]
}
