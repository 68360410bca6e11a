/// The record kinds of Lotrace's XML interchange format (`schemas/lotrace-data.xsd`) and how
/// each maps to the Odoo model and technical field names the rest of Lotrace reads.
enum LotraceRecordKind: CaseIterable {
    case product, location, partner, operationType, transfer, lot, moveLine

    /// How an element's text becomes Odoo's cell text.
    enum Conversion {
        /// Kept byte for byte.
        case text
        /// `2025-03-01T08:30:00` becomes Odoo's `2025-03-01 08:30:00`.
        case dateTime
        /// `true`/`1` become `True`, `false`/`0` become `False`.
        case flag
    }

    /// One child element of a record and the column it fills.
    struct Field {
        let element: String
        let column: String
        let conversion: Conversion
        /// Whether the column is in the table's header even when no record has it.
        let inHeader: Bool

        init(_ element: String, _ column: String, _ conversion: Conversion = .text, inHeader: Bool = false) {
            self.element = element
            self.column = column
            self.conversion = conversion
            self.inHeader = inHeader
        }
    }

    /// The column that `<quantity unit="...">` fills.
    static let unitColumn = "product_uom_id"

    /// The kind whose section element has this local name.
    init?(section: String) {
        guard let kind = Self.allCases.first(where: { $0.section == section }) else { return nil }
        self = kind
    }

    /// The section element that holds records of this kind.
    var section: String {
        switch self {
        case .product: "products"
        case .location: "locations"
        case .partner: "partners"
        case .operationType: "operationTypes"
        case .transfer: "transfers"
        case .lot: "lots"
        case .moveLine: "moveLines"
        }
    }

    /// The Odoo model of the records.
    var model: String {
        switch self {
        case .product: "product.product"
        case .location: "stock.location"
        case .partner: "res.partner"
        case .operationType: "stock.picking.type"
        case .transfer: "stock.picking"
        case .lot: "stock.lot"
        case .moveLine: "stock.move.line"
        }
    }

    /// The record's child elements, in the order of the table's columns.
    var fields: [Field] { Self.fieldsByKind[self] ?? [] }

    /// Each kind's fields, by element name (computed once: looked up for every element read).
    private static let fieldsByElement: [LotraceRecordKind: [String: Field]] = Dictionary(
        uniqueKeysWithValues: allCases.map { kind in
            (kind, Dictionary(kind.fields.map { ($0.element, $0) }, uniquingKeysWith: { first, _ in first }))
        })

    private static let fieldsByKind: [LotraceRecordKind: [Field]] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0, $0.fieldList) })

    private var fieldList: [Field] {
        switch self {
        case .product:
            [
                Field("name", "name", inHeader: true), Field("code", "default_code"),
                Field("barcode", "barcode"), Field("tracking", "tracking"),
                Field("useExpirationDate", "use_expiration_date", .flag),
                Field("expirationDays", "expiration_time"), Field("bestBeforeDays", "use_time"),
                Field("removalDays", "removal_time"), Field("alertDays", "alert_time"),
                Field("unit", "uom_id"),
            ]
        case .location:
            [Field("name", "complete_name", inHeader: true), Field("usage", "usage", inHeader: true)]
        case .partner:
            [
                Field("name", "name", inHeader: true), Field("company", "parent_id"),
                Field("street", "street"), Field("street2", "street2"), Field("city", "city"),
                Field("zip", "zip"), Field("state", "state_id"), Field("country", "country_id"),
                Field("email", "email"), Field("phone", "phone"),
            ]
        case .operationType:
            [
                Field("name", "name", inHeader: true), Field("kind", "code", inHeader: true),
                Field("createLots", "use_create_lots", .flag),
                Field("useExistingLots", "use_existing_lots", .flag),
                Field("warehouse", "warehouse_id"),
            ]
        case .transfer:
            [
                Field("reference", "name", inHeader: true), Field("origin", "origin"),
                Field("partner", "partner_id"), Field("scheduledDate", "scheduled_date", .dateTime),
                Field("doneDate", "date_done", .dateTime), Field("status", "state"),
                Field("operationType", "picking_type_id"), Field("backorderOf", "backorder_id"),
            ]
        case .lot:
            [
                Field("name", "name", inHeader: true), Field("product", "product_id", inHeader: true),
                Field("internalReference", "ref"), Field("company", "company_id"),
                Field("createdOn", "create_date", .dateTime),
                Field("expirationDate", "expiration_date", .dateTime),
                Field("bestBeforeDate", "use_date", .dateTime),
                Field("removalDate", "removal_date", .dateTime),
                Field("alertDate", "alert_date", .dateTime),
            ]
        case .moveLine:
            [
                Field("date", "date", .dateTime, inHeader: true),
                Field("reference", "reference", inHeader: true),
                Field("product", "product_id", inHeader: true), Field("lot", "lot_id", inHeader: true),
                Field("from", "location_id", inHeader: true),
                Field("to", "location_dest_id", inHeader: true),
                Field("quantity", "quantity", inHeader: true), Field("quantity", Self.unitColumn),
                Field("status", "state", inHeader: true), Field("transfer", "picking_id"),
                Field("company", "company_id"),
            ]
        }
    }

    /// The table's columns in order.
    var columns: [String] { fields.map(\.column) }

    /// The columns every table of this kind has.
    var headerColumns: [String] { fields.filter(\.inHeader).map(\.column) }

    /// The field read from a child element with this local name (for `quantity`, the value;
    /// its unit comes from the attribute).
    func field(forElement name: String) -> Field? {
        Self.fieldsByElement[self]?[name]
    }
}

extension LotraceRecordKind.Conversion {
    /// Odoo's text for an element's text (invalid values are left as they are: the schema
    /// has already put an issue on the row).
    func apply(to text: String) -> String {
        switch self {
        case .text:
            return text
        case .dateTime:
            var characters = Array(text)
            guard characters.count == 19, characters[10] == "T" else { return text }
            characters[10] = " "
            return String(characters)
        case .flag:
            switch text {
            case "true", "1": return "True"
            case "false", "0": return "False"
            default: return text
            }
        }
    }
}
