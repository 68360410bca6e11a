/// Reads GS1 data in any of the forms a user may paste or a scanner may type: scan data with a
/// symbology identifier ("]C1..."), a Digital Link URI ("https://..."), the bracketed form
/// ("(01)..."), GS1's caret notation ("^01..."), or bare element strings with GS separators (a
/// scanner that sends no symbology identifier).
public enum GS1Reader {
    /// The message in `text`, its elements checked one by one (not yet their associations:
    /// see `GS1Message.associationErrors`).
    public static func read(_ text: String, options: GS1ParseOptions = GS1ParseOptions()) throws(GS1Error) -> GS1Message {
        if text.hasPrefix("]") {
            let scan = try GS1ScanData(text)
            if let message = scan.message { return message }
            if case .text(let plain) = scan.content, GS1DigitalLink.isURI(plain) {
                return try GS1DigitalLink.parse(plain, options: options)
            }
            throw GS1Error(ai: nil, position: 4, reason: "the \(scan.symbologyIdentifier) symbol carries no GS1 data")
        }
        if GS1DigitalLink.isURI(text) { return try GS1DigitalLink.parse(text, options: options) }
        if text.hasPrefix("(") { return try GS1BracketedParser.parse(text, options: options) }
        if text.hasPrefix("^") { return try GS1ElementStringParser.parse(caretNotation: text) }
        if let first = text.utf8.first, ASCII.isDigit(first) {
            return try GS1ElementStringParser.parse(Array(text.utf8), separator: 0x1D)
        }
        throw GS1Error(
            ai: nil, position: 1,
            reason: "not GS1 data: expected scan data (]C1...), a Digital Link URI, (AI)value pairs or element strings")
    }
}
