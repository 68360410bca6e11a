/// The Core Business Vocabulary 2.0 values Lotrace writes, always in their full URN form
/// (`urn:epcglobal:cbv:bizstep:shipping`): the EPCIS XSD accepts bare words too (they are
/// `xs:anyURI`), so the form is fixed here, in one place.
enum CBV {
    /// Business steps.
    enum BizStep: String, CaseIterable {
        case receiving, shipping, commissioning

        var urn: String { "urn:epcglobal:cbv:bizstep:\(rawValue)" }
    }

    /// Dispositions.
    enum Disposition: String, CaseIterable {
        case inProgress = "in_progress"
        case inTransit = "in_transit"
        case active
        case returned

        var urn: String { "urn:epcglobal:cbv:disp:\(rawValue)" }
    }

    /// Business transaction types.
    enum TransactionType: String, CaseIterable {
        /// Purchase or sales order (the transfer's Source Document).
        case po
        /// Despatch advice (an outgoing transfer: its UBL twin has the same ID).
        case desadv
        /// Receiving advice (an incoming transfer).
        case recadv
        /// Production order (a manufacturing order).
        case prodorder

        var urn: String { "urn:epcglobal:cbv:btt:\(rawValue)" }
    }

    /// Source and destination types.
    enum SourceDestinationType: String, CaseIterable {
        case owningParty = "owning_party"
        case location

        var urn: String { "urn:epcglobal:cbv:sdt:\(rawValue)" }
    }
}
