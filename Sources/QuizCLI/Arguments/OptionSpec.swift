/// One option a command accepts, such as `-n, --count <n>` or `--json`.
public struct OptionSpec: Sendable, Hashable {
    /// The long name without dashes: `count`.
    public var name: String
    /// The one-letter short name, if any: `n`.
    public var short: Character?
    /// The placeholder for the value (`n`, `file`), or nil for a flag.
    public var valueName: String?
    /// One line of help.
    public var help: String
    /// The default, shown as `(default: …)`.
    public var defaultValue: String?
    /// Whether the option may be given more than once.
    public var isRepeatable: Bool
    /// The only values accepted, when the option takes one of a fixed set.
    public var choices: [String]

    /// A flag: present or absent.
    public static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, short: short, valueName: nil, help: help, defaultValue: nil, isRepeatable: false, choices: [])
    }

    /// An option that takes a value.
    public static func value(
        _ name: String, short: Character? = nil, valueName: String, help: String, defaultValue: String? = nil,
        isRepeatable: Bool = false, choices: [String] = []
    ) -> OptionSpec {
        OptionSpec(
            name: name, short: short, valueName: valueName, help: help, defaultValue: defaultValue,
            isRepeatable: isRepeatable, choices: choices)
    }

    /// Whether the option takes a value.
    public var takesValue: Bool { valueName != nil }

    /// `--count <n>`, as usage lines and messages show it.
    public var synopsis: String {
        valueName.map { "--\(name) <\($0)>" } ?? "--\(name)"
    }

    /// `-n, --count <n>`, as the options list shows it.
    public var label: String {
        (short.map { "-\($0), " } ?? "") + synopsis
    }
}
