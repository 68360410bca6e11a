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

/// One column of a role: its key, every header that names it, and whether the role needs it.
struct ColumnSpec: Sendable {
    let key: ColumnKey
    let headers: [String]
    let required: Bool
    /// A column that may stand in for a required one (`product_id/id` external ids for Product).
    let alternative: ColumnKey?

    init(_ key: ColumnKey, _ headers: [String], required: Bool = false, or alternative: ColumnKey? = nil) {
        self.key = key
        self.headers = headers
        self.required = required
        self.alternative = alternative
    }
}
