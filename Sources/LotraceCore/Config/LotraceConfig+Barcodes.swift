/// The `barcodes` section of `lotrace.json`: which symbology carries the GS1 data of each
/// delivery-slip line. Every field is optional.
///
///     "barcodes": { "symbology": "datamatrix" }
public struct BarcodeSettings: Sendable, Equatable, Codable {
    /// The symbology of the per-line GS1 barcodes.
    public enum Symbology: String, Sendable, Equatable, Codable, CaseIterable {
        /// GS1-128 (linear; the default).
        case gs1_128 = "gs1-128"
        /// GS1 DataMatrix (2D, small).
        case dataMatrix = "datamatrix"
    }

    public var symbology: Symbology

    /// GS1-128.
    public static let defaults = BarcodeSettings(symbology: .gs1_128)

    public init(symbology: Symbology) { self.symbology = symbology }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard let text = try container.decodeIfPresent(String.self, forKey: .symbology) else {
            symbology = Self.defaults.symbology
            return
        }
        guard let symbology = Symbology(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: .symbology, in: container,
                debugDescription: "\"\(text)\" is not a barcode symbology (gs1-128 or datamatrix)")
        }
        self.symbology = symbology
    }
}
