import LotraceBarcode
import LotraceCore

/// The barcodes of a delivery slip: a Code 128 of the transfer reference, and for each line
/// whose product's Barcode is a GTIN, a GS1-128 or GS1 DataMatrix (`lotrace.json`
/// `barcodes.symbology`) of (01) GTIN-14, (17) expiry YYMMDD when known, and (10) lot or (21)
/// serial number last (the variable-length field needs no separator there), or a QR Code of
/// the same data as a GS1 Digital Link URI (`https://id.gs1.org/01/<GTIN>/10/<lot>?17=YYMMDD`,
/// the domain from `barcodes.digitalLinkDomain`), the URI printed under it. Data that no
/// correct symbol can carry (a lot outside GS1 character set 82 or longer than 20, a reference
/// with accents) gets a note instead: never a wrong symbol.
///
/// Printed sizes: X-dimension 0.3 mm for the linear symbols (GS1 allows 0.25 to 0.495 mm for
/// GS1-128 outside retail point of sale) with 12 mm bars, 0.5 mm modules for DataMatrix and QR
/// Code; libzint's compliant quiet zones (10 modules for Code 128, 1 for DataMatrix, 4 for QR
/// Code) are kept.
struct SlipBarcodes: Sendable {
    var symbology: BarcodeSettings.Symbology
    /// The year a two-digit (17) year is read around (the site's as-of date).
    var referenceYear: Int
    /// Where the Digital Link URIs of QR codes point (`barcodes.digitalLinkDomain`).
    var digitalLinkDomain: String
    /// False to describe each symbol by what it encodes instead of drawing it: a symbol is a
    /// function of its symbology and data, so the description tells whether a slip page changed
    /// (`DeliverySlipsStep`) without the cost of drawing.
    var drawsSymbols = true
    /// The line symbols drawn so far, shared by every copy of these barcodes.
    private let drawn = DrawnSymbols()

    static let linearModule = 0.3
    static let linearHeight = 40.0
    static let matrixModule = 0.5

    /// The barcodes `settings` ask for, two-digit years read around `referenceYear`.
    init(settings: BarcodeSettings, referenceYear: Int) {
        self.init(symbology: settings.symbology, referenceYear: referenceYear, digitalLinkDomain: settings.digitalLinkDomain)
    }

    /// These barcodes, described rather than drawn (`drawsSymbols`).
    var described: SlipBarcodes {
        var described = self
        described.drawsSymbols = false
        return described
    }

    init(symbology: BarcodeSettings.Symbology, referenceYear: Int, digitalLinkDomain: String = BarcodeSettings.defaults.digitalLinkDomain) {
        self.symbology = symbology
        self.referenceYear = referenceYear
        self.digitalLinkDomain = digitalLinkDomain
    }

    /// The Code 128 of a transfer reference.
    func reference(_ reference: String) -> PrintedBarcode {
        do {
            guard drawsSymbols else { return PrintedBarcode(svg: "code128 " + reference, text: reference, note: nil) }
            let symbol = try BarcodeEncoder.code128(reference, height: Self.linearHeight)
            return PrintedBarcode(
                svg: BarcodeSVG.svg(symbol, moduleSize: Self.linearModule, cssClass: "barcode-symbol code128"), text: reference,
                note: nil, width: symbol.width * Self.linearModule, height: symbol.height * Self.linearModule)
        } catch {
            return PrintedBarcode(svg: nil, text: "", note: "No barcode: the reference \(error.reason).")
        }
    }

    /// The GS1 barcode of a slip line; nil when its product has no GTIN.
    func line(_ line: DeliverySlip.Line) -> PrintedBarcode? {
        guard let gtin = line.barcode.flatMap(GTIN.normalised) else { return nil }
        var pairs: [(ai: String, value: String)] = [("01", gtin)]
        if let expiry = line.expirationDate {
            let c = expiry.components
            let yymmdd = [c.year % 100, c.month, c.day].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined()
            guard GS1Date.date(yymmdd: yymmdd, referenceYear: referenceYear)?.dateText == expiry.dateText else {
                return PrintedBarcode(
                    svg: nil, text: "",
                    note: "No barcode: the expiry \(expiry.dateText) is too far from \(referenceYear) for a two-digit GS1 year.")
            }
            pairs.append(("17", yymmdd))
        }
        if let lot = line.lotName { pairs.append((line.isSerial ? "21" : "10", lot)) }
        do {
            guard drawsSymbols else {
                let message = try GS1Message(validating: pairs)
                let description = "\(symbology) \(symbology == .qr ? digitalLinkDomain + " " : "")\(message.bracketed)"
                return PrintedBarcode(svg: description, text: message.bracketed, note: nil)
            }
            // Keyed by the data before it is validated: a symbol drawn once was valid.
            let key = pairs.reduce("\(symbology) \(digitalLinkDomain) ") { $0 + "(\($1.ai))\($1.value)" }
            return try drawn.symbol(key) { try draw(GS1Message(validating: pairs)) }
        } catch let error as GS1Error {
            return PrintedBarcode(svg: nil, text: "", note: Self.note(error, pairs: pairs))
        } catch {
            return PrintedBarcode(svg: nil, text: "", note: "No GS1 barcode: \(error).")
        }
    }

    /// The symbol of a GS1 message in the slip's symbology.
    private func draw(_ message: GS1Message) throws -> PrintedBarcode {
        let elements = message.elements.map { BarcodeElement(ai: $0.ai, value: $0.value) }
        switch symbology {
        case .gs1_128:
            let symbol = try BarcodeEncoder.gs1(elements, kind: .gs1_128, height: Self.linearHeight)
            let svg = BarcodeSVG.svg(symbol, moduleSize: Self.linearModule, cssClass: "barcode-symbol gs1-128")
            return PrintedBarcode(svg: svg, text: message.bracketed, note: nil, width: symbol.width * Self.linearModule, height: symbol.height * Self.linearModule)
        case .dataMatrix:
            let symbol = try BarcodeEncoder.gs1(elements, kind: .gs1DataMatrix, height: 0)
            let svg = BarcodeSVG.svg(symbol, moduleSize: Self.matrixModule, cssClass: "barcode-symbol datamatrix")
            return PrintedBarcode(svg: svg, text: message.bracketed, note: nil, width: symbol.width * Self.matrixModule, height: symbol.height * Self.matrixModule)
        case .qr:
            guard let uri = message.digitalLink(domain: digitalLinkDomain) else {
                return PrintedBarcode(svg: nil, text: "", note: "No QR Code: the data holds no GS1 primary key.")
            }
            let symbol = try BarcodeEncoder.qr(uri)
            let svg = BarcodeSVG.svg(symbol, moduleSize: Self.matrixModule, cssClass: "barcode-symbol qr")
            return PrintedBarcode(svg: svg, text: uri, note: nil, width: symbol.width * Self.matrixModule, height: symbol.height * Self.matrixModule)
        }
    }

    /// "No GS1 barcode: (10) "LOT 1": invalid cset82 character (character 4)." The position
    /// counts characters of the value, as the person reading the slip sees it.
    static func note(_ error: GS1Error, pairs: [(ai: String, value: String)]) -> String {
        var start = 1
        for (ai, value) in pairs {
            start += ai.utf8.count + 2
            if ai == error.ai {
                let character = String(decoding: value.utf8.prefix(max(0, error.position - start)), as: UTF8.self).count + 1
                let at = error.lint == nil ? "" : " (character \(character))"
                return "No GS1 barcode: (\(ai)) \"\(value)\": \(error.reason)\(at)."
            }
            start += value.utf8.count
        }
        return "No GS1 barcode: \(error)."
    }
}
