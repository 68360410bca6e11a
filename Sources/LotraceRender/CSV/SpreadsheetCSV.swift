/// CSV for spreadsheets (RFC 4180): UTF-8 with a byte order mark (so spreadsheet programs read
/// it as UTF-8), every field quoted with quotes doubled, CRLF line ends. A cell starting with
/// `=`, `+`, `-`, `@`, tab or carriage return would be run as a formula by spreadsheet programs:
/// it is written with a leading apostrophe, which they show as text (OWASP CSV injection).
public struct SpreadsheetCSV: Sendable {
    private var text = "\u{FEFF}"

    /// An empty document.
    public init() {}

    /// Appends one row.
    public mutating func append(_ cells: [String]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { text.unicodeScalars.append(",") }
            Self.appendQuoted(Self.neutralised(cell), to: &text)
        }
        text += "\r\n"
    }

    /// Quotes `cell` scalar by scalar: a quote followed by a combining mark is one Swift
    /// `Character`, which `String.replacingOccurrences` would not double.
    private static func appendQuoted(_ cell: String, to text: inout String) {
        text.unicodeScalars.append("\"")
        if cell.utf8.contains(UInt8(ascii: "\"")) {
            for scalar in cell.unicodeScalars {
                if scalar == "\"" { text.unicodeScalars.append("\"") }
                text.unicodeScalars.append(scalar)
            }
        } else {
            text += cell
        }
        text.unicodeScalars.append("\"")
    }

    /// The document.
    public var csv: String { text }

    /// `cell` with a leading apostrophe when it starts like a formula.
    public static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, formulaStarts.contains(first) else { return cell }
        return "'" + cell
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
