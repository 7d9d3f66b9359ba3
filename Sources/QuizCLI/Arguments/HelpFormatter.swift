import QuizKit

/// Formats help like swift-argument-parser: OVERVIEW, USAGE, ARGUMENTS, OPTIONS and SUBCOMMANDS.
struct HelpFormatter: Sendable {
    /// The width to wrap at.
    var width: Int

    /// Creates a formatter.
    init(width: Int) {
        self.width = max(40, width)
    }

    private static let labelColumn = 26

    /// The full help text of a command, ending with a newline.
    func help(for spec: CommandSpec, version: String? = nil) -> String {
        let wrapper = TextWrapper(width: width)
        var lines: [String] = []
        lines += wrapper.wrap("OVERVIEW: " + spec.abstract, restPrefix: "")
        if !spec.discussion.isEmpty {
            lines.append("")
            lines += BlockLayout(width: width).lines(for: spec.discussion)
        }
        lines.append("")
        lines += wrapper.wrap("USAGE: " + Self.keepingGroupsTogether(spec.usage), restPrefix: "       ")
            .map { $0.replacingNonBreakingSpaces() }
        if !spec.arguments.isEmpty {
            lines.append("")
            lines.append("ARGUMENTS:")
            for argument in spec.arguments {
                lines += entry("<\(argument.name)>", argument.help)
            }
        }
        lines.append("")
        lines.append("OPTIONS:")
        var options = spec.allOptions
        if let version {
            options.insert(.flag("version", help: "Show the version (\(version))."), at: options.count - 1)
        }
        for option in options {
            var help = option.help
            if let defaultValue = option.defaultValue { help += " (default: \(defaultValue))" }
            lines += entry(option.label, help)
        }
        if !spec.subcommands.isEmpty {
            lines.append("")
            lines.append("SUBCOMMANDS:")
            for subcommand in spec.subcommands {
                lines += entry(subcommand.name, subcommand.abstract)
            }
            lines.append("")
            lines.append("  See '\(spec.path.isEmpty ? "dlquiz help <subcommand>" : "dlquiz help \(spec.path.joined(separator: " ")) <subcommand>")' for detailed help.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The usage line with the spaces inside `[…]` and `<…>` made non-breaking, so wrapping never splits an option.
    static func keepingGroupsTogether(_ usage: String) -> String {
        var depth = 0
        return String(usage.map { character -> Character in
            switch character {
            case "[", "<": depth += 1
            case "]", ">": depth = max(0, depth - 1)
            case " " where depth > 0: return "\u{00A0}"
            default: break
            }
            return character
        })
    }

    /// A label in the left column and wrapped help in the right one.
    private func entry(_ label: String, _ help: String) -> [String] {
        let column = Self.labelColumn
        let indent = String(repeating: " ", count: column)
        let wrapper = TextWrapper(width: width)
        let padded = "  " + label
        if padded.count + 2 <= column {
            let first = padded + String(repeating: " ", count: column - padded.count)
            return wrapper.wrap(help, firstPrefix: first, restPrefix: indent)
        }
        return [padded] + wrapper.wrap(help, firstPrefix: indent, restPrefix: indent)
    }
}

extension String {
    fileprivate func replacingNonBreakingSpaces() -> String {
        String(map { $0 == "\u{00A0}" ? " " : $0 })
    }
}
