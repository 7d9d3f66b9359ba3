/// Reads one line of the progress file straight from its bytes.
///
/// A progress file can hold a million lines, so this scanner avoids Foundation's decoders (which cost as much as `jq`
/// per line) and creates no `String` for ids it has seen before. Unknown keys are skipped, so newer writers can add
/// fields; a line that is not a complete record of a known version is rejected with a reason.
struct ProgressLineParser {
    /// A parsed line.
    enum Line {
        case answer(StoredAnswer)
        case undo(session: Int32, sequence: Int32)
        case followUp(StoredFollowUp)
        case blank
    }

    /// A reason to skip a line.
    struct Failure: Error {
        var cause: ProgressProblem.Cause

        init(_ flaw: ProgressProblem.Flaw) { cause = .malformed(flaw) }
        init(_ cause: ProgressProblem.Cause) { self.cause = cause }
    }

    var strings = StringInterner()
    private var keys: [UInt64: Int32] = [:]
    private(set) var questionKeys: [(deck: Int32, question: Int32)] = []
    /// The typed answers kept in records, which `StoredAnswer.text` and `StoredFollowUp.text` index.
    private(set) var texts: [String] = []
    /// The whole length, in characters, of each kept text that its record cut (`answerLength`), by index in `texts`.
    private(set) var textLengths: [Int32: Int] = [:]
    /// The modes seen (`quiz`, `timed`, …), which `StoredAnswer.mode` indexes: a small table, so the index fits a byte.
    private(set) var modes: [String] = ["quiz"]
    private var modeIndexes: [Int32: UInt8] = [:]

    /// The index of an interned mode in `modes`, adding it when new.
    private mutating func modeIndex(_ interned: Int32) throws(Failure) -> UInt8 {
        if let known = modeIndexes[interned] { return known }
        let name = strings.strings[Int(interned)]
        if let existing = modes.firstIndex(of: name) {
            modeIndexes[interned] = UInt8(existing)
            return UInt8(existing)
        }
        guard modes.count < Int(UInt8.max) else { throw Failure(.tooManyModes) }
        modes.append(name)
        modeIndexes[interned] = UInt8(modes.count - 1)
        return UInt8(modes.count - 1)
    }

    /// The id of a (deck, question) pair, adding it when new.
    mutating func key(deck: Int32, question: Int32) -> Int32 {
        let packed = UInt64(UInt32(bitPattern: deck)) << 32 | UInt64(UInt32(bitPattern: question))
        if let existing = keys[packed] { return existing }
        let id = Int32(questionKeys.count)
        questionKeys.append((deck, question))
        keys[packed] = id
        return id
    }

    mutating func parse(_ line: UnsafeBufferPointer<UInt8>) throws(Failure) -> Line {
        if let offset = UTF8Check.firstInvalidByte(in: line) { throw Failure(.invalidUTF8(byte: offset + 1)) }
        var scanner = ProgressLineScanner(bytes: line)
        scanner.skipWhitespace()
        if scanner.isAtEnd { return .blank }
        guard scanner.consume(UInt8(ascii: "{")) else {
            throw Failure(.notAnObject)
        }
        var version: Int64?
        var isUndo = false
        var isFollowUp = false
        var followUp: Int64?
        var well: Bool?
        var answerText: String?
        var answerLength: Int64?
        var time: Int64?
        var session: Int32?
        var sequence: Int64?
        var deck: Int32?
        var question: Int32?
        var grade: Int64?
        var covered: (points: KeyPointSet, listed: Int)?
        var suggested: KeyPointSet?
        var suggestedLanguage: Int32?
        var total: Int64?
        var seconds: Int64?
        var limit: Int64?
        var mode: Int32?

        scanner.skipWhitespace()
        if !scanner.consume(UInt8(ascii: "}")) {
            while true {
                scanner.skipWhitespace()
                let key = try scanner.key()
                scanner.skipWhitespace()
                guard scanner.consume(UInt8(ascii: ":")) else { throw Failure(.expectedColon) }
                scanner.skipWhitespace()
                switch ProgressRecordKey(key) {
                case .version: version = try scanner.integer(named: "v")
                case .type:
                    let value = try scanner.stringBytes(named: "type")
                    if ProgressRecordKey.equal(value, "undo") {
                        isUndo = true
                    } else if ProgressRecordKey.equal(value, "followup") {
                        isFollowUp = true
                    } else if !ProgressRecordKey.equal(value, "answer") {
                        throw Failure(.unknownRecordType)
                    }
                case .time:
                    let value = try scanner.stringBytes(named: "time")
                    guard let parsed = Timestamp.epochSeconds(parsing: value) else {
                        throw Failure(.impossibleTime)
                    }
                    time = parsed
                case .session: session = try scanner.internedString(named: "session", in: &strings)
                case .sequence: sequence = try scanner.integer(named: "seq")
                case .deck: deck = try scanner.internedString(named: "deck", in: &strings)
                case .question: question = try scanner.internedString(named: "question", in: &strings)
                case .grade: grade = try scanner.integer(named: "grade")
                case .covered: covered = try scanner.pointSet()
                case .suggested: suggested = try scanner.pointSet().points
                case .suggestedLanguage:
                    suggestedLanguage = try scanner.internedString(named: "suggestedLang", in: &strings)
                case .total: total = try scanner.integer(named: "total")
                case .seconds: seconds = try scanner.integer(named: "seconds")
                case .limit:
                    if scanner.consumeNull() { limit = nil } else { limit = try scanner.integer(named: "limit") }
                case .mode: mode = try scanner.internedString(named: "mode", in: &strings)
                case .answer: answerText = try scanner.text(named: "answer")
                case .answerLength: answerLength = try scanner.integer(named: "answerLength")
                case .followUp: followUp = try scanner.integer(named: "followUp")
                case .well: well = try scanner.boolean(named: "well")
                case .other: try scanner.skipValue(depth: 0)
                }
                scanner.skipWhitespace()
                if scanner.consume(UInt8(ascii: ",")) { continue }
                if scanner.consume(UInt8(ascii: "}")) { break }
                throw Failure(scanner.isAtEnd ? .endsInRecord : .expectedCommaOrBrace)
            }
        }
        scanner.skipWhitespace()
        guard scanner.isAtEnd else { throw Failure(.textAfterRecord) }
        guard let version else { throw Failure(.missingVersion) }
        guard version == Int64(ProgressLineEncoder.formatVersion) else {
            throw Failure(.unknownFormatVersion(version))
        }
        guard let time else { throw Failure(.missing("time")) }
        guard let session else { throw Failure(.missing("session")) }
        if isFollowUp {
            guard let deck else { throw Failure(.missing("deck")) }
            guard let question else { throw Failure(.missing("question")) }
            guard let followUp, (1...255).contains(followUp) else {
                throw Failure(.missingOrOutside("followUp", 1...255))
            }
            guard let well else { throw Failure(.missing("well")) }
            return .followUp(
                StoredFollowUp(
                    time: time, key: key(deck: deck, question: question), session: session, followUp: UInt8(followUp),
                    answeredWell: well, text: store(answerText, length: answerLength)))
        }
        guard let sequence, sequence >= 1, sequence <= Int64(Int32.max) else {
            throw Failure(.missingOrNotPositive("seq"))
        }
        if isUndo { return .undo(session: session, sequence: Int32(sequence)) }
        guard let deck else { throw Failure(.missing("deck")) }
        guard let question else { throw Failure(.missing("question")) }
        guard let grade, (1...4).contains(grade) else { throw Failure(.missingOrOutside("grade", 1...4)) }
        guard let total, (0...Int64(KeyPointSet.maximum)).contains(total) else {
            throw Failure(.missingOrOutside("total", 0...KeyPointSet.maximum))
        }
        guard let (covered, listed) = covered, covered.highest <= total else {
            throw Failure(.coveredAboveTotal)
        }
        guard listed <= total else { throw Failure(.coveredMoreThanTotal) }
        let secondsValue = min(max(seconds ?? 0, 0), Int64(Int32.max))
        let limitValue = limit.map { min(max($0, 0), Int64(Int32.max)) } ?? -1
        var modeValue: UInt8 = 0
        if let mode { modeValue = try modeIndex(mode) }
        // The language joins the modes' small table ("quiz" is its first name, so 0 can mean "no suggestion").
        var suggestion: UInt8 = 0
        if let suggested, suggested.highest <= total {
            suggestion = try modeIndex(suggestedLanguage ?? strings.id(for: ""))
        }
        return .answer(
            StoredAnswer(
                time: time, key: key(deck: deck, question: question), session: session, sequence: Int32(sequence),
                seconds: Int32(secondsValue), limit: Int32(limitValue), text: store(answerText, length: answerLength),
                covered: covered,
                // A suggestion naming a point the question does not have is dropped, never the grade with it.
                suggested: suggestion == 0 ? KeyPointSet() : suggested ?? KeyPointSet(),
                total: UInt8(total), grade: UInt8(grade), mode: modeValue, suggestion: suggestion))
    }

    /// Keeps a typed answer (with the whole answer's length when the record cut it) and returns its index, or -1.
    private mutating func store(_ text: String?, length: Int64?) -> Int32 {
        guard let text, !text.isEmpty else { return -1 }
        texts.append(text)
        let index = Int32(texts.count - 1)
        if let length, length > 0 { textLengths[index] = Int(clamping: length) }
        return index
    }
}

// MARK: - ProgressRecordKey

/// The keys of a progress record, recognised from their bytes.
enum ProgressRecordKey {
    case version, type, time, session, sequence, deck, question, grade, covered, total, seconds, limit, mode, answer
    case answerLength, followUp, well, suggested, suggestedLanguage, other

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        switch bytes.count {
        case 1: self = bytes[0] == UInt8(ascii: "v") ? .version : .other
        case 3: self = ProgressRecordKey.equal(bytes, "seq") ? .sequence : .other
        case 4:
            if ProgressRecordKey.equal(bytes, "time") {
                self = .time
            } else if ProgressRecordKey.equal(bytes, "type") {
                self = .type
            } else if ProgressRecordKey.equal(bytes, "deck") {
                self = .deck
            } else if ProgressRecordKey.equal(bytes, "mode") {
                self = .mode
            } else if ProgressRecordKey.equal(bytes, "well") {
                self = .well
            } else {
                self = .other
            }
        case 5:
            if ProgressRecordKey.equal(bytes, "grade") {
                self = .grade
            } else if ProgressRecordKey.equal(bytes, "total") {
                self = .total
            } else if ProgressRecordKey.equal(bytes, "limit") {
                self = .limit
            } else {
                self = .other
            }
        case 7:
            if ProgressRecordKey.equal(bytes, "session") {
                self = .session
            } else if ProgressRecordKey.equal(bytes, "covered") {
                self = .covered
            } else if ProgressRecordKey.equal(bytes, "seconds") {
                self = .seconds
            } else {
                self = .other
            }
        case 6: self = ProgressRecordKey.equal(bytes, "answer") ? .answer : .other
        case 12: self = ProgressRecordKey.equal(bytes, "answerLength") ? .answerLength : .other
        case 13: self = ProgressRecordKey.equal(bytes, "suggestedLang") ? .suggestedLanguage : .other
        case 9: self = ProgressRecordKey.equal(bytes, "suggested") ? .suggested : .other
        case 8:
            if ProgressRecordKey.equal(bytes, "question") {
                self = .question
            } else if ProgressRecordKey.equal(bytes, "followUp") {
                self = .followUp
            } else {
                self = .other
            }
        default: self = .other
        }
    }

    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        guard bytes.count == literal.utf8CodeUnitCount else { return false }
        let pointer = literal.utf8Start
        for index in 0..<bytes.count where bytes[index] != pointer[index] { return false }
        return true
    }
}

// MARK: - ProgressProblem

/// A line of the progress file that could not be used, as data; the command line words it. The line is skipped, never
/// rewritten or deleted.
package struct ProgressProblem: Sendable, Hashable {
    /// Why the line was skipped.
    package enum Cause: Sendable, Hashable {
        /// The line is not a complete record: what is wrong with it.
        case malformed(Flaw)
        /// A record with this format version `v`, which is not the one this version reads (a newer writer's?).
        case unknownFormatVersion(Int64)
        /// The line is longer than `limit` bytes, far more than any record: it was skipped unread.
        case tooLong(limit: Int)
    }

    /// What is wrong with a line that is not a complete record; names are the record's keys (`time`, `grade`).
    package enum Flaw: Sendable, Hashable {
        case notAnObject, expectedKey, expectedColon, expectedCommaOrBrace, textAfterRecord, nestedTooDeeply
        /// The line is not UTF-8 from its `byte`-th byte (1-based) on.
        case invalidUTF8(byte: Int)
        case endsInRecord, endsInString, endsWhereValue, malformedValue
        case unknownRecordType, impossibleTime, missingVersion, tooManyModes
        /// An escape or control character in a key (`nil`) or in the value of a key that allows neither.
        case unexpectedEscape(in: String?)
        /// The line ends inside a key (`nil`) or the value of a key.
        case endsInside(String?)
        case notAString(String)
        case notABoolean(String)
        case notAWholeNumber(String)
        case tooLarge(String)
        case empty(String)
        case controlCharacter(String)
        case invalidString(String)
        case missing(String)
        /// The key is missing or its value is outside `range`.
        case missingOrOutside(String, ClosedRange<Int>)
        case missingOrNotPositive(String)
        case coveredNotAnArray
        /// A point number in `covered` outside `range`.
        case coveredOutside(ClosedRange<Int>)
        case coveredAboveTotal, coveredMoreThanTotal
    }

    /// The 1-based line number.
    package var line: Int
    /// Why the line was skipped.
    package var cause: Cause
    /// Whether the line is the file's last and has no newline: most likely a write that was interrupted.
    package var isIncompleteLastLine: Bool

    /// Creates a problem.
    package init(line: Int, cause: Cause, isIncompleteLastLine: Bool = false) {
        self.line = line
        self.cause = cause
        self.isIncompleteLastLine = isIncompleteLastLine
    }
}
