/// The keys of a progress record, recognised from their bytes.
enum ProgressRecordKey {
    case version, type, time, session, sequence, deck, question, grade, covered, total, seconds, limit, mode, other

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        switch bytes.count {
        case 1: self = bytes[0] == UInt8(ascii: "v") ? .version : .other
        case 3: self = ProgressRecordKey.equal(bytes, "seq") ? .sequence : .other
        case 4:
            if ProgressRecordKey.equal(bytes, "time") { self = .time }
            else if ProgressRecordKey.equal(bytes, "type") { self = .type }
            else if ProgressRecordKey.equal(bytes, "deck") { self = .deck }
            else if ProgressRecordKey.equal(bytes, "mode") { self = .mode }
            else { self = .other }
        case 5:
            if ProgressRecordKey.equal(bytes, "grade") { self = .grade }
            else if ProgressRecordKey.equal(bytes, "total") { self = .total }
            else if ProgressRecordKey.equal(bytes, "limit") { self = .limit }
            else { self = .other }
        case 7:
            if ProgressRecordKey.equal(bytes, "session") { self = .session }
            else if ProgressRecordKey.equal(bytes, "covered") { self = .covered }
            else if ProgressRecordKey.equal(bytes, "seconds") { self = .seconds }
            else { self = .other }
        case 8: self = ProgressRecordKey.equal(bytes, "question") ? .question : .other
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
