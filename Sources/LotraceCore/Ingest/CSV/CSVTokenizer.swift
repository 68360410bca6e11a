/// A strict RFC 4180 tokenizer over a file's bytes (UTF-8, optional BOM, CRLF or LF).
///
/// It yields one record at a time as field spans into `record`. Quoted fields may hold the
/// delimiter, doubled quotes and line breaks. The file's bytes are only read, never written (so
/// one file can be shared, mapped or read on several cores at once): a record whose quoted
/// fields hold doubled quotes is copied into a scratch buffer of the tokenizer, where they are
/// removed, and `record` is that copy until the next record. A record with broken quoting is
/// reported at the line where it started, and reading resumes at the next physical line after
/// that start, so lines an unclosed quote ran into are read again as records of their own
/// (docs/input-rules.md rules 8-11).
struct CSVTokenizer {
    /// One tokenizer step.
    enum Event {
        /// A record: its fields are in `fields`.
        case record(line: Int)
        /// A record with broken quoting, at 1-based field `column` of the record starting at `line`.
        case brokenQuoting(line: Int, column: Int, message: String)
    }

    /// A field's content: `start..<end` in `record` (quotes already removed).
    struct Field {
        var start: Int
        var end: Int
    }

    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    let buffer: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    /// The fields of the last `.record`.
    private(set) var fields: [Field] = []
    /// The bytes the fields of the last `.record` are spans of: the file's buffer, or the
    /// scratch copy of a record that held doubled quotes (valid until the next call of `next`).
    private(set) var record: UnsafeBufferPointer<UInt8>
    private let scratch = UnescapeScratch()
    private var position: Int
    /// Where reading stands: the first byte after the last record or error.
    var offset: Int { position }
    private var line = 1
    /// Quoted fields of the current record whose doubled quotes still need removing.
    private var pendingUnescape: [(fieldIndex: Int, start: Int, end: Int)] = []

    /// Starts at the beginning of `buffer`, skipping a UTF-8 byte order mark.
    init(buffer: UnsafeBufferPointer<UInt8>, delimiter: UInt8) {
        self.buffer = buffer
        self.delimiter = delimiter
        record = buffer
        let hasBOM = buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF
        position = hasBOM ? 3 : 0
        fields.reserveCapacity(32)
    }

    /// The next record or error; nil at the end of the buffer. Empty lines are skipped (they
    /// still count as lines).
    mutating func next() -> Event? {
        while position < buffer.count {
            if buffer[position] == CSVTokenizer.lineFeed {
                position += 1
                line += 1
                continue
            }
            if buffer[position] == CSVTokenizer.carriageReturn, position + 1 < buffer.count,
                buffer[position + 1] == CSVTokenizer.lineFeed
            {
                position += 2
                line += 1
                continue
            }
            return readRecord()
        }
        return nil
    }

    private mutating func readRecord() -> Event {
        let recordStart = position
        let recordLine = line
        record = buffer
        fields.removeAll(keepingCapacity: true)
        pendingUnescape.removeAll(keepingCapacity: true)
        while true {
            let column = fields.count + 1
            let outcome: FieldOutcome
            if position < buffer.count && buffer[position] == CSVTokenizer.quote {
                outcome = readQuotedField()
            } else {
                outcome = readPlainField()
            }
            switch outcome {
            case .broken(let message):
                resume(after: recordStart, recordLine: recordLine)
                return .brokenQuoting(line: recordLine, column: column, message: message)
            case .endOfField:
                continue
            case .endOfRecord:
                if !pendingUnescape.isEmpty { unescapePending(recordStart: recordStart) }
                return .record(line: recordLine)
            }
        }
    }

    private enum FieldOutcome {
        case endOfField
        case endOfRecord
        case broken(String)
    }

    private mutating func readPlainField() -> FieldOutcome {
        let start = position
        while position < buffer.count {
            let byte = buffer[position]
            if byte == delimiter {
                fields.append(Field(start: start, end: position))
                position += 1
                return .endOfField
            }
            if byte == CSVTokenizer.lineFeed {
                var end = position
                if end > start && buffer[end - 1] == CSVTokenizer.carriageReturn { end -= 1 }
                fields.append(Field(start: start, end: end))
                position += 1
                line += 1
                return .endOfRecord
            }
            if byte == CSVTokenizer.quote {
                return .broken("a quote inside an unquoted field (quote the whole field and double the quote)")
            }
            position += 1
        }
        var end = position
        if end > start && buffer[end - 1] == CSVTokenizer.carriageReturn { end -= 1 }
        fields.append(Field(start: start, end: end))
        return .endOfRecord
    }

    private mutating func readQuotedField() -> FieldOutcome {
        position += 1
        let start = position
        var hasDoubledQuote = false
        while true {
            guard position < buffer.count else {
                return .broken("a quoted field is still open at the end of the file")
            }
            let byte = buffer[position]
            if byte == CSVTokenizer.quote {
                if position + 1 < buffer.count && buffer[position + 1] == CSVTokenizer.quote {
                    hasDoubledQuote = true
                    position += 2
                    continue
                }
                break
            }
            if byte == CSVTokenizer.lineFeed { line += 1 }
            position += 1
        }
        let end = position
        position += 1
        if hasDoubledQuote { pendingUnescape.append((fields.count, start, end)) }
        fields.append(Field(start: start, end: end))
        guard position < buffer.count else { return .endOfRecord }
        let next = buffer[position]
        if next == delimiter {
            position += 1
            return .endOfField
        }
        if next == CSVTokenizer.lineFeed {
            position += 1
            line += 1
            return .endOfRecord
        }
        if next == CSVTokenizer.carriageReturn && position + 1 < buffer.count
            && buffer[position + 1] == CSVTokenizer.lineFeed
        {
            position += 2
            line += 1
            return .endOfRecord
        }
        return .broken("\(describe(next)) after a closing quote (expected a delimiter or the end of the line)")
    }

    /// Resumes at the first byte after the first line feed following `recordStart`.
    private mutating func resume(after recordStart: Int, recordLine: Int) {
        var index = recordStart
        while index < buffer.count && buffer[index] != CSVTokenizer.lineFeed { index += 1 }
        position = min(index + 1, buffer.count)
        line = recordLine + 1
    }

    /// Copies the record from `recordStart` into the scratch buffer, rebases its fields there and
    /// removes the doubled quotes of its quoted fields, shrinking each.
    private mutating func unescapePending(recordStart: Int) {
        let copy = scratch.copy(UnsafeBufferPointer(rebasing: buffer[recordStart..<position]))
        for index in fields.indices {
            fields[index].start -= recordStart
            fields[index].end -= recordStart
        }
        for pending in pendingUnescape {
            var read = pending.start - recordStart
            var write = read
            let end = pending.end - recordStart
            while read < end {
                copy[write] = copy[read]
                read += copy[read] == CSVTokenizer.quote ? 2 : 1
                write += 1
            }
            fields[pending.fieldIndex].end = write
        }
        record = UnsafeBufferPointer(copy)
    }

    private func describe(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: " "): return "a space"
        case CSVTokenizer.carriageReturn: return "a carriage return not followed by a line feed"
        case 0x21...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
        default: return "byte 0x\(String(byte, radix: 16, uppercase: true))"
        }
    }
}

/// The tokenizer's buffer for the copy of a record whose doubled quotes are removed: one
/// allocation, grown as needed, reused from record to record and freed with the tokenizer.
private final class UnescapeScratch {
    private var storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256)

    /// A copy of `bytes`, valid until the next call.
    func copy(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeMutableBufferPointer<UInt8> {
        if storage.count < bytes.count {
            storage.deallocate()
            storage = .allocate(capacity: max(bytes.count, storage.count * 2))
        }
        let copy = UnsafeMutableBufferPointer(rebasing: storage[0..<bytes.count])
        _ = copy.initialize(fromContentsOf: bytes)
        return copy
    }

    deinit { storage.deallocate() }
}
