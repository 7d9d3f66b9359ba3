/// Records of a delimited text file as RFC 4180 CSV and Anki's exporter (the Rust `csv` crate) write them: fields
/// split by one separator byte, records ended by LF or CRLF, a field in double quotes may hold separators, quotes
/// (doubled) and line breaks.
///
/// Lenient where those writers' readers are: a quote inside an unquoted field is kept as a character, text after a
/// closing quote is added to the field, and empty lines are skipped.
struct DelimitedText {
    /// One record: its fields and the byte offset of each, for diagnostics.
    struct Record {
        var fields: [String]
        var offsets: [Int]
    }


    let bytes: [UInt8]
    let separator: UInt8
    /// Whether a record whose first byte is `#` is a comment (Anki's reader skips them).
    let skipsComments: Bool

    /// The records from byte `start` to the end, and where a quoted field that never ends starts (the records
    /// before it are kept).
    func records(from start: Int) -> (records: [Record], unclosedQuote: Int?) {
        var records: [Record] = []
        var position = start
        let quote = UInt8(ascii: "\"")
        let newline = UInt8(ascii: "\n")
        let carriageReturn: UInt8 = 0x0D
        while position < bytes.count {
            // Skip empty lines and comments.
            if bytes[position] == newline || bytes[position] == carriageReturn {
                position += 1
                continue
            }
            if skipsComments && bytes[position] == UInt8(ascii: "#") {
                while position < bytes.count && bytes[position] != newline { position += 1 }
                continue
            }
            var record = Record(fields: [], offsets: [])
            var field: [UInt8] = []
            var fieldStart = position
            var recordEnded = false
            while !recordEnded {
                if position < bytes.count && bytes[position] == quote && field.isEmpty {
                    // A quoted field: up to the quote that is not doubled.
                    position += 1
                    while true {
                        guard position < bytes.count else { return (records, fieldStart) }
                        if bytes[position] == quote {
                            if position + 1 < bytes.count && bytes[position + 1] == quote {
                                field.append(quote)
                                position += 2
                                continue
                            }
                            position += 1
                            break
                        }
                        field.append(bytes[position])
                        position += 1
                    }
                }
                // Unquoted bytes (or what follows a closing quote) up to a separator or the end of the line.
                while position < bytes.count && bytes[position] != separator && bytes[position] != newline {
                    field.append(bytes[position])
                    position += 1
                }
                let endsLine = position >= bytes.count || bytes[position] == newline
                if endsLine && field.last == carriageReturn { field.removeLast() }
                record.fields.append(String(decoding: field, as: UTF8.self))
                record.offsets.append(fieldStart)
                field.removeAll(keepingCapacity: true)
                position += 1
                fieldStart = position
                recordEnded = endsLine
            }
            records.append(record)
        }
        return (records, nil)
    }
}
