import QuizKit

// The words of every usage error, in English (swift-argument-parser's wording, no final period but its own) and
// Japanese. Everything typed on the command line, and every name taken from a deck, passes through `echo` first, so
// an escape sequence in an argument is shown, not obeyed.

extension UsageProblem {
    /// The sentence after `Error: `.
    var message: Bilingual {
        switch self {
        case .unknownOption(let option, _), .optionBeforeCommand(let option, _):
            let option = echo(option)
            return Bilingual("Unknown option '\(option)'", "'\(option)' というオプションはありません")
        case .unknownCommand(let name, _, _):
            let name = echo(name)
            return Bilingual("Unknown command '\(name)'", "'\(name)' というコマンドはありません")
        case .unknownSubcommand(let name, _):
            let name = echo(name)
            return Bilingual("Unknown subcommand '\(name)'", "'\(name)' というサブコマンドはありません")
        case .missingValue(let option):
            return Bilingual("Missing value for '\(option)'", "'\(option)' の値がありません")
        case .valueNotTaken(let option, let value):
            let (option, value) = (echo(option), echo(value))
            return Bilingual(
                "The option '\(option)' does not take any value, but '\(value)' was specified",
                "オプション '\(option)' は値を取りませんが、'\(value)' が指定されています")
        case .invalidValue(let value, let synopsis, let problem):
            let value = echo(value)
            let sentence = Bilingual(
                "The value '\(value)' is invalid for '\(synopsis)'", "'\(synopsis)' に '\(value)' は指定できません")
            guard let detail = problem.detail else { return sentence }
            if case .notOneOf = problem {
                return Bilingual(sentence.english + ". " + detail.english, sentence.japanese + "。" + detail.japanese)
            }
            return Bilingual(sentence.english + ": " + detail.english, sentence.japanese + "（\(detail.japanese)）")
        case .missingArgument(let synopsis, _):
            return Bilingual("Missing expected argument '\(synopsis)'", "必要な引数 '\(synopsis)' がありません")
        case .unexpectedArgument(let word):
            let word = echo(word)
            return Bilingual("Unexpected argument '\(word)'", "余分な引数 '\(word)' があります")
        case .idsWithPicking(let conflict):
            return Bilingual(
                "'--ids' chooses the questions itself; leave out '\(conflict)'",
                "'--ids' は質問をそのまま指定するため、'\(conflict)' は外してください")
        case .allDecksWithDeck:
            return Bilingual(
                "'--all-decks' practises every deck; leave out '--deck'",
                "'--all-decks' はすべてのデッキを練習します。'--deck' は省いてください")
        case .untilWithOtherOrder:
            return Bilingual(
                "'--until' plans due practice; use it with '--order due' (or without --order)",
                "'--until' は復習の計画に使うオプションです。'--order due' と併せるか、--order を省いてください")
        case .jsonWithoutOutput:
            return Bilingual(
                "'--json' chooses the format of '--output <file>'; give a file, or leave both out to save Markdown and JSON in the interviews folder",
                "'--json' は '--output <file>' の形式を選ぶオプションです。ファイルを指定するか、両方を省いて面接フォルダに Markdown と JSON を保存してください")
        case .onlyForFormat(let option, let format):
            let isFlag = !option.contains("<")
            return Bilingual(
                "The \(isFlag ? "flag" : "option") '\(option)' applies to --format \(format) only",
                "\(isFlag ? "フラグ" : "オプション") '\(option)' は --format \(format) のときだけ使えます")
        case .languageWithJSONExport:
            return Bilingual(
                "The option '--lang <lang>' does not apply to --format json, which keeps every language",
                "--format json はすべての言語を含むため、オプション '--lang <lang>' は使えません")
        case .unknownOutputFormat(let path):
            let path = echo(path)
            return Bilingual("Cannot tell the format of '\(path)' from its name", "'\(path)' の名前からは形式が分かりません")
        case .importOnlyOption(let option, _):
            return Bilingual("The option '\(option)' applies to imports only", "オプション '\(option)' は取り込みにだけ使えます")
        case .progressFromStandardInput:
            return Bilingual(
                "'--progress -' reads progress from standard input, but this command writes the progress file; give the file's path",
                "'--progress -' は標準入力から記録を読むオプションですが、このコマンドは記録ファイルに書き込みます。ファイルのパスを指定してください")
        case .notWithCheck(let what):
            return Bilingual(
                "'--check' writes nothing; leave out \(what)", "'--check' は何も書き出しません。\(what) は省いてください")
        }
    }

    /// The line after the message, when there is one: a suggestion, the choices, or the fix.
    var hint: Bilingual? {
        switch self {
        case .unknownOption(_, let suggestion), .unknownSubcommand(_, let suggestion):
            return suggestion.map(Bilingual.didYouMean)
        case .optionBeforeCommand(let option, let suggestion):
            let option = echo(option)
            return suggestion.map(Bilingual.didYouMean)
                ?? Bilingual(
                    "Options go after the command, as in 'dlquiz quiz \(option)'.",
                    "オプションはコマンドの後に書きます（例: 'dlquiz quiz \(option)'）。")
        case .unknownCommand(_, let suggestion, let commands):
            return suggestion.map(Bilingual.didYouMean)
                ?? Bilingual(
                    "The commands are: \(commands.joined(separator: ", ")).",
                    "コマンドは次のとおりです: \(commands.joined(separator: "、"))。")
        case .invalidValue(_, _, .notOneOf(_, let suggestion)):
            return suggestion.map { Bilingual.didYouMean(echo($0)) }
        case .invalidValue(let given, _, .noSuchQuestion(let suggestions)):
            guard !suggestions.isEmpty else { return nil }
            let list = Bilingual.list(suggestions.map { echo($0) }, quoted: true)
            if Deck.suggestionsMention(given, suggestions) {
                return Bilingual(
                    "Questions that mention '\(echo(given))': \(list.english).",
                    "'\(echo(given))' に触れている質問: \(list.japanese)")
            }
            return suggestions.count == 1
                ? Bilingual.didYouMean(echo(suggestions[0]))
                : Bilingual("Did you mean \(list.english)?", "もしかして \(list.japanese) のいずれかですか？")
        case .missingArgument(_, let choices):
            guard !choices.isEmpty else { return nil }
            let list = Bilingual.list(choices.map { echo($0) }, quoted: false)
            return Bilingual("Choose \(list.english).", "\(list.japanese) のいずれかを選んでください。")
        case .unknownOutputFormat:
            return Bilingual(
                "Name it .json or .md, or give --to json or --to markdown.",
                "名前を .json か .md にするか、--to json または --to markdown を指定してください。")
        case .importOnlyOption(_, let format):
            return Bilingual(
                "A \(format) deck keeps its own id and languages; use --from anki or --from csv to import.",
                "\(format) のデッキは自身の id と言語を保ちます。取り込むには --from anki か --from csv を指定してください。")
        case .missingValue, .valueNotTaken, .invalidValue, .unexpectedArgument, .idsWithPicking, .allDecksWithDeck,
            .untilWithOtherOrder, .jsonWithoutOutput, .onlyForFormat, .languageWithJSONExport, .notWithCheck,
            .progressFromStandardInput:
            return nil
        }
    }
}

extension ValueProblem {
    /// What follows `The value 'x' is invalid for '--count <n>'`: after a colon (in Japanese, in brackets), or, for
    /// the choices, as a sentence of its own; nil when there is nothing more to say.
    var detail: Bilingual? {
        switch self {
        case .unreadable:
            return nil
        case .notOneOf(let choices, _):
            let list = Bilingual.list(choices.map { echo($0) }, quoted: true)
            return Bilingual("Please provide one of \(list.english).", "\(list.japanese) のいずれかを指定してください。")
        case .atLeast(let minimum):
            return Bilingual("must be at least \(minimum)", "\(minimum) 以上にしてください")
        case .between(let lower, let upper):
            return Bilingual("must be from \(lower) to \(upper)", "\(lower) から \(upper) までにしてください")
        case .difficulty:
            return Bilingual("must be 1, 2 or 3", "1、2、3 のいずれかにしてください")
        case .unsignedNumber:
            return Bilingual("must be a whole number from 0 to \(UInt64.max)", "0 から \(UInt64.max) までの整数にしてください")
        case .minutes:
            return Bilingual(
                "must be a number of minutes above 0, such as 2 or 1.5", "0 より大きい分単位の数を、2 や 1.5 のように指定してください")
        case .empty:
            return Bilingual("must not be empty", "空にはできません")
        case .notADate:
            return Bilingual(
                "use a date such as 2026-12-04, a weekday such as fri, today, tomorrow or +3",
                "2026-12-04 のような日付、fri のような曜日、today、tomorrow、+3 のように指定してください")
        case .pastDate(let day):
            return Bilingual("\(day) is in the past", "\(day) は過去の日付です")
        case .noSuchQuestion:
            return Bilingual(
                "no question has this id ('dlquiz list' shows them)", "この id の質問はありません。'dlquiz list' で一覧できます")
        }
    }
}

/// A word from the command line or a deck as a message may quote it: controls shown, long text cut.
private func echo(_ text: String) -> String {
    UntrustedText.echoed(text)
}
