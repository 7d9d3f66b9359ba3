/// One option, flag or positional argument as the parser, help, completions and the manual page see it: made by a
/// property wrapper (`@Option`, `@Flag`, `@Argument`) and named after its property when `Declarations` finds it.
struct ArgumentDefinition: Sendable {
    /// What kind of word it is on the command line.
    enum Kind: Sendable, Equatable {
        /// `--json`: true when given.
        case flag
        /// `--count 3`; a repeatable one keeps every value (`--topic a --topic b,c`).
        case option(isRepeatable: Bool)
        /// A positional word; a repeatable one takes every word left.
        case argument(isRepeatable: Bool)
    }

    var kind: Kind
    /// The property path from the command, groups first: `["selection", "topics"]`. Set by `Declarations`.
    var key: [String] = []
    /// How the names are made from the property's name.
    var names: NameSpecification
    /// `count`, without dashes; nil for an argument, or an option declared with a short name only.
    var long: String?
    /// `n`.
    var short: Character?
    /// The placeholder for the value (`n`, `file`); for an argument, its name (`id`). The property's name in
    /// kebab-case unless declared.
    var valueName: String
    /// One line of help in both languages.
    var help: Bilingual
    /// What a shell offers for the value; `.freeText` says there is nothing to offer.
    var completion: CompletionKind?
    /// The only values accepted, when there is a fixed set.
    var choices: [String]
    /// The default as help shows it: `(default: 4)`.
    var defaultDescription: String?
    /// Whether help, usage lines, the manual page and completions leave it out.
    var isHidden = false
    /// Whether it must be given.
    var requirement: Requirement = .optional
    /// The value before parsing (nil for a required one), handed to the decoder when it is not given.
    var initialValue: (any Sendable)?
    /// The value after one more occurrence: `current` is nil on the first one, so a repeatable option's values
    /// replace its default; a single-value option's last occurrence wins.
    var apply: @Sendable (_ current: (any Sendable)?, _ text: String) throws(ValueError) -> any Sendable

    /// The joined key the parsed values are stored under: `selection.topics`.
    var storageKey: String { key.joined(separator: ".") }

    /// Whether it takes a value: an option or an argument.
    var takesValue: Bool { kind != .flag }

    /// Whether it is a positional argument.
    var isPositional: Bool {
        if case .argument = kind { return true }
        return false
    }

    /// `--count <n>`, `--json` or `<id>`, as messages show it.
    var synopsis: String {
        switch kind {
        case .flag: "--" + (long ?? short.map(String.init) ?? "")
        case .option: (long.map { "--" + $0 } ?? short.map { "-\($0)" } ?? "") + " <\(valueName)>"
        case .argument: "<\(valueName)>"
        }
    }
}

// MARK: - Names

/// The names of an option or flag, the shape of swift-argument-parser's `NameSpecification`: `.long` (the
/// property's name in kebab-case, the default), `.shortAndLong`, `.customLong("ids")`, `.customShort("n")`, or
/// a list such as `[.customShort("n"), .long]`.
struct NameSpecification: ExpressibleByArrayLiteral, Sendable {
    /// One name.
    enum Element: Sendable {
        /// `--no-keep-text` for `noKeepText`.
        case long
        /// The first letter of the property's name.
        case short
        /// A long name other than the property's.
        case customLong(String)
        /// A short name other than the first letter.
        case customShort(Character)
    }

    var elements: [Element]

    init(arrayLiteral elements: Element...) {
        self.elements = elements
    }

    static let long: NameSpecification = [.long]
    static let short: NameSpecification = [.short]
    static let shortAndLong: NameSpecification = [.long, .short]

    static func customLong(_ name: String) -> NameSpecification { [.customLong(name)] }
    static func customShort(_ letter: Character) -> NameSpecification { [.customShort(letter)] }

    /// The long and short names for a property.
    func resolved(for property: String) -> (long: String?, short: Character?) {
        var long: String?
        var short: Character?
        for element in elements {
            switch element {
            case .long: long = Self.kebabCase(property)
            case .short: short = property.first
            case .customLong(let name): long = name
            case .customShort(let letter): short = letter
            }
        }
        return (long, short)
    }

    /// `noKeepText` as `no-keep-text`.
    static func kebabCase(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isUppercase {
                if !result.isEmpty { result += "-" }
                result += character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// Whether a declaration shows in help, usage lines, the manual page and completions.
enum ArgumentVisibility: Sendable {
    /// Shown.
    case `default`
    /// Parsed but not shown: an option for scripts only.
    case hidden
}

/// Whether an option must be given.
struct Requirement: Sendable {
    /// Whether help shows it without brackets and the parser refuses a command line without it.
    var isRequired: Bool
    /// For a required option: whether the other values, once parsed, stand in for it (the whole command is passed).
    var standsIn: (@Sendable (Any) -> Bool)?

    /// May be left out.
    static let optional = Requirement(isRequired: false)
    /// Must be given.
    static let required = Requirement(isRequired: true)

    /// Must be given unless the property at `path` of the parsed command is true, as an `--output` whose extension
    /// names the format stands in for `--format`.
    static func unless<Root>(_ path: KeyPath<Root, Bool> & Sendable) -> Requirement {
        Requirement(isRequired: true, standsIn: { ($0 as? Root)?[keyPath: path] ?? false })
    }
}

// MARK: - Finding the declarations

/// A property wrapper that declares something: an option, flag or argument, or a group of them.
protocol DeclarationProviding {
    /// The definitions of the property `name` reached by `path` (the groups above it), in order; the names of the
    /// stored properties of a group that declare nothing.
    func definitions(name: String, path: [String]) -> (definitions: [ArgumentDefinition], undeclared: [String])
}

/// Every declaration of a command or group, found with `Mirror` on a fresh value: its properties in the order they
/// are written, each `@OptionGroup` flattened in place.
struct Declarations: Sendable {
    /// The options, flags and arguments.
    var definitions: [ArgumentDefinition]
    /// The stored properties that are neither a declaration nor a group, as paths (`quiz.count`): the parser
    /// cannot fill them, so a test requires there be none.
    var undeclared: [String]

    init(of value: some ParsableArguments, path: [String] = []) {
        var definitions: [ArgumentDefinition] = []
        var undeclared: [String] = []
        for child in Mirror(reflecting: value).children {
            guard let label = child.label else { continue }
            guard label.hasPrefix("_"), let provider = child.value as? any DeclarationProviding else {
                undeclared.append((path + [label]).joined(separator: "."))
                continue
            }
            let found = provider.definitions(name: String(label.dropFirst()), path: path)
            definitions += found.definitions
            undeclared += found.undeclared
        }
        self.definitions = definitions
        self.undeclared = undeclared
    }
}

extension ArgumentDefinition {
    /// The definition named after the property `name` at `path`.
    func named(_ name: String, path: [String]) -> ArgumentDefinition {
        var definition = self
        definition.key = path + [name]
        if !isPositional {
            (definition.long, definition.short) = names.resolved(for: name)
        }
        if definition.valueName.isEmpty { definition.valueName = NameSpecification.kebabCase(name) }
        return definition
    }
}
