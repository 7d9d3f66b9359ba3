import QuizKit

/// Formats help like swift-argument-parser: OVERVIEW, USAGE, ARGUMENTS, OPTIONS and SUBCOMMANDS, in English or
/// Japanese.
struct HelpFormatter: Sendable {
    /// The width to wrap at.
    var width: Int
    /// `en` or `ja`.
    var language: String

    /// Creates a formatter; widths below 20 are treated as 20.
    init(width: Int, language: String = "en") {
        self.width = max(20, width)
        self.language = language
    }

    private func words(_ english: String, _ japanese: String) -> String {
        Bilingual(english, japanese).text(in: language)
    }

    /// Where descriptions start when they stand beside their option.
    private static let labelColumn = 26
    /// The narrowest description column worth keeping beside the options; below it (under 56 columns), each
    /// description goes under its option, as `stackedIndent`.
    static let narrowestDescriptionColumn = 30
    /// The indent of a description under its option.
    private static let stackedIndent = 6

    /// The full help text of a command, ending with a newline.
    func help(for spec: CommandSpec, version: String? = nil) -> String {
        let spec = spec.localized(to: language)
        let wrapper = TextWrapper(width: width)
        var lines: [String] = []
        lines += wrapper.wrap(words("OVERVIEW: ", "概要: ") + spec.abstract, restPrefix: "")
        if !spec.discussion.isEmpty {
            lines.append("")
            lines += discussionLines(spec.discussion)
        }
        lines.append("")
        let usage = words("USAGE: ", "使い方: ")
        lines += wrapper.wrap(
            usage + Self.keepingGroupsTogether(spec.usage),
            restPrefix: String(repeating: " ", count: DisplayWidth.of(usage))
        )
        .map { $0.replacingNonBreakingSpaces() }
        if !spec.arguments.isEmpty {
            lines.append("")
            lines.append(words("ARGUMENTS:", "引数:"))
            for argument in spec.arguments {
                lines += entry("<\(argument.name)>", argument.help)
            }
        }
        lines.append("")
        lines.append(words("OPTIONS:", "オプション:"))
        var options = spec.allOptions.map { option in
            var option = option
            if option.name == "help" { option.help = Bilingual.helpFlag.text(in: language) }
            return option
        }
        if let version {
            let help = Bilingual("Show the version (\(version)).", "バージョン（\(version)）を表示します。")
            options.insert(.flag("version", help: help).localized(to: language), at: options.count - 1)
        }
        for option in options {
            var help = option.help
            if let defaultValue = option.defaultValue {
                help += words(" (default: \(defaultValue))", "（既定値: \(defaultValue)）")
            }
            lines += entry(option.label, help)
        }
        if !spec.subcommands.isEmpty {
            lines.append("")
            lines.append(words("SUBCOMMANDS:", "サブコマンド:"))
            for subcommand in spec.subcommands {
                lines += entry(subcommand.name, subcommand.abstract)
            }
            lines.append("")
            let command =
                spec.path.isEmpty
                ? "dlquiz help <subcommand>" : "dlquiz help \(spec.path.joined(separator: " ")) <subcommand>"
            lines += wrapper.wrap(
                words("See '\(command)' for detailed help.", "詳しくは '\(command)' をご覧ください。"),
                firstPrefix: "  ", restPrefix: "  ")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A discussion laid out at the width: paragraphs and `- ` lists wrapped between words, and each line that
    /// starts with `$ ` a command to copy, indented, broken only with ` \\` continuations.
    func discussionLines(_ discussion: String) -> [String] {
        var lines: [String] = []
        for block in discussion.components(separatedBy: "\n\n") where !block.trimmed().isEmpty {
            if !lines.isEmpty { lines.append("") }
            let blockLines = block.split(separator: "\n").map(String.init)
            if blockLines.allSatisfy({ $0.hasPrefix("$ ") }) {
                for command in blockLines {
                    lines += ShellQuoting.commandLines(String(command.dropFirst(2)), width: width, indent: "  ")
                }
            } else {
                lines += BlockLayout(width: width).lines(for: block)
            }
        }
        return lines
    }

    /// The usage line with the spaces inside `[…]` and `<…>` made non-breaking, so wrapping never splits an option.
    static func keepingGroupsTogether(_ usage: String) -> String {
        var depth = 0
        return String(
            usage.map { character -> Character in
                switch character {
                case "[", "<": depth += 1
                case "]", ">": depth = max(0, depth - 1)
                case " " where depth > 0: return "\u{00A0}"
                default: break
                }
                return character
            })
    }

    /// A label in the left column and wrapped help in the right one; on a narrow screen, where the right column
    /// would be narrower than `narrowestDescriptionColumn`, the help on its own lines under the label.
    private func entry(_ label: String, _ help: String) -> [String] {
        let wrapper = TextWrapper(width: width)
        let padded = "  " + label
        if width - Self.labelColumn < Self.narrowestDescriptionColumn {
            let indent = String(repeating: " ", count: Self.stackedIndent)
            return wrapper.wrap(label, firstPrefix: "  ", restPrefix: "    ")
                + wrapper.wrap(help, firstPrefix: indent, restPrefix: indent)
        }
        let column = Self.labelColumn
        let indent = String(repeating: " ", count: column)
        if DisplayWidth.of(padded) + 2 <= column {
            let first = padded + String(repeating: " ", count: column - DisplayWidth.of(padded))
            return wrapper.wrap(help, firstPrefix: first, restPrefix: indent)
        }
        return [padded] + wrapper.wrap(help, firstPrefix: indent, restPrefix: indent)
    }
}

extension String {
    func replacingNonBreakingSpaces() -> String {
        String(map { $0 == "\u{00A0}" ? " " : $0 })
    }
}
