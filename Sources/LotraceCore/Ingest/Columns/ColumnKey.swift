/// A column Lotrace reads, whatever its header says (Odoo 17/18/19 labels or technical names).
enum ColumnKey: Int, Sendable, Hashable, CaseIterable {
    // Shared
    case externalID, name, company, product, productExternalID, reference, status, barcode
    // Move lines
    case date, lot, lotExternalID, lotName, from, fromExternalID, to, toExternalID, quantity, unit
    case transfer, transferExternalID, contact, fromUsage, toUsage, consumeLines, produceLines
    // Lots
    case createdOn, expirationDate, bestBeforeDate, removalDate, alertDate, onHandQuantity
    // Products
    case code, tracking, usesExpirationDate, expirationDays, bestBeforeDays, removalDays, alertDays
    // Transfers
    case origin, contactExternalID, scheduledDate, doneDate, operationType, operationTypeExternalID
    case backorderOf
    // Operation types
    case kind, createsLots, usesExistingLots, warehouse
    // Partners
    case displayName, relatedCompany, relatedCompanyExternalID, street, street2, city, zip, state
    case country, email, phone
    // Locations
    case fullName, usage
}

/// One column of a role: its key, its English and technical headers, the Odoo fields whose
/// translated labels also name it, and whether the role needs it.
struct ColumnSpec: Sendable {
    let key: ColumnKey
    /// English labels (the first names the column in messages) and technical names.
    let headers: [String]
    /// Fields (or related paths such as `product_id/id`) of the role's Odoo models whose labels
    /// name this column in every language of `OdooLabels`.
    let fields: [String]
    let required: Bool
    /// A column that may stand in for a required one (`product_id/id` external ids for Product).
    let alternative: ColumnKey?

    init(
        _ key: ColumnKey, _ headers: [String], fields: [String], required: Bool = false, or alternative: ColumnKey? = nil
    ) {
        self.key = key
        self.headers = headers
        self.fields = fields
        self.required = required
        self.alternative = alternative
    }

    /// The headers that are technical names (`product_id`, `lot_id/id`), the same in every language.
    var technicalNames: [String] { headers.filter(Self.isTechnical) }

    /// The headers that are English labels.
    var englishLabels: [String] { headers.filter { !Self.isTechnical($0) } }

    /// Technical names are lower-case ASCII letters, digits, `_`, `.` and `/`.
    static func isTechnical(_ header: String) -> Bool {
        header.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 || $0 == 46 || $0 == 47 }
    }
}
