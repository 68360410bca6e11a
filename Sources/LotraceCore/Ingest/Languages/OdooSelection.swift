/// The selection fields whose values Lotrace reads, as the labels resource names them.
enum OdooSelection: String, Sendable, CaseIterable {
    /// `stock.move.state` (a move line's Status; 17/18 export it as its key).
    case moveStatus = "move_status"
    /// `stock.picking.state` (a transfer's Status).
    case transferStatus = "transfer_status"
    /// `stock.location.usage` (Location Type; the move line's Source/Destination Location Type).
    case usage
    /// `product.template.tracking`.
    case tracking
    /// `stock.picking.type.code` (Type of Operation).
    case kind

    /// The selection behind an Odoo field, for the fields Lotrace tells apart by content.
    init?(model: String, field: String) {
        switch (model, field) {
        case ("stock.move.line", "state"): self = .moveStatus
        case ("stock.picking", "state"): self = .transferStatus
        case ("stock.location", "usage"), ("stock.move.line", "location_usage"), ("stock.move.line", "location_dest_usage"):
            self = .usage
        case ("product.template", "tracking"), ("product.product", "tracking"), ("stock.move.line", "tracking"):
            self = .tracking
        case ("stock.picking.type", "code"), ("stock.picking", "picking_type_code"), ("stock.move.line", "picking_code"):
            self = .kind
        default: return nil
        }
    }
}
