import LotraceCore

/// One EPCIS 2.0 event Lotrace exports, as plain values (identifiers already URIs).
enum EPCISEvent {
    /// Goods received or shipped.
    case object(ObjectEvent)
    /// A manufacturing order: inputs consumed, outputs produced.
    case transformation(TransformationEvent)

    /// A quantity of a class (a lot, or a product without lot).
    struct QuantityElement: Equatable {
        var epcClass: String
        var quantity: Quantity
        /// UN/ECE Rec 20 code; nil for a count of trade items (or a unit without code).
        var uom: String?
    }

    /// A business transaction, source or destination: a CBV type and a URI.
    struct Link: Equatable {
        var type: CBV.LinkType
        var uri: String
    }

    /// What the event's time and document say, shared by both kinds.
    struct Common {
        /// The latest line date of the event (local time of the exports).
        var time: LocalDateTime
        var bizStep: CBV.BizStep
        var disposition: CBV.Disposition
        var readPoint: String?
        var bizLocation: String?
        var transactions: [Link]
    }

    /// An ObjectEvent (action OBSERVE).
    struct ObjectEvent {
        var common: Common
        /// Serials (instance identifiers).
        var epcs: [String]
        var quantities: [QuantityElement]
        var sources: [Link]
        var destinations: [Link]
    }

    /// A TransformationEvent, with the lot master data of its single output lot when known.
    struct TransformationEvent {
        var common: Common
        var inputEPCs: [String]
        var inputQuantities: [QuantityElement]
        var outputEPCs: [String]
        var outputQuantities: [QuantityElement]
        /// The manufacturing order, when the event shows only its inputs or only its outputs (a
        /// trace leaves out the lots it is not about): EPCIS 2.0 then requires the
        /// transformation's identifier, which links the events of one transformation.
        var transformationID: String?
        var outputLot: LotMasterData?
    }

    /// `ilmd` values (CBV master data attributes) of a produced lot.
    struct LotMasterData {
        var lotNumber: String
        var expirationDate: LocalDateTime?
        var bestBeforeDate: LocalDateTime?
    }

    /// The common fields of either kind.
    var common: Common {
        switch self {
        case .object(let event): event.common
        case .transformation(let event): event.common
        }
    }
}
