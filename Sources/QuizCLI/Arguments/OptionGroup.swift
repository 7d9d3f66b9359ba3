/// A group of shared options composed into a command, the shape of swift-argument-parser's `@OptionGroup`: its
/// declarations appear where the property is written, so a shared option is declared once, in its group.
///
///     @OptionGroup var deck: DeckOptions
///     @OptionGroup(adjusting: { $0.$ids.setHelp("Ask these ids, in this order.", ja: "…") })
///     var selection: SelectionOptions
///
/// `adjusting` changes the group's declarations for this command only, through their typed projections (a
/// misspelled one does not compile); `visibility: .hidden` hides the whole group.
@propertyWrapper
struct OptionGroup<Value: ParsableArguments>: Decodable, DeclarationProviding {
    /// The group's values.
    var wrappedValue: Value
    private var isHidden = false

    /// The group, as declared or adjusted for this command.
    init(visibility: ArgumentVisibility = .default, adjusting adjust: (inout Value) -> Void = { _ in }) {
        var value = Value()
        adjust(&value)
        wrappedValue = value
        isHidden = visibility == .hidden
    }

    init(from decoder: any Decoder) throws {
        wrappedValue = try Value(from: decoder)
    }

    func definitions(name: String, path: [String]) -> (definitions: [ArgumentDefinition], undeclared: [String]) {
        let found = Declarations(of: wrappedValue, path: path + [name])
        let definitions = found.definitions.map { definition in
            var definition = definition
            definition.isHidden = definition.isHidden || isHidden
            return definition
        }
        return (definitions, found.undeclared)
    }
}

extension OptionGroup: Sendable where Value: Sendable {}
