/// A flag, declared on its property, the shape of swift-argument-parser's `@Flag`: false unless given.
///
///     @Flag(help: "Print only JSON.", ja: "JSON だけを出力します。") var json = false
///
/// Its long name is the property's in kebab-case (`noKeepText` is `--no-keep-text`) unless `name:` says otherwise.
@propertyWrapper
struct Flag: Decodable, Sendable, DeclarationProviding {
    /// Whether it was given.
    var wrappedValue: Bool
    /// The declaration; nil once a value was decoded from a command line.
    private(set) var definition: ArgumentDefinition?

    /// The flag itself, so a command can give a shared flag its own help: `$0.$json.setHelp(…)`.
    var projectedValue: Flag {
        get { self }
        set { self = newValue }
    }

    /// A flag that is false unless given.
    init(
        wrappedValue: Bool, name: NameSpecification = .long, help: String, ja japanese: String,
        visibility: ArgumentVisibility = .default
    ) {
        self.wrappedValue = wrappedValue
        definition = ArgumentDefinition(
            kind: .flag, names: name, valueName: "", help: Bilingual(help, japanese), completion: nil, choices: [],
            isHidden: visibility == .hidden, initialValue: wrappedValue, apply: { _, _ in true })
    }

    init(from decoder: any Decoder) throws {
        wrappedValue = try ArgumentDecoder.value(Bool.self, from: decoder)
    }

    func definitions(name: String, path: [String]) -> (definitions: [ArgumentDefinition], undeclared: [String]) {
        (definition.map { [$0.named(name, path: path)] } ?? [], [])
    }

    /// Gives the flag another help text, for a command whose use of a shared flag differs.
    mutating func setHelp(_ english: String, ja japanese: String) {
        definition?.help = Bilingual(english, japanese)
    }
}

/// A positional argument, declared on its property, the shape of swift-argument-parser's `@Argument`:
///
///     @Argument(help: "The question's id.", ja: "質問の id です。", completion: .deck(.ids)) var id: String
///
/// A `String` property must be given; an optional one may be left out; an array takes every word left. Its name
/// in help (`<id>`) is the property's in kebab-case.
@propertyWrapper
struct Argument<Value: Sendable>: Decodable, Sendable, DeclarationProviding {
    /// The parsed value (before parsing, a required argument holds an empty placeholder).
    var wrappedValue: Value
    /// The declaration; nil once a value was decoded from a command line.
    private(set) var definition: ArgumentDefinition?

    /// A required argument.
    init(help: String, ja japanese: String, completion: CompletionKind? = nil) where Value == String {
        wrappedValue = ""
        definition = Self.definition(
            repeatable: false, help: Bilingual(help, japanese), completion: completion, requirement: .required,
            initial: nil, parse: .string)
    }

    /// An argument that may be left out: nil then.
    init<Wrapped: ExpressibleByArgument>(
        help: String, ja japanese: String, completion: CompletionKind? = nil
    ) where Value == Wrapped? {
        wrappedValue = nil
        let parse = Wrapped.valueParser
        let optional = ValueParser<Wrapped?>(choices: parse.choices) { (text) throws(ValueError) in
            try parse.parse(text)
        }
        definition = Self.definition(
            repeatable: false, help: Bilingual(help, japanese), completion: completion, requirement: .optional,
            initial: Value?.some(nil), parse: optional)
    }

    /// An argument that takes every word left, in order.
    init<Element: ExpressibleByArgument>(
        wrappedValue: Value = [], help: String, ja japanese: String, completion: CompletionKind? = nil
    ) where Value == [Element] {
        self.wrappedValue = wrappedValue
        let parse = Element.valueParser
        definition = ArgumentDefinition(
            kind: .argument(isRepeatable: true), names: .long, valueName: "", help: Bilingual(help, japanese),
            completion: completion, choices: parse.choices, initialValue: wrappedValue,
            apply: { (current, text) throws(ValueError) in (current as? [Element] ?? []) + [try parse.parse(text)] })
    }

    private static func definition<Parsed: Sendable>(
        repeatable: Bool, help: Bilingual, completion: CompletionKind?, requirement: Requirement, initial: Value?,
        parse: ValueParser<Parsed>
    ) -> ArgumentDefinition {
        ArgumentDefinition(
            kind: .argument(isRepeatable: repeatable), names: .long, valueName: "", help: help, completion: completion,
            choices: parse.choices, requirement: requirement, initialValue: initial,
            apply: { (_, text) throws(ValueError) in try parse.parse(text) })
    }

    init(from decoder: any Decoder) throws {
        wrappedValue = try ArgumentDecoder.value(Value.self, from: decoder)
    }

    func definitions(name: String, path: [String]) -> (definitions: [ArgumentDefinition], undeclared: [String]) {
        (definition.map { [$0.named(name, path: path)] } ?? [], [])
    }
}
