/// The symbologies Lotrace prints.
public enum BarcodeKind: Sendable, Hashable, CaseIterable {
    /// Code 128 of plain text (printable ASCII only).
    case code128
    /// GS1-128: Code 128 with FNC1 in first position, carrying GS1 element strings.
    case gs1_128
    /// GS1 DataMatrix (ECC 200, FNC1 in first position).
    case gs1DataMatrix
    /// QR Code of plain text (a GS1 Digital Link URI on slips; no FNC1).
    case qr

    /// True for the symbologies that carry GS1 element strings.
    public var isGS1: Bool { self == .gs1_128 || self == .gs1DataMatrix }
}
