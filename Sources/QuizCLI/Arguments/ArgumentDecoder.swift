/// Fills a command from what the parser found, the way swift-argument-parser's `ArgumentDecoder` does: the
/// command's synthesized `init(from:)` asks for each property by its coding key, each property wrapper takes the
/// value stored under its path (`selection.topics`), and an `@OptionGroup` decodes its group one level down. The
/// parser stored every declared property, given or not, so nothing falls back to a second list of defaults.
struct ArgumentDecoder: Decoder {
    /// The values by joined property path, defaults included.
    let values: [String: any Sendable]
    /// The properties above the one being decoded.
    let codingPath: [any CodingKey]

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(values: [String: any Sendable], codingPath: [any CodingKey] = []) {
        self.values = values
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(PropertyContainer<Key>(decoder: self))
    }

    /// Reached only by a stored property without a declaration (a plain `var count: Int`).
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DeclarationError.undeclared(path)
    }

    /// Reached only by a stored property without a declaration (a plain `var count: Int`).
    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DeclarationError.undeclared(path)
    }

    /// `selection.topics`.
    var path: String { codingPath.map(\.stringValue).joined(separator: ".") }

    /// The value the parser stored for the property a wrapper is decoding.
    static func value<T>(_ type: T.Type, from decoder: any Decoder) throws -> T {
        guard let decoder = decoder as? ArgumentDecoder else { throw DeclarationError.notFromCommandLine }
        guard let stored = decoder.values[decoder.path], let value = stored as? T else {
            throw DeclarationError.undeclared(decoder.path)
        }
        return value
    }
}

/// The properties of one command or group.
private struct PropertyContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: ArgumentDecoder

    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }

    func decodeNil(forKey key: Key) throws -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try T(from: ArgumentDecoder(values: decoder.values, codingPath: codingPath + [key]))
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        throw DeclarationError.undeclared(decoder.path + "." + key.stringValue)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DeclarationError.undeclared(decoder.path + "." + key.stringValue)
    }

    func superDecoder() throws -> any Decoder { decoder }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        ArgumentDecoder(values: decoder.values, codingPath: codingPath + [key])
    }
}

/// A mistake in a command's declarations, found when filling it: a programmer's error that the declaration tests
/// catch before a user can meet it (so it is worded in English only).
enum DeclarationError: Error, CustomStringConvertible {
    /// A stored property that is neither an `@Option`, `@Flag`, `@Argument` nor an `@OptionGroup`.
    case undeclared(String)
    /// A property wrapper decoded by something other than the command-line parser.
    case notFromCommandLine

    var description: String {
        switch self {
        case .undeclared(let path):
            "the property '\(path)' is not declared with @Option, @Flag, @Argument or @OptionGroup"
        case .notFromCommandLine:
            "options are filled from a command line only"
        }
    }
}
