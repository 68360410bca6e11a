/// The status of a move line or transfer, reduced to what Lotrace needs: only Done moves stock.
public enum MoveStatus: Sendable, Hashable, Encodable {
    case done
    /// A known Odoo status other than Done (kept as written): counted and skipped.
    case notDone(String)

    /// Reads a label or key of stock.move / stock.picking; `nil` for anything else (`bad_status`).
    public init?(odooValue: String) {
        if odooValue == "Done" || odooValue == "done" {
            self = .done
        } else if MoveStatus.otherStatuses.contains(odooValue) {
            self = .notDone(odooValue)
        } else {
            return nil
        }
    }

    static let otherStatuses: Set<String> = [
        "New", "Waiting Another Move", "Waiting Availability", "Partially Available", "Available",
        "Cancelled", "Draft", "Waiting", "Waiting Another Operation", "Ready",
        "draft", "waiting", "confirmed", "partially_available", "assigned", "cancel",
    ]

    public var isDone: Bool { self == .done }
}
