import Testing

@testable import QuizCLI
@testable import QuizKit

@Suite struct JSONParserTests {
    private func parse(_ text: String) throws -> JSONNode {
        try JSONParser(bytes: Array(text.utf8)).parse()
    }

    private func error(_ text: String) -> (String, String) {
        do {
            _ = try JSONParser(bytes: Array(text.utf8)).parse()
            return ("", "parsed")
        } catch {
            return (
                LineIndex(bytes: Array(text.utf8)).location(of: error.offset).description, error.problem.words.english
            )
        }
    }

    @Test func parsesNestedValuesWithOffsets() throws {
        let node = try parse(#"{"a": [1, 2.5, "x\n\u00e9\ud83d\ude00"], "b": null, "c": true}"#)
        guard case .object(let members) = node.value else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["a", "b", "c"])
        guard case .array(let elements) = members[0].value.value else {
            Issue.record("not an array")
            return
        }
        #expect(elements[0].offset == 7)
        if case .number(let value, let isInteger) = elements[1].value {
            #expect(value == 2.5 && !isInteger)
        }
        if case .string(let text) = elements[2].value { #expect(text == "x\né😀") }
    }

    @Test func aDeferredKeysObjectIsSkippedWithItsBytes() throws {
        // Strings with brackets, braces, escaped quotes and backslashes inside, at every offset of the eight-byte
        // scan: the deferred range ends exactly at the object's closing brace.
        for lead in 0..<9 {
            let pad = String(repeating: "a", count: lead)
            let cues = #"{"1": ["\#(pad)}]{[", "\#(pad)\"}\\"], "2": {"en": ["x\\"]}}"#
            let text = #"{"keyPointCues": \#(cues), "after": [1, {"keyPointCues": "plain"}]}"#
            let bytes = Array(text.utf8)
            let node = try JSONParser(bytes: bytes, deferring: ["keyPointCues"]).parse()
            guard case .deferred(let range) = node["keyPointCues"]?.value else {
                Issue.record("not deferred, lead \(lead)")
                return
            }
            #expect(String(decoding: bytes[range], as: UTF8.self) == cues, "lead \(lead)")
            // The rest is read as usual, and a value that is no object or array is parsed, not deferred.
            guard case .array(let after) = node["after"]?.value else {
                Issue.record("after not read")
                return
            }
            #expect(after[1]["keyPointCues"]?.stringValue == "plain")
        }
        // An object that never closes is an error, as when it is parsed.
        #expect(throws: JSONSyntaxError.self) {
            try JSONParser(bytes: Array(#"{"keyPointCues": {"1": ["a"]"#.utf8), deferring: ["keyPointCues"]).parse()
        }
    }

    @Test func aStringEndsOrEscapesAtEveryPlaceOfTheEightByteScan() throws {
        // The fast scan reads eight bytes at a time: a quote, a backslash, a control character or a multi-byte
        // character at each offset of a word must be found exactly where it is.
        for lead in 0..<17 {
            let prefix = String(repeating: "a", count: lead)
            for (inner, expected) in [
                (#"\""#, "\""), (#"\\"#, "\\"), (#"\n"#, "\n"), ("é", "é"), ("日本", "日本"), ("~", "~"),
            ] {
                let node = try parse("\"" + prefix + inner + "bbbbbbbbb\"")
                guard case .string(let text) = node.value else {
                    Issue.record("not a string")
                    return
                }
                #expect(text == prefix + expected + "bbbbbbbbb", "lead \(lead), \(inner)")
            }
            #expect(error("\"" + prefix + "\u{01}bbbbbbbb\"").1.contains("control"), "lead \(lead)")
        }
    }

    @Test(arguments: [
        ("{\"a\": 1,}", "1:9", "unexpected '}' after a comma: remove the trailing comma"),
        ("{\"a\" 1}", "1:6", "expected ':' after the key \"a\""),
        ("[1 2]", "1:4", "expected ',' or ']' after an array element"),
        ("{\"a\": \"unterminated}", "1:7", "this string is never closed"),
        ("{'a': 1}", "1:2", "expected a key in double quotes"),
        ("[01]", "1:3", "numbers must not have leading zeros"),
        ("{\"a\": 1}\n{}", "2:1", "after the end of the JSON value"),
        ("[\"a\tb\"]", "1:4", "a string cannot contain a raw tab"),
        ("[\"\\x\"]", "1:3", "invalid escape sequence"),
        ("[tru]", "1:2", "expected a value"),
    ])
    func reportsWhereTheGrammarBreaks(text: String, location: String, message: String) {
        let (actualLocation, actualMessage) = error(text)
        #expect(actualLocation == location, "\(actualMessage)")
        #expect(actualMessage.contains(message), "\(actualMessage)")
    }

    @Test func columnsCountCharactersNotBytes() {
        let (location, _) = error("{\"名前\": x}")
        #expect(location == "1:8")
    }

    @Test func refusesDeepNesting() {
        let text = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
        #expect(error(text).1.contains("nested too deeply"))
    }

    @Test func refusesInvalidUTF8() {
        let bytes: [UInt8] = Array("[\"ab".utf8) + [0xFF] + Array("\"]".utf8)
        #expect(throws: JSONSyntaxError.self) { try JSONParser(bytes: bytes).parse() }
    }

    /// Numbers are written exactly: the shortest text that reads back to the same Double, never rounded.
    @Test(arguments: [
        (4.0, "4"), (-3.0, "-3"), (0.5, "0.5"), (2.0 / 3.0, "0.6666666666666666"), (1e-7, "1e-07"),
        (1e300, "1e+300"), (4.123456789, "4.123456789"), (1e15, "1000000000000000"),
        (9_007_199_254_740_992, "9007199254740992"), (1e16, "1e+16"), (Double.nan, "null"), (Double.infinity, "null"),
    ])
    func numbersRoundTripExactly(value: Double, text: String) throws {
        #expect(JSONValue.double(value).rendered(pretty: false) == text)
        if value.isFinite {
            #expect(Double(text) == value)
        }
    }
}
