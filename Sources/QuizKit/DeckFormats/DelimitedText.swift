/// Records of a delimited text file as RFC 4180 CSV and Anki's exporter (the Rust `csv` crate) write them: fields
/// split by one separator byte, records ended by LF or CRLF, a field in double quotes may hold separators, quotes
/// (doubled) and line breaks.
///
/// Lenient where those writers' readers are: a quote inside an unquoted field is kept as a character, text after a
/// closing quote is added to the field, and empty lines are skipped.
///
/// Records are read one at a time (`Reader`), so an importer holds one record at once, not the whole file's: a
/// 64 MiB file of millions of tiny rows costs the time to read it and the memory of the questions it gives.
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

    /// A reader of the records from byte `start` to the end.
    func reader(from start: Int) -> Reader {
        Reader(text: self, position: start)
    }

    /// Every record from byte `start` to the end, and where a quoted field that never ends starts (the records
    /// before it are kept). Meant for small files and tests; importers use `reader(from:)`.
    func records(from start: Int) -> (records: [Record], unclosedQuote: Int?) {
        var reader = reader(from: start)
        var records: [Record] = []
        while let record = reader.next() { records.append(record) }
        return (records, reader.unclosedQuote)
    }

    // MARK: Reader

    /// Reads records one after another; after the last, `unclosedQuote` says where a quoted field that never ends
    /// starts, if one does (the records before it were returned).
    struct Reader: IteratorProtocol {
        let text: DelimitedText
        private(set) var position: Int
        /// Where a quoted field that never ends starts, once the reader has reached it.
        private(set) var unclosedQuote: Int?
        /// The bytes of the field being read, kept between fields and records so a row costs no new buffer.
        private var field: [UInt8] = []
        /// How many fields the last record had.
        private var fieldCount = 2

        init(text: DelimitedText, position: Int) {
            self.text = text
            self.position = position
        }

        /// The next record, or nil at the end (or at a quoted field that never ends).
        mutating func next() -> Record? {
            guard unclosedQuote == nil else { return nil }
            return text.bytes.withUnsafeBufferPointer { nextRecord(in: $0) }
        }

        private mutating func nextRecord(in bytes: UnsafeBufferPointer<UInt8>) -> Record? {
            let quote = UInt8(ascii: "\"")
            let newline = UInt8(ascii: "\n")
            let carriageReturn: UInt8 = 0x0D
            let separator = text.separator
            while position < bytes.count {
                // Skip empty lines and comments.
                if bytes[position] == newline || bytes[position] == carriageReturn {
                    position += 1
                    continue
                }
                if text.skipsComments && bytes[position] == UInt8(ascii: "#") {
                    while position < bytes.count && bytes[position] != newline { position += 1 }
                    continue
                }
                break
            }
            guard position < bytes.count else { return nil }
            var record = Record(fields: [], offsets: [])
            // Room for as many fields as the previous record had: rows of one file are alike.
            record.fields.reserveCapacity(fieldCount)
            record.offsets.reserveCapacity(fieldCount)
            var fieldStart = position
            field.removeAll(keepingCapacity: true)
            while true {
                if position < bytes.count && bytes[position] == quote && field.isEmpty {
                    // A quoted field: up to the quote that is not doubled.
                    position += 1
                    while true {
                        guard position < bytes.count else {
                            unclosedQuote = fieldStart
                            return nil
                        }
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
                let runStart = position
                while position < bytes.count && bytes[position] != separator && bytes[position] != newline {
                    position += 1
                }
                field.append(contentsOf: bytes[runStart..<position])
                let endsLine = position >= bytes.count || bytes[position] == newline
                if endsLine && field.last == carriageReturn { field.removeLast() }
                record.fields.append(field.isEmpty ? "" : String(decoding: field, as: UTF8.self))
                record.offsets.append(fieldStart)
                field.removeAll(keepingCapacity: true)
                position += 1
                fieldStart = position
                if endsLine {
                    fieldCount = record.fields.count
                    return record
                }
            }
        }
    }
}
