/// A place where a JSON text breaks the grammar, and how, as data; the command line words it.
package struct JSONSyntaxError: Error, Sendable, Equatable {
    /// What the parser found where it expected something else.
    package enum Found: Sendable, Hashable {
        case endOfFile
        /// A printable ASCII character.
        case character(Character)
        /// A control character (below U+0020).
        case controlCharacter(UInt8)
        /// Any other character.
        case other
    }

    /// How the text breaks the grammar.
    package enum Problem: Sendable, Hashable {
        case emptyFile
        /// Something after the end of the top-level value.
        case textAfterValue(Found)
        case endOfFileBeforeValue
        case singleQuotes
        /// A `}` or `]` where a value belongs (a trailing comma?).
        case expectedValueAfterComma(Found)
        case expectedValue(Found)
        case nestedTooDeeply
        case endOfFileBeforeKey
        case trailingCommaInObject
        case expectedKey(Found)
        /// Not a `:` after the key `key` (as written, unescaped).
        case expectedColon(Found, key: String)
        case endOfFileInObject
        /// Neither `,` nor `}` after the value of `key`.
        case expectedCommaOrBrace(Found, key: String)
        case trailingCommaInArray
        case endOfFileInArray
        case expectedCommaOrBracket(Found)
        case digitAfterMinus, leadingZero, digitAfterPoint, digitInExponent
        /// A number beyond a double's range, as written.
        case numberOutOfRange(String)
        case unclosedString
        case rawLineBreak, rawTab, rawControlCharacter
        case invalidUTF8
        case endOfFileInEscape, endOfFileInUnicodeEscape
        case unpairedHighSurrogate, invalidLowSurrogate, loneLowSurrogate, invalidUnicodeEscape, unicodeEscapeDigits
        case invalidEscape
    }

    /// The byte offset of the offending character.
    package var offset: Int
    /// How the text breaks the grammar.
    package var problem: Problem

    /// Creates a syntax error.
    package init(offset: Int, problem: Problem) {
        self.offset = offset
        self.problem = problem
    }
}
