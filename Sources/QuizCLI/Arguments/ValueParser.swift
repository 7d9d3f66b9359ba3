import QuizKit

// MARK: - Values

/// Why a value was refused: the problem, worded with the standard sentence by `UsageProblemWords`.
struct ValueError: Error, Equatable, Sendable {
    /// What is wrong with it.
    var problem: ValueProblem
    /// The part of the text refused, when not all of it (one item of a comma-separated list).
    var value: String?

    init(_ problem: ValueProblem = .unreadable, value: String? = nil) {
        self.problem = problem
        self.value = value
    }
}

/// Turns an option's text into a typed value, or refuses it.
struct ValueParser<Value>: Sendable {
    /// The only texts accepted, when the option takes one of a fixed set (listed in errors and suggestions).
    var choices: [String] = []
    /// The conversion.
    var parse: @Sendable (String) throws(ValueError) -> Value
}

extension ValueParser where Value == String {
    /// Any text.
    static var string: ValueParser { ValueParser { $0 } }

    /// Any text but an empty or blank one: `--progress ''` names no file, `--search ' '` nothing to find.
    static var nonEmpty: ValueParser {
        ValueParser { (text) throws(ValueError) in
            guard !text.trimmed().isEmpty else { throw ValueError(.empty) }
            return text
        }
    }
}

extension ValueParser where Value == Int {
    /// A whole number within `range`.
    static func integer(_ range: ClosedRange<Int>) -> ValueParser {
        ValueParser { (text) throws(ValueError) in
            guard let number = Int(text) else { throw ValueError() }
            guard range.contains(number) else {
                if range.upperBound == Int.max { throw ValueError(.atLeast(range.lowerBound)) }
                throw ValueError(.between(range.lowerBound, range.upperBound))
            }
            return number
        }
    }

    /// A whole number of at least `range.lowerBound`.
    static func integer(_ range: PartialRangeFrom<Int>) -> ValueParser {
        integer(range.lowerBound...Int.max)
    }

    /// A difficulty level: 1, 2 or 3.
    static var difficulty: ValueParser {
        ValueParser { (text) throws(ValueError) in
            guard let level = Int(text), (1...3).contains(level) else { throw ValueError(.difficulty) }
            return level
        }
    }
}

extension ValueParser where Value == UInt64 {
    /// An unsigned 64-bit number, such as a seed.
    static var uint64: ValueParser {
        ValueParser { (text) throws(ValueError) in
            guard let number = UInt64(text) else { throw ValueError(.unsignedNumber) }
            return number
        }
    }
}

extension ValueParser where Value: CaseIterable & RawRepresentable & Sendable, Value.RawValue == String {
    /// One of an enumeration's raw values.
    static var choice: ValueParser {
        let choices = Value.allCases.map(\.rawValue)
        return ValueParser(choices: choices) { (text) throws(ValueError) in
            guard let value = Value(rawValue: text) else {
                throw ValueError(
                    .notOneOf(choices, suggestion: Suggestions.closest(to: text, among: choices, limit: 1).first))
            }
            return value
        }
    }
}

// MARK: - Types that parse themselves

/// A type an option or argument can hold without a `parse:` of its own: text, and enumerations of fixed choices
/// (their raw values are the choices help, errors and completions list). The shape of swift-argument-parser's
/// `ExpressibleByArgument`.
protocol ExpressibleByArgument: Sendable {
    /// How a command-line word becomes a value.
    static var valueParser: ValueParser<Self> { get }
}

extension String: ExpressibleByArgument {
    static var valueParser: ValueParser<String> { .string }
}

extension ExpressibleByArgument where Self: CaseIterable & RawRepresentable, RawValue == String {
    static var valueParser: ValueParser<Self> { .choice }
}

extension QuizOrder: ExpressibleByArgument {}
extension StudyFocus: ExpressibleByArgument {}
extension DeckFormat: ExpressibleByArgument {}
extension CompletionKind.DeckValues: ExpressibleByArgument {}
