import FoundationEssentials
import QuizKit

/// The manual page, `dlquiz help --man`: every command with its usage, discussion and options, in mdoc (man(7)'s
/// semantic sibling, which `man -l` and `groff -mandoc` render), written from the same specs as help, like
/// swift-argument-parser's GenerateManual plugin.
struct ManualPage {
    /// The root command, its subcommands (and theirs) below it.
    var root: CommandSpec
    /// The program's version, for the footer.
    var version: String
    /// The day the page is dated (UTC).
    var date: Date
    /// `en` or `ja`: the language of the words the page adds to the specs' (which the caller localizes).
    var language = "en"

    /// The page, in mdoc.
    var text: String {
        let isJapanese = language == "ja"
        var lines = [#".\" Manual page for dlquiz \#(version), written by 'dlquiz help --man'."#]
        lines.append(".Dd " + (isJapanese ? Self.japaneseDate(date) : Self.mdocDate(date)))
        // groff's mdoc words the header and recognises the sections by their names: in Japanese, tell it ours.
        if isJapanese {
            lines += [
                ".ds doc-volume-ds-1 " + Self.text("ユーザーコマンド", breaks: false),
                ".ds doc-volume-operating-system", ".nr doc-volume-operating-system-ateol 1",
            ]
        }
        // The footer names the system dlquiz is built for, not groff's default (BSD).
        lines += [".Dt DLQUIZ 1", ".Os Linux"]
        if isJapanese {
            lines += [
                (".ds doc-section-name ", Self.sections.name), (".ds doc-section-synopsis ", Self.sections.synopsis),
                (".ds doc-section-description ", Self.sections.description),
                (".ds doc-section-files ", Self.sections.files),
            ].map { $0.0 + Self.text($0.1.japanese, breaks: false) }
        }
        lines += [
            heading(Self.sections.name),
            ".Nm dlquiz",
            ".Nd " + Self.quoted(root.abstract),
            heading(Self.sections.synopsis),
            ".Nm",
            ".Ar " + Self.text(Self.placeholders.command.text(in: language)),
            ".Op Ar " + Self.text(Self.placeholders.options.text(in: language)),
            ".Nm",
            ".Fl -version",
            heading(Self.sections.description),
        ]
        lines += Self.paragraphs(root.discussion)
        lines += [heading(Self.sections.commands)]
        for command in root.subcommands {
            lines += section(for: command)
        }
        lines += jsonSection
        lines += environmentSection + filesSection + examplesSection + exitStatusSection
        return lines.joined(separator: "\n") + "\n"
    }

    /// `.Sh NAME`, or its Japanese name.
    func heading(_ name: Bilingual) -> String {
        ".Sh " + (language == "ja" ? Self.text(name.japanese, breaks: false) : name.english)
    }

    /// The section names, as man pages in each language name them.
    static let sections = (
        name: Bilingual("NAME", "名前"), synopsis: Bilingual("SYNOPSIS", "書式"),
        description: Bilingual("DESCRIPTION", "説明"), commands: Bilingual("COMMANDS", "コマンド"),
        environment: Bilingual("ENVIRONMENT", "環境変数"), files: Bilingual("FILES", "ファイル"),
        json: Bilingual("JSON OUTPUT", "JSON 出力"),
        exitStatus: Bilingual("EXIT STATUS", "終了ステータス"), examples: Bilingual("EXAMPLES", "例")
    )

    /// The words standing for what a user types in a synopsis.
    private static let placeholders = (
        command: Bilingual("command", "コマンド"), options: Bilingual("options", "オプション"),
        subcommand: Bilingual("subcommand", "サブコマンド")
    )

    /// One command and, after it, its subcommands.
    private func section(for spec: CommandSpec) -> [String] {
        var lines = [".Ss " + Self.quoted(spec.fullName), Self.text(spec.abstract), ".Pp", ".Nm"]
        lines += spec.path.map { ".Cm " + $0 }
        for option in spec.options where !option.isHidden {
            var words = [Self.flag(option)]
            if let valueName = option.valueName { words += ["Ar", valueName] }
            if option.isRepeatable { words.append("...") }
            lines.append(option.isRequired ? "." + words.joined(separator: " ") : ".Op " + words.joined(separator: " "))
        }
        for argument in spec.arguments {
            let words = "Ar \(argument.name)" + (argument.isRepeatable ? " ..." : "")
            lines.append(argument.isOptional ? ".Op " + words : "." + words)
        }
        if !spec.subcommands.isEmpty {
            lines.append(".Op Ar " + Self.text(Self.placeholders.subcommand.text(in: language)))
        }
        lines += Self.paragraphs(spec.discussion)
        let options = spec.options.filter { !$0.isHidden }
        if !spec.arguments.isEmpty || !options.isEmpty {
            lines += [".Bl -tag -width Ds"]
            for argument in spec.arguments {
                lines += [".It Ar \(argument.name)", Self.text(argument.help)]
            }
            for option in options {
                var item = ".It " + (option.short.map { "Fl \($0) , " } ?? "") + Self.flag(option)
                if let valueName = option.valueName { item += " Ar " + valueName }
                var help = option.help
                if let defaultValue = option.defaultValue {
                    help += Bilingual(" (default: \(defaultValue))", "（既定値: \(defaultValue)）").text(in: language)
                }
                lines += [item, Self.text(help)]
            }
            lines.append(".El")
        }
        for subcommand in spec.subcommands {
            lines += section(for: subcommand)
        }
        return lines
    }

    // MARK: Escaping

    /// `Fl -count`.
    private static func flag(_ option: OptionSpec) -> String {
        "Fl -" + option.name
    }

    /// Paragraphs of a discussion: `.Pp` between them, lines starting with `- ` as a bulleted list, lines starting
    /// with `$ ` as a command set on a line of its own.
    static func paragraphs(_ discussion: String) -> [String] {
        var lines: [String] = []
        var inList = false
        var startsParagraph = true
        for line in discussion.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.trimmed().isEmpty {
                if inList { lines.append(".El") }
                inList = false
                startsParagraph = true
                continue
            }
            if line.hasPrefix("$ ") {
                if inList { lines.append(".El") }
                inList = false
                lines.append(".Dl " + literal(String(line.dropFirst(2))))
                startsParagraph = true
                continue
            }
            if line.hasPrefix("- ") {
                if !inList {
                    lines += [".Bl -bullet -compact"]
                    inList = true
                }
                lines += [".It", text(String(line.dropFirst(2)))]
                startsParagraph = false
                continue
            }
            if inList {
                lines.append(".El")
                inList = false
            }
            if startsParagraph { lines.append(".Pp") }
            startsParagraph = false
            lines.append(text(line))
        }
        if inList { lines.append(".El") }
        return lines
    }

    /// A line of running text: backslashes escaped, a leading `.` or `'` made literal, a word with a `/` (a path)
    /// kept from hyphenation by `\%`, and every character beyond ASCII written as `\[uXXXX]`, so groff reads it
    /// whatever its input encoding; after a Japanese character, a break point `\:` (unless `breaks` is false, for
    /// names groff compares).
    static func text(_ line: String, breaks: Bool = true) -> String {
        var result = line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" : ""
        var atWordStart = true
        for (index, scalar) in zip(line.unicodeScalars.indices, line.unicodeScalars) {
            if atWordStart && scalar != " " && line.unicodeScalars[index...].prefix(while: { $0 != " " }).contains("/")
            {
                result += "\\%"
            }
            atWordStart = scalar == " "
            switch scalar {
            case "\\": result += "\\e"
            case _ where scalar.value < 0x80: result.unicodeScalars.append(scalar)
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
                // Japanese has no spaces: `\:` lets the line break after each of its characters, except where
                // Japanese typesetting forbids it (kinsoku): after an opening bracket, before closing punctuation.
                let next = line.unicodeScalars.index(after: index)
                let nextScalar = next < line.unicodeScalars.endIndex ? line.unicodeScalars[next] : nil
                if breaks && scalar.value >= 0x3000 && !Self.noBreakAfter.contains(scalar)
                    && !(nextScalar.map { Self.noBreakBefore.contains($0) } ?? false)
                {
                    result += "\\:"
                }
            }
        }
        return result
    }

    /// Characters a line must not start with: closing brackets, punctuation, small kana, the long-vowel mark.
    private static let noBreakBefore = Set("、。，．）」』】〕〉》：；？！ー…・ぁぃぅぇぉっゃゅょァィゥェォッャュョ:;,.)]!?%".unicodeScalars)
    /// Characters a line must not end with: opening brackets.
    private static let noBreakAfter = Set("（「『【〔〈《".unicodeScalars)

    /// A command shown as typed, as the arguments of `.Dl`: double quotes kept as `\(dq`, which mdoc would
    /// otherwise read as its own quoting.
    static func literal(_ command: String) -> String {
        text(command, breaks: false).replacing("\"", with: "\\(dq")
    }

    /// A macro argument in double quotes.
    private static func quoted(_ text: String) -> String {
        "\"" + Self.text(text).replacing("\"", with: "\\(dq") + "\""
    }

    /// `2026年 11月 30日`: three words, as groff's `.Dd` takes them.
    private static func japaneseDate(_ date: Date) -> String {
        let (year, month, day) = CalendarDay(dayNumber: Int64((date.timeIntervalSince1970 / 86_400).rounded(.down)))
            .components
        return text("\(year)年 \(month)月 \(day)日", breaks: false)
    }

    /// `November 30, 2026`.
    private static func mdocDate(_ date: Date) -> String {
        let day = CalendarDay(dayNumber: Int64((date.timeIntervalSince1970 / 86_400).rounded(.down)))
        let (year, month, dayOfMonth) = day.components
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return "\(months[month - 1]) \(dayOfMonth), \(year)"
    }
}
