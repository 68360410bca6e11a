/// Odoo's Type of Operation (`stock.picking.type.code`).
public enum OperationKind: String, Sendable, Hashable, CaseIterable {
    case incoming
    case outgoing
    case `internal`
    case manufacturing = "mrp_operation"
    case repair = "repair_operation"
    case dropship

    /// Reads a label ("Receipt", "Delivery", "Internal Transfer", "Manufacturing") or a key.
    public init?(odooValue: String) {
        switch odooValue {
        case "Receipt", "incoming": self = .incoming
        case "Delivery", "outgoing": self = .outgoing
        case "Internal Transfer", "internal": self = .internal
        case "Manufacturing", "mrp_operation": self = .manufacturing
        case "Repair", "repair_operation": self = .repair
        case "Dropship", "dropship": self = .dropship
        default: return nil
        }
    }
}
