import Foundation

/// An EPCIS 2.0 JSON-LD document read back with `JSONDecoder` (quantities as exact decimals).
struct EPCISJSONDocument: Decodable {
    var context: [String]
    var type: String
    var schemaVersion: String
    var creationDate: String
    var epcisBody: Body

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case type, schemaVersion, creationDate, epcisBody
    }

    struct Body: Decodable {
        var eventList: [Event]
    }

    /// An ObjectEvent or TransformationEvent, every field Lotrace writes.
    struct Event: Decodable {
        var type: String
        var eventTime: String
        var eventTimeZoneOffset: String
        var epcList: [String]?
        var inputEPCList: [String]?
        var outputEPCList: [String]?
        var action: String?
        var bizStep: String
        var disposition: String
        var readPoint: Place?
        var bizLocation: Place?
        var bizTransactionList: [Link]?
        var quantityList: [QuantityElement]?
        var inputQuantityList: [QuantityElement]?
        var outputQuantityList: [QuantityElement]?
        var transformationID: String?
        var sourceList: [Link]?
        var destinationList: [Link]?
        var ilmd: [String: String]?

        /// One line: type, times, CBV words, identifiers, quantities, links and lot master data.
        var summary: String {
            let epcs = { (list: [String]?) in (list ?? []).joined(separator: " ") }
            let quantities = { (list: [QuantityElement]?) in
                (list ?? []).map { "\($0.epcClass) \($0.quantity) \($0.uom ?? "")" }.joined(separator: ", ")
            }
            let links = { (list: [Link]?) in (list ?? []).map { "\($0.type) \($0.uri)" }.joined(separator: ", ") }
            return [
                type, eventTime, eventTimeZoneOffset, bizStep, disposition,
                "epcs: " + epcs(epcList) + epcs(inputEPCList) + " -> " + epcs(outputEPCList),
                "quantities: " + quantities(quantityList) + quantities(inputQuantityList) + " -> " + quantities(outputQuantityList),
                "transformation: " + (transformationID ?? ""),
                "why: " + (readPoint?.id ?? "") + " " + (bizLocation?.id ?? "") + " " + links(bizTransactionList),
                "from: " + links(sourceList) + " to: " + links(destinationList),
                "lot: " + (ilmd ?? [:]).map { "\($0.key.replacingOccurrences(of: "cbvmda:", with: ""))=\($0.value)" }.sorted()
                    .joined(separator: " "),
            ].joined(separator: " | ")
        }
    }

    struct Place: Decodable {
        var id: String
    }

    struct QuantityElement: Decodable, Equatable {
        var epcClass: String
        var quantity: Decimal
        var uom: String?
    }

    /// A business transaction, source or destination: its type and its URI.
    struct Link: Decodable {
        var type: String
        var uri: String

        private struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            type = try container.decode(String.self, forKey: Key(stringValue: "type"))
            guard let item = container.allKeys.first(where: { $0.stringValue != "type" }) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "a link without its URI"))
            }
            uri = try container.decode(String.self, forKey: item)
        }
    }

    static func parse(_ bytes: [UInt8]) throws -> EPCISJSONDocument {
        try JSONDecoder().decode(EPCISJSONDocument.self, from: Data(bytes))
    }
}
