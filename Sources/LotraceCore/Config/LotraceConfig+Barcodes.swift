/// The `barcodes` section of `lotrace.json`: which symbology carries the GS1 data of each
/// delivery-slip line, and the domain of the GS1 Digital Link URIs QR codes carry. Every field
/// is optional.
///
///     "barcodes": { "symbology": "qr", "digitalLinkDomain": "https://id.example.com" }
public struct BarcodeSettings: Sendable, Equatable, Codable {
    /// The symbology of the per-line GS1 barcodes.
    public enum Symbology: String, Sendable, Equatable, Codable, CaseIterable {
        /// GS1-128 (linear; the default).
        case gs1_128 = "gs1-128"
        /// GS1 DataMatrix (2D, small).
        case dataMatrix = "datamatrix"
        /// QR Code of the line's GS1 Digital Link URI (phones and 2D scanners read it).
        case qr
    }

    public var symbology: Symbology
    /// Scheme, host and optional path stem of Digital Link URIs, without a trailing `/`.
    public var digitalLinkDomain: String

    /// GS1-128, and GS1's resolver `https://id.gs1.org` for Digital Link URIs.
    public static let defaults = BarcodeSettings(symbology: .gs1_128, digitalLinkDomain: "https://id.gs1.org")

    public init(symbology: Symbology, digitalLinkDomain: String = defaults.digitalLinkDomain) {
        self.symbology = symbology
        self.digitalLinkDomain = digitalLinkDomain
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let domain = try container.decodeIfPresent(String.self, forKey: .digitalLinkDomain)
        digitalLinkDomain = domain.map(Self.trimmed) ?? Self.defaults.digitalLinkDomain
        guard Self.isDomain(digitalLinkDomain) else {
            throw DecodingError.dataCorruptedError(
                forKey: .digitalLinkDomain, in: container,
                debugDescription: "\"\(domain ?? "")\" is not an http or https URI without query or fragment (e.g. https://id.example.com)")
        }
        guard let text = try container.decodeIfPresent(String.self, forKey: .symbology) else {
            symbology = Self.defaults.symbology
            return
        }
        guard let symbology = Symbology(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: .symbology, in: container,
                debugDescription: "\"\(text)\" is not a barcode symbology (gs1-128, datamatrix or qr)")
        }
        self.symbology = symbology
    }

    /// `text` without trailing `/`.
    private static func trimmed(_ text: String) -> String {
        var text = Substring(text)
        while text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }

    /// `http://` or `https://`, a host, then printable ASCII without spaces, `?` or `#`.
    static func isDomain(_ text: String) -> Bool {
        let scheme = ["https://", "http://"].first { text.lowercased().hasPrefix($0) }
        guard let scheme, text.utf8.count > scheme.utf8.count,
            text.dropFirst(scheme.count).first != "/",
            text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && $0 != "?" && $0 != "#" })
        else { return false }
        return true
    }
}
