/// An option that takes a value, declared on its property, the shape of swift-argument-parser's `@Option`:
///
///     @Option(name: [.customShort("n"), .long], valueName: "n", help: "How many.", ja: "数です。",
///             parse: .integer(1...))
///     var count: Int?
///
/// Its long name is the property's in kebab-case unless `name:` says otherwise. An optional property is nil when the
/// option is absent; a property with a default keeps it; an array property is repeatable, each value also split at
/// commas (`--ids a,b --ids c`). The last value of a single-value option wins. `help:` and `ja:` are both required,
/// so no option is documented in one language only. A `String` or an enumeration of choices needs no `parse:`.
@propertyWrapper
struct Option<Value: Sendable>: Decodable, Sendable, DeclarationProviding {
    /// The parsed value, or the default.
    var wrappedValue: Value
    /// The declaration; nil once a value was decoded from a command line.
    private(set) var definition: ArgumentDefinition?

    /// The option itself, so a command can give a shared option its own help: `$0.$ids.setHelp(…)`.
    var projectedValue: Option<Value> {
        get { self }
        set { self = newValue }
    }

    /// A single-value option with a default.
    init(
        wrappedValue: Value, name: NameSpecification = .long, valueName: String = "", help: String, ja japanese: String,
        completion: CompletionKind? = nil, visibility: ArgumentVisibility = .default, parse: ValueParser<Value>
    ) {
        self.wrappedValue = wrappedValue
        let description = (wrappedValue as? any RawRepresentable).map { "\($0.rawValue)" } ?? "\(wrappedValue)"
        definition = Self.single(
            name: name, valueName: valueName, help: Bilingual(help, japanese), completion: completion,
            defaultDescription: description, requirement: .optional, visibility: visibility, initial: wrappedValue,
            parse: parse)
    }

    /// A single-value option that is nil when absent; `defaultValue` names in help what absence means.
    init<Wrapped: Sendable>(
        name: NameSpecification = .long, valueName: String = "", help: String, ja japanese: String,
        completion: CompletionKind? = nil, defaultValue: String? = nil, required requirement: Requirement = .optional,
        visibility: ArgumentVisibility = .default, parse: ValueParser<Wrapped>
    ) where Value == Wrapped? {
        wrappedValue = nil
        let optional = ValueParser<Wrapped?>(choices: parse.choices) { (text) throws(ValueError) in
            try parse.parse(text)
        }
        definition = Self.single(
            name: name, valueName: valueName, help: Bilingual(help, japanese), completion: completion,
            defaultDescription: defaultValue, requirement: requirement, visibility: visibility,
            initial: Value?.some(nil), parse: optional)
    }

    /// A repeatable option: every value, in order, each split at commas.
    init<Element: Sendable>(
        wrappedValue: Value = [], name: NameSpecification = .long, valueName: String = "", help: String,
        ja japanese: String, completion: CompletionKind? = nil, visibility: ArgumentVisibility = .default,
        parse: ValueParser<Element>
    ) where Value == [Element] {
        self.wrappedValue = wrappedValue
        definition = ArgumentDefinition(
            kind: .option(isRepeatable: true), names: name, valueName: valueName, help: Bilingual(help, japanese),
            completion: completion, choices: parse.choices, isHidden: visibility == .hidden, initialValue: wrappedValue,
            apply: { (current, text) throws(ValueError) in
                var values = current as? [Element] ?? []
                for part in text.split(separator: ",").map({ $0.trimmed() }) where !part.isEmpty {
                    do throws(ValueError) {
                        values.append(try parse.parse(part))
                    } catch {
                        throw ValueError(error.problem, value: part)
                    }
                }
                return values
            })
    }

    private static func single<Parsed: Sendable>(
        name: NameSpecification, valueName: String, help: Bilingual, completion: CompletionKind?,
        defaultDescription: String?, requirement: Requirement, visibility: ArgumentVisibility, initial: Value?,
        parse: ValueParser<Parsed>
    ) -> ArgumentDefinition {
        ArgumentDefinition(
            kind: .option(isRepeatable: false), names: name, valueName: valueName, help: help, completion: completion,
            choices: parse.choices, defaultDescription: defaultDescription, isHidden: visibility == .hidden,
            requirement: requirement, initialValue: initial,
            apply: { (_, text) throws(ValueError) in try parse.parse(text) })
    }

    init(from decoder: any Decoder) throws {
        wrappedValue = try ArgumentDecoder.value(Value.self, from: decoder)
    }

    func definitions(name: String, path: [String]) -> (definitions: [ArgumentDefinition], undeclared: [String]) {
        (definition.map { [$0.named(name, path: path)] } ?? [], [])
    }

    /// Gives the option another help text, for a command whose use of a shared option differs.
    mutating func setHelp(_ english: String, ja japanese: String) {
        definition?.help = Bilingual(english, japanese)
    }
}

// MARK: - Values that parse themselves

extension Option where Value: ExpressibleByArgument {
    /// A single-value option of text or of a fixed set of choices, with a default.
    init(
        wrappedValue: Value, name: NameSpecification = .long, valueName: String = "", help: String, ja japanese: String,
        completion: CompletionKind? = nil, visibility: ArgumentVisibility = .default
    ) {
        self.init(
            wrappedValue: wrappedValue, name: name, valueName: valueName, help: help, ja: japanese,
            completion: completion, visibility: visibility, parse: Value.valueParser)
    }
}

extension Option {
    /// A single-value option of text or of a fixed set of choices, nil when absent.
    init<Wrapped: ExpressibleByArgument>(
        name: NameSpecification = .long, valueName: String = "", help: String, ja japanese: String,
        completion: CompletionKind? = nil, defaultValue: String? = nil, required requirement: Requirement = .optional,
        visibility: ArgumentVisibility = .default
    ) where Value == Wrapped? {
        self.init(
            name: name, valueName: valueName, help: help, ja: japanese, completion: completion,
            defaultValue: defaultValue, required: requirement, visibility: visibility, parse: Wrapped.valueParser)
    }

    /// A repeatable option of text or of a fixed set of choices.
    init<Element: ExpressibleByArgument>(
        wrappedValue: Value = [], name: NameSpecification = .long, valueName: String = "", help: String,
        ja japanese: String, completion: CompletionKind? = nil, visibility: ArgumentVisibility = .default
    ) where Value == [Element] {
        self.init(
            wrappedValue: wrappedValue, name: name, valueName: valueName, help: help, ja: japanese,
            completion: completion, visibility: visibility, parse: Element.valueParser)
    }
}
