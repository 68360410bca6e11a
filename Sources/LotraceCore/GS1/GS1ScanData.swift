/// What a scanner transmits: a symbology identifier ("]C1" GS1-128, "]d2" GS1 DataMatrix,
/// "]Q3" GS1 QR, "]J1" GS1 DotCode, "]e0" GS1 DataBar, "]E0"/"]E4" EAN-13/UPC-A and EAN-8)
/// then the data, FNC1 separators as GS (0x1D). The same symbols in plain mode ("]C0", "]d1",
/// "]Q1", "]J0") carry text, typically a Digital Link URI.
public struct GS1ScanData: Sendable, Hashable {
    /// The symbology, named by its identifier ("]d2").
    public let symbologyIdentifier: String
    public let content: Content

    /// The data of a scan.
    public enum Content: Sendable, Hashable {
        /// GS1 element strings (GS1 modes of the 2D symbols, GS1-128, DataBar).
        case elements(GS1Message)
        /// Plain text of a non-GS1 mode.
        case text(String)
        /// A Digital Link URI in a non-GS1 mode, and its elements.
        case digitalLink(uri: String, message: GS1Message)
        /// An EAN/UPC symbol: its digits (GTIN-8/12/13), and a GS1 composite component when
        /// one followed ("|]e0...").
        case retail(digits: String, composite: GS1Message?)
    }

    private static let gs1Modes: Set<String> = ["]C1", "]d2", "]Q3", "]J1", "]e0"]
    private static let plainModes: Set<String> = ["]C0", "]d1", "]Q1", "]J0"]

    /// The scan in `text`; throws when the identifier is unknown or the data is invalid (a plain
    /// symbol whose text starts like a Digital Link URI must be a valid one).
    public init(_ text: String, options: GS1ParseOptions = GS1ParseOptions()) throws(GS1Error) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3, bytes[0] == UInt8(ascii: "]") else {
            throw GS1Error(ai: nil, position: 1, reason: "scan data starts with a symbology identifier (\"]C1\", \"]d2\"...)")
        }
        symbologyIdentifier = ASCII.text(bytes[0..<3])
        let data = Array(bytes[3...])
        if Self.gs1Modes.contains(symbologyIdentifier) {
            content = .elements(try GS1ElementStringParser.parse(data, separator: 0x1D, offset: 3))
        } else if Self.plainModes.contains(symbologyIdentifier) {
            let plain = ASCII.text(data)
            content = GS1DigitalLink.isURI(plain)
                ? .digitalLink(uri: plain, message: try GS1DigitalLink.parse(plain, options: options)) : .text(plain)
        } else if symbologyIdentifier == "]E0" || symbologyIdentifier == "]E4" {
            content = try Self.retail(data, digits: symbologyIdentifier == "]E0" ? 13 : 8)
        } else {
            throw GS1Error(ai: nil, position: 1, reason: "unknown symbology identifier \(symbologyIdentifier)")
        }
    }

    private static func retail(_ data: [UInt8], digits count: Int) throws(GS1Error) -> Content {
        let parts = data.split(separator: UInt8(ascii: "|"), maxSplits: 1, omittingEmptySubsequences: false)
        let digits = Array(parts[0])
        guard digits.count == count, digits.allSatisfy(ASCII.isDigit) else {
            throw GS1Error(ai: nil, position: 4, reason: "an EAN/UPC symbol carries \(count) digits")
        }
        guard GS1CheckLinters.checkDigit(of: digits.dropLast()) == digits.last else {
            throw GS1Error(ai: nil, position: 3 + count, reason: "incorrect check digit")
        }
        guard parts.count == 2 else { return .retail(digits: ASCII.text(digits), composite: nil) }
        let composite = Array(parts[1])
        guard composite.starts(with: "]e0".utf8) else {
            throw GS1Error(ai: nil, position: count + 5, reason: "a composite component starts with ]e0")
        }
        let message = try GS1ElementStringParser.parse(Array(composite.dropFirst(3)), separator: 0x1D, offset: count + 7)
        return .retail(digits: ASCII.text(digits), composite: message)
    }

    /// The GS1 message the scan carries: its elements; for EAN/UPC, (01) with the GTIN padded to
    /// 14 digits followed by the composite's elements; nil for other plain text.
    public var message: GS1Message? {
        switch content {
        case .elements(let message), .digitalLink(_, let message): return message
        case .text: return nil
        case .retail(let digits, let composite):
            guard let gtin = GTIN.normalised(digits), let definition = GS1Dictionary.definition(of: "01"),
                let element = try? GS1ElementValidator.element(definition, value: Array(gtin.utf8), position: 4)
            else { return composite }
            return GS1Message(elements: [element] + (composite?.elements ?? []))
        }
    }
}
