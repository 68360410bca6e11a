/// A parsed GS1 message: element strings in the order they were read.
public struct GS1Message: Sendable, Hashable {
    public var elements: [GS1Element]

    public init(elements: [GS1Element]) { self.elements = elements }

    /// Human-readable form: "(01)09506000134352(17)251231(10)ABC-1".
    public var bracketed: String { elements.map { "(\($0.ai))\($0.value)" }.joined() }

    /// The data as a barcode carries it after the leading FNC1: `separator` after every element
    /// that needs one and is not last (GS, 0x1D, as scanners transmit FNC1).
    public func encoded(separator: UInt8 = 0x1D) -> [UInt8] {
        var bytes: [UInt8] = []
        for (index, element) in elements.enumerated() {
            bytes += Array(element.ai.utf8) + Array(element.value.utf8)
            if element.definition.separatorRequired && index < elements.count - 1 { bytes.append(separator) }
        }
        return bytes
    }

    /// The first value of `ai`, nil when the message has none.
    public func value(of ai: String) -> String? { elements.first { $0.ai == ai }?.value }

    /// (01) GTIN.
    public var gtin: String? { value(of: "01") }
    /// (10) batch or lot number.
    public var lot: String? { value(of: "10") }
    /// (21) serial number.
    public var serial: String? { value(of: "21") }

    /// (17) expiry date (midnight), the century chosen around `referenceYear`.
    public func expiry(referenceYear: Int) -> LocalDateTime? {
        value(of: "17").flatMap { GS1Date.date(yymmdd: $0, referenceYear: referenceYear) }
    }
}
