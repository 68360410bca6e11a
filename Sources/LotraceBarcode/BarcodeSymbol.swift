/// An encoded barcode as geometry: dark rectangles on a light background, in modules (the
/// X-dimension is 1), quiet zones included. Built by `BarcodeEncoder` (libzint's vector output).
public struct BarcodeSymbol: Sendable, Hashable {
    /// Width of the whole symbol in modules, quiet zones included.
    public var width: Double
    /// Height of the whole symbol in modules, quiet zones included.
    public var height: Double
    /// The dark modules (bars, or runs of matrix cells).
    public var bars: [Bar]

    /// One dark rectangle, in modules from the top left corner.
    public struct Bar: Sendable, Hashable {
        public var x: Double
        public var y: Double
        public var width: Double
        public var height: Double
    }
}
