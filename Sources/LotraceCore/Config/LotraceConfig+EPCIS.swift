/// The `epcis` section of `lotrace.json`: how `lotrace export epcis` and `lotrace trace
/// --format epcis` name things. Every field is optional.
///
///     "epcis": { "companyPrefixLength": 7, "uriBase": "https://id.example.com/" }
public struct EPCISSettings: Sendable, Equatable, Codable {
    /// Digits of the GS1 Company Prefix inside every product GTIN (6-12; it cannot be derived
    /// from a GTIN). When set, lots and serials are written as EPC URNs
    /// (`urn:epc:class:lgtin:...`, `urn:epc:id:sgtin:...`); when nil as GS1 Digital Link URIs
    /// (`https://id.gs1.org/01/<GTIN-14>/10/<lot>`).
    public var companyPrefixLength: Int?
    /// The base of the URIs Lotrace makes up where GS1 has no key: products without a GTIN
    /// (`<base>product/<code>/10/<lot>`), locations, parties without a GLN and documents.
    /// Must be an absolute URI ending with `/` (or `:` for a URN).
    public var uriBase: String

    /// No company prefix (Digital Link URIs) and `https://id.lotrace.invalid/` (a reserved
    /// domain that resolves nowhere: set your own to make the URIs resolvable).
    public static let defaults = EPCISSettings(companyPrefixLength: nil, uriBase: "https://id.lotrace.invalid/")

    /// Settings with these values.
    public init(companyPrefixLength: Int?, uriBase: String) {
        self.companyPrefixLength = companyPrefixLength
        self.uriBase = uriBase
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        companyPrefixLength = try container.decodeIfPresent(Int.self, forKey: .companyPrefixLength)
        uriBase = try container.decodeIfPresent(String.self, forKey: .uriBase) ?? Self.defaults.uriBase
        if let length = companyPrefixLength, !(6...12).contains(length) {
            throw DecodingError.dataCorruptedError(
                forKey: .companyPrefixLength, in: container,
                debugDescription: "a GS1 Company Prefix has 6 to 12 digits, not \(length)")
        }
        guard Self.isBase(uriBase) else {
            throw DecodingError.dataCorruptedError(
                forKey: .uriBase, in: container,
                debugDescription: "\"\(uriBase)\" is not an absolute URI ending with / or : (e.g. https://id.example.com/)")
        }
    }

    /// An absolute URI (scheme, then `:`) of printable ASCII without spaces, ending with `/` or `:`.
    static func isBase(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex,
            text[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }),
            text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }),
            let last = text.last, last == "/" || last == ":"
        else { return false }
        return true
    }
}
