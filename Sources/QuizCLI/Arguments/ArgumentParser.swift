import QuizKit

/// Parses a command's arguments the way swift-argument-parser does: `--opt value`, `--opt=value`, bundled short
/// flags (`-hn3` is not allowed, `-n3` and `-n 3` are), and `--` to end options.
public enum ArgumentParser {
    /// Parses `arguments` (after the command's own words) against `spec`.
    public static func parse(_ arguments: [String], for spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments(command: spec)
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") || isNegativeNumber(argument) {
                parsed.addPositional(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                let name: String
                var inlineValue: String?
                if let equals = body.firstIndex(of: "=") {
                    name = String(body[..<equals])
                    inlineValue = String(body[body.index(after: equals)...])
                } else {
                    name = String(body)
                }
                guard let option = spec.option(named: name) else {
                    throw unknownOption("--" + name, spec: spec)
                }
                try take(option, inlineValue: inlineValue, arguments: arguments, index: &index, into: &parsed, as: "--" + name)
                continue
            }
            // Short options: -n 3, -n3, -h, or bundled flags such as -hy.
            var characters = Array(argument.dropFirst())
            while !characters.isEmpty {
                let letter = characters.removeFirst()
                guard let option = spec.allOptions.first(where: { $0.short == letter }) else {
                    throw unknownOption("-\(letter)", spec: spec)
                }
                if option.takesValue {
                    let inline = characters.isEmpty ? nil : String(characters)
                    try take(option, inlineValue: inline, arguments: arguments, index: &index, into: &parsed, as: "-\(letter)")
                    characters = []
                } else {
                    parsed.addFlag(option.name)
                }
            }
        }
        return parsed
    }

    private static func take(
        _ option: OptionSpec, inlineValue: String?, arguments: [String], index: inout Int,
        into parsed: inout ParsedArguments, as written: String
    ) throws(UsageError) {
        guard option.takesValue else {
            if inlineValue != nil {
                throw UsageError("The flag '\(written)' does not take a value.", command: parsed.command)
            }
            parsed.addFlag(option.name)
            return
        }
        let value: String
        if let inlineValue {
            value = inlineValue
        } else {
            guard index < arguments.count, !looksLikeOption(arguments[index]) else {
                throw UsageError("Missing value for '\(option.synopsis)'.", command: parsed.command)
            }
            value = arguments[index]
            index += 1
        }
        if !option.isRepeatable, parsed.values[option.name] != nil {
            throw UsageError("The option '\(option.synopsis)' was given more than once.", command: parsed.command)
        }
        parsed.addValue(value, for: option.name)
    }

    private static func unknownOption(_ written: String, spec: CommandSpec) -> UsageError {
        let names = spec.allOptions.flatMap { option in ["--" + option.name] + (option.short.map { ["-\($0)"] } ?? []) }
        var message = "Unknown option '\(written)'."
        if let suggestion = Suggestions.closest(to: written, among: names, limit: 1).first {
            message += " Did you mean '\(suggestion)'?"
        }
        return UsageError(message, command: spec)
    }

    private static func looksLikeOption(_ text: String) -> Bool {
        text.hasPrefix("-") && text != "-" && !isNegativeNumber(text)
    }

    private static func isNegativeNumber(_ text: String) -> Bool {
        text.count > 1 && text.hasPrefix("-") && text.dropFirst().allSatisfy { $0.isNumber }
    }
}
