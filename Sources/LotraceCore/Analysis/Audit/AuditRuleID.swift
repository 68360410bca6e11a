/// The integrity rules (docs/data-contract.md section 5, the article's "implementation risks"), each with a
/// fixed severity:
/// - **error**: the data shows stock or traceability that is wrong, or goods that should not
///   have left (`lotrace audit` exits 65 so cron can alert): `missing_lot`, `serial_quantity`,
///   `serial_duplicate`, `serial_delivered_twice`, `phantom_lot`, `negative_stock`,
///   `lot_product_mismatch`, `expired_delivered`.
/// - **warning**: a practice or setting to review, traceability still holds: `untracked_stock`,
///   `fefo_violation`, `risky_operation_type`.
public enum AuditRuleID: String, Sendable, Hashable, CaseIterable {
    case missingLot = "missing_lot"
    case untrackedStock = "untracked_stock"
    case serialQuantity = "serial_quantity"
    case serialDuplicate = "serial_duplicate"
    case serialDeliveredTwice = "serial_delivered_twice"
    case phantomLot = "phantom_lot"
    case negativeStock = "negative_stock"
    case lotProductMismatch = "lot_product_mismatch"
    case expiredDelivered = "expired_delivered"
    case fefoViolation = "fefo_violation"
    case riskyOperationType = "risky_operation_type"

    /// How serious a finding of this rule is.
    public var severity: AuditSeverity {
        switch self {
        case .untrackedStock, .fefoViolation, .riskyOperationType: .warning
        default: .error
        }
    }

    /// What the rule looks for, in a warehouse manager's words.
    public var summary: String {
        switch self {
        case .missingLot: "A lot- or serial-tracked product moved without a lot."
        case .untrackedStock: "Stock of a tracked product without a lot is still on hand (tracking enabled on existing stock)."
        case .serialQuantity: "A serial-number line moved a quantity other than 1."
        case .serialDuplicate: "A serial number is on hand more than once, or in two places."
        case .serialDeliveredTwice: "A serial number was delivered again without a customer return in between."
        case .phantomLot: "A lot first appears on an operation that may not create lots."
        case .negativeStock: "A lot's stock in a location went below zero."
        case .lotProductMismatch: "The lots file and the move lines disagree on a lot's product."
        case .expiredDelivered: "A lot was shipped on or after its expiration date."
        case .fefoViolation: "A delivery shipped a lot while one with an earlier removal date sat in the same place."
        case .riskyOperationType: "A delivery operation type may create lots (Create New Lots/Serial Numbers on)."
        }
    }
}

/// How serious a finding is; see `AuditRuleID`.
public enum AuditSeverity: String, Sendable, Hashable, CaseIterable {
    case error
    case warning
}
