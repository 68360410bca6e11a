/// A barcode as a page shows it (`templates/slip.mustache`): the symbol as inline SVG markup
/// built by Lotrace (numbers only), the human-readable text printed under it, or, when no
/// correct symbol can carry the data, no symbol and a note saying why.
struct PrintedBarcode: Sendable, Hashable, Encodable {
    /// `<svg>` markup; nil when the data cannot be encoded.
    var svg: String?
    /// The human-readable interpretation ("(01)09506000134352(10)ABC-1", or the plain text of
    /// a Code 128).
    var text: String
    /// Why there is no symbol ("lot ... has a character outside GS1 character set 82").
    var note: String?
    /// The symbol's printed width in millimetres, quiet zones included (0 without a symbol).
    var width: Double = 0
    /// The symbol's printed height in millimetres (0 without a symbol).
    var height: Double = 0
}
