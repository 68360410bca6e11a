import LotraceCore

/// The URIs of an EPCIS export.
///
/// Lots and serials of a product with a GTIN (its Barcode, `GTIN`): with a configured company
/// prefix length, EPC URNs (`urn:epc:class:lgtin:<GCP>.<indicator+item>.<lot>`,
/// `urn:epc:id:sgtin:...`, the product alone `urn:epc:idpat:sgtin:<GCP>.<item>.*`); otherwise
/// GS1 Digital Link URIs (`https://id.gs1.org/01/<GTIN-14>/10/<lot>`, `/21/<serial>`). A lot or
/// serial GS1 cannot carry (more than 20 characters, or outside character set 82: spaces,
/// accents...) and every product without a GTIN use the configured base instead
/// (`<base>product/<Internal Reference or name>/10/<lot>`), with a note. Locations, parties and
/// documents are `<base>location/...`, `<base>party/...` (`https://id.gs1.org/417/<GLN>` for the
/// company when it has a GLN), `<base>document/...`, `<base>transformation/...`. Text in URIs is
/// percent-encoded.
struct EPCISIdentifiers {
    let dataset: Dataset
    let settings: EPCISSettings
    let company: LotraceConfig.Company
    private let gtins: [String?]

    init(dataset: Dataset, config: LotraceConfig) {
        self.dataset = dataset
        settings = config.epcis
        company = config.company
        gtins = dataset.products.map { $0.barcode.flatMap(GTIN.normalised) }
    }

    /// The class of `lot` of `product`, or of the product itself when `lot` is nil.
    func epcClass(product: ProductID, lot: String?, notes: inout RenderNotes) -> String {
        guard let gtin = gtins[Int(product.index)] else {
            notes.add(noGTIN(product))
            return fallback(product: product, qualifier: lot.map { ("10", $0) })
        }
        guard let lot else {
            if let (prefix, item) = split(gtin) { return "urn:epc:idpat:sgtin:\(prefix).\(item).*" }
            return "https://id.gs1.org/01/\(gtin)"
        }
        guard Self.isGS1Text(lot) else {
            notes.add("lot \"\(lot)\" cannot be a GS1 batch number (AI 10): written under \(settings.uriBase)")
            return fallback(product: product, qualifier: ("10", lot))
        }
        if let (prefix, item) = split(gtin) { return "urn:epc:class:lgtin:\(prefix).\(item).\(Self.epcEscaped(lot))" }
        return "https://id.gs1.org/01/\(gtin)/10/\(Self.percentEncoded(lot))"
    }

    /// The instance identifier of serial `serial` of `product`.
    func serial(product: ProductID, serial: String, notes: inout RenderNotes) -> String {
        guard let gtin = gtins[Int(product.index)] else {
            notes.add(noGTIN(product))
            return fallback(product: product, qualifier: ("21", serial))
        }
        guard Self.isGS1Text(serial) else {
            notes.add("serial \"\(serial)\" cannot be a GS1 serial number (AI 21): written under \(settings.uriBase)")
            return fallback(product: product, qualifier: ("21", serial))
        }
        if let (prefix, item) = split(gtin) { return "urn:epc:id:sgtin:\(prefix).\(item).\(Self.epcEscaped(serial))" }
        return "https://id.gs1.org/01/\(gtin)/21/\(Self.percentEncoded(serial))"
    }

    private func noGTIN(_ product: ProductID) -> String {
        "\(dataset[product].displayName) has no GTIN (Barcode): written under \(settings.uriBase)"
    }

    /// A stock location.
    func location(_ id: LocationID) -> String { made("location", dataset[id].fullName) }

    /// The shipping company: its GLN as a Digital Link party when configured.
    var companyParty: String {
        if let gln = company.gln, gln.utf8.count == 13, GS1Linter.csum.check(Array(gln.utf8)) == nil {
            return "https://id.gs1.org/417/\(gln)"
        }
        return made("party", company.name)
    }

    /// A transfer's contact, by display name.
    func party(named name: String) -> String { made("party", name) }

    /// A business document (transfer, order, manufacturing order) by its reference.
    func document(_ reference: String) -> String { made("document", reference) }

    /// The transformation a manufacturing order makes, by the order's reference.
    func transformation(_ reference: String) -> String { made("transformation", reference) }

    /// `<base><kind>/<percent-encoded name>`.
    private func made(_ kind: String, _ name: String) -> String {
        "\(settings.uriBase)\(kind)/\(Self.percentEncoded(name))"
    }

    /// `<base>product/<key>[/<ai>/<value>]`, for a product without GTIN or a value GS1 cannot carry.
    private func fallback(product: ProductID, qualifier: (ai: String, value: String)?) -> String {
        let base = made("product", dataset[product].key)
        guard let qualifier else { return base }
        return "\(base)/\(qualifier.ai)/\(Self.percentEncoded(qualifier.value))"
    }

    /// (company prefix, indicator digit + item reference) of a GTIN-14 with the configured
    /// prefix length; nil when none is configured.
    private func split(_ gtin: String) -> (String, String)? {
        guard let length = settings.companyPrefixLength else { return nil }
        let digits = Array(gtin)
        return (String(digits[1...length]), String(digits[0]) + String(digits[(length + 1)..<13]))
    }

    /// 1-20 characters of GS1 character set 82.
    static func isGS1Text(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        return (1...20).contains(bytes.count) && GS1Linter.cset82.check(bytes) == nil
    }

    /// Digital Link escaping: everything but `A-Z a-z 0-9 - . _ ~` as `%XX` (UTF-8 bytes).
    static func percentEncoded(_ text: String) -> String {
        escaped(text) { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                false
            default: true
            }
        }
    }

    /// EPC URN escaping of character-set-82 text: `" % & / < > ?` as `%XX`.
    static func epcEscaped(_ text: String) -> String {
        escaped(text) { Array("\"%&/<>?".utf8).contains($0) }
    }

    private static func escaped(_ text: String, when needsEscape: (UInt8) -> Bool) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in text.utf8 {
            if needsEscape(byte) {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
