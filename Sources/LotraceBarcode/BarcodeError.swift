/// Why a barcode was not made: libzint refused the data (too long, a character the symbology
/// cannot carry, GS1 data it finds invalid) or the data was refused before reaching it.
public struct BarcodeError: Error, Sendable, Hashable, CustomStringConvertible {
    public var kind: BarcodeKind
    /// The data as given to the encoder.
    public var data: String
    /// What is wrong, in words (libzint's own message when it refused).
    public var reason: String

    public var description: String { "\(kind) barcode of \"\(data)\": \(reason)" }
}
