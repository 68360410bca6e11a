/// CSV for spreadsheets (RFC 4180): UTF-8 with a byte order mark (so spreadsheet programs read
/// it as UTF-8), every field quoted with quotes doubled, CRLF line ends. A cell starting with
/// `=`, `+`, `-`, `@`, tab or carriage return would be run as a formula by spreadsheet programs:
/// it is written with a leading apostrophe, which they show as text (OWASP CSV injection).
public struct SpreadsheetCSV: Sendable {
    /// The document's UTF-8, byte order mark first.
    private var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// An empty document.
    public init() {}

    /// Appends one row.
    public mutating func append(_ cells: [String]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendQuoted(cell)
        }
        bytes.append(contentsOf: [UInt8(ascii: "\r"), UInt8(ascii: "\n")])
    }

    /// Quotes `cell` (neutralised) byte by byte: a quote is one byte in UTF-8, never part of
    /// another character's bytes, so doubling quote bytes doubles exactly the quote characters
    /// (a quote followed by a combining mark too, which `String.replacingOccurrences` would miss).
    private mutating func appendQuoted(_ cell: String) {
        bytes.append(UInt8(ascii: "\""))
        if Self.startsLikeFormula(cell) { bytes.append(UInt8(ascii: "'")) }
        for byte in cell.utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The document.
    public var csv: String { String(decoding: bytes, as: UTF8.self) }

    /// `cell` with a leading apostrophe when it starts like a formula.
    public static func neutralised(_ cell: String) -> String {
        startsLikeFormula(cell) ? "'" + cell : cell
    }

    /// True when `cell` starts with `=`, `+`, `-`, `@`, tab or carriage return (all ASCII: the
    /// first byte is the first character).
    private static func startsLikeFormula(_ cell: String) -> Bool {
        switch cell.utf8.first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"), UInt8(ascii: "\r"): true
        default: false
        }
    }
}
