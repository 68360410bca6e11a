internal import CZint

/// Encodes data with libzint and reads its vector output back as `BarcodeSymbol` geometry.
/// The only code that touches libzint: symbols are created, read and freed inside one call.
/// libzint's warnings (a symbol it would make non-compliant) are refused like its errors.
public enum BarcodeEncoder {
    /// A Code 128 of `text`, `height` modules tall; printable ASCII only, so that what a scanner
    /// reads is exactly `text`.
    public static func code128(_ text: String, height: Double) throws(BarcodeError) -> BarcodeSymbol {
        try requirePrintableASCII(text, kind: .code128, name: "Code 128")
        return try encode(text, kind: .code128, height: height)
    }

    /// A GS1-128 or GS1 DataMatrix of `elements` in the given order (`height`, in modules, is
    /// for GS1-128; a DataMatrix is square).
    public static func gs1(_ elements: [BarcodeElement], kind: BarcodeKind, height: Double) throws(BarcodeError) -> BarcodeSymbol {
        // libzint's GS1 input form: AIs in square brackets (never in character set 82).
        let data = elements.map { "[\($0.ai)]\($0.value)" }.joined()
        guard kind.isGS1 else { throw BarcodeError(kind: kind, data: data, reason: "not a GS1 symbology") }
        return try encode(data, kind: kind, height: height)
    }

    /// A QR Code of `text` (error correction level M, the smallest version that holds it);
    /// printable ASCII only, so that what a scanner reads is exactly `text` (a Digital Link URI
    /// is percent-encoded ASCII).
    public static func qr(_ text: String) throws(BarcodeError) -> BarcodeSymbol {
        try requirePrintableASCII(text, kind: .qr, name: "QR Code")
        return try encode(text, kind: .qr, height: 0)
    }

    /// Refuses empty text and text outside printable ASCII.
    private static func requirePrintableASCII(_ text: String, kind: BarcodeKind, name: String) throws(BarcodeError) {
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) else {
            throw BarcodeError(kind: kind, data: text, reason: "\(name) here carries printable ASCII only (no accents, no control characters)")
        }
    }

    private static func encode(_ data: String, kind: BarcodeKind, height: Double) throws(BarcodeError) -> BarcodeSymbol {
        guard let symbol = ZBarcode_Create() else {
            throw BarcodeError(kind: kind, data: data, reason: "libzint could not allocate a symbol")
        }
        defer { ZBarcode_Delete(symbol) }
        switch kind {
        case .code128:
            symbol.pointee.symbology = BARCODE_CODE128
            symbol.pointee.input_mode = DATA_MODE
        case .gs1_128:
            symbol.pointee.symbology = BARCODE_GS1_128
            symbol.pointee.input_mode = GS1_MODE
        case .gs1DataMatrix:
            symbol.pointee.symbology = BARCODE_DATAMATRIX
            symbol.pointee.input_mode = GS1_MODE
            symbol.pointee.option_3 = DM_SQUARE
        case .qr:
            symbol.pointee.symbology = BARCODE_QRCODE
            symbol.pointee.input_mode = DATA_MODE
            // Error correction level M (15 % of the symbol may be lost).
            symbol.pointee.option_1 = 2
        }
        symbol.pointee.output_options = BARCODE_QUIET_ZONES
        symbol.pointee.show_hrt = 0
        symbol.pointee.warn_level = WARN_FAIL_ALL
        // libzint's vector unit is 2 × scale per module: 0.5 makes one unit one module.
        symbol.pointee.scale = 0.5
        if kind == .code128 || kind == .gs1_128 { symbol.pointee.height = Float(height) }
        let bytes = Array(data.utf8)
        let status = ZBarcode_Encode_and_Buffer_Vector(symbol, bytes, Int32(bytes.count), 0)
        guard status == 0, let vector = symbol.pointee.vector else {
            throw BarcodeError(kind: kind, data: data, reason: "libzint refused it: \(errorText(symbol))")
        }
        var bars: [BarcodeSymbol.Bar] = []
        var rectangle = vector.pointee.rectangles
        while let current = rectangle {
            let r = current.pointee
            if r.colour == -1 {
                bars.append(BarcodeSymbol.Bar(x: Double(r.x), y: Double(r.y), width: Double(r.width), height: Double(r.height)))
            }
            rectangle = r.next
        }
        return BarcodeSymbol(width: Double(vector.pointee.width), height: Double(vector.pointee.height), bars: bars)
    }

    private static func errorText(_ symbol: UnsafeMutablePointer<zint_symbol>) -> String {
        withUnsafeBytes(of: symbol.pointee.errtxt) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }
}
