import QuizKit
import QuizStore

// The words for why a scorecard or a line of the progress file was skipped, which the domain and the store report as
// data. Names in quotes are the record's keys.

// MARK: - Scorecards

extension ScorecardReadError {
    /// Why a scorecard file cannot be used, as an English clause.
    var reason: String { words.english }

    /// Why a scorecard file cannot be used, as a clause in English and Japanese.
    var words: Bilingual {
        switch self {
        case .notAScorecard: Bilingual("it is not a dlquiz scorecard", "dlquiz のスコアカードではありません")
        case .unknownFormatVersion:
            Bilingual(
                "it has an unknown format version; a newer dlquiz may have written it",
                "形式バージョンが不明です。新しい dlquiz が書いたものかもしれません")
        case .missingOrWrong(let key): Bilingual("'\(key)' is missing or wrong", "'\(key)' がないか、正しくありません")
        case .incompleteQuestion(let index):
            Bilingual("questions[\(index)] is incomplete", "questions[\(index)] が不完全です")
        case .invalidJSON(let location, let problem):
            Bilingual(
                "it is not valid JSON: line \(location.line), column \(location.column): \(problem.words.english)",
                "有効な JSON ではありません: \(location.line) 行 \(location.column) 列: \(problem.words.japanese)")
        }
    }
}

extension ScorecardStore.Problem {
    /// Why the file was skipped, as an English clause.
    var reason: String { words.english }

    /// Why the file was skipped, in the language of `strings`.
    func reason(_ strings: UIStrings) -> String { strings.isJapanese ? words.japanese : words.english }

    private var words: Bilingual {
        switch cause {
        case .unreadable: Bilingual("it cannot be read", "読めません")
        case .invalid(let error): error.words
        }
    }
}

// MARK: - Lines of the progress file

extension ProgressProblem: CustomStringConvertible {
    /// `line 12: reason`, in English.
    package var description: String { words.english }

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
        let clause =
            switch cause {
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
                "\"time\" が 2026-11-23T09:05:00Z のような有効な ISO 8601 の時刻ではありません（実在する日付、-12:00〜+14:00 の UTC との時差、1970〜2199 年）"
            )
        case .missingVersion: Bilingual("the format version \"v\" is missing", "形式バージョン \"v\" がありません")
        case .invalidUTF8(let byte):
            Bilingual("byte \(byte) is not UTF-8 text", "\(byte) バイト目が UTF-8 のテキストではありません")
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
