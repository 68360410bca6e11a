/// The Core Business Vocabulary 2.0 values Lotrace writes, in the form each binding wants: the
/// XML writes the full URN (`urn:epcglobal:cbv:bizstep:shipping`; the XSD would accept bare
/// words too, so the form is fixed here, in one place), the JSON-LD the bare word (`shipping`:
/// the EPCIS JSON schema refuses the `urn:epcglobal:cbv:` forms).
enum CBV {
    /// Business steps.
    enum BizStep: String, CaseIterable, CBVTerm {
        case receiving, shipping, commissioning

        static let urnPrefix = "urn:epcglobal:cbv:bizstep:"
    }

    /// Dispositions.
    enum Disposition: String, CaseIterable, CBVTerm {
        case inProgress = "in_progress"
        case inTransit = "in_transit"
        case active
        case returned

        static let urnPrefix = "urn:epcglobal:cbv:disp:"
    }

    /// Business transaction types.
    enum TransactionType: String, CaseIterable, CBVTerm {
        /// Purchase or sales order (the transfer's Source Document).
        case po
        /// Despatch advice (an outgoing transfer: its UBL twin has the same ID).
        case desadv
        /// Receiving advice (an incoming transfer).
        case recadv
        /// Production order (a manufacturing order).
        case prodorder

        static let urnPrefix = "urn:epcglobal:cbv:btt:"
    }

    /// Source and destination types.
    enum SourceDestinationType: String, CaseIterable, CBVTerm {
        case owningParty = "owning_party"
        case location

        static let urnPrefix = "urn:epcglobal:cbv:sdt:"
    }

    /// The type of a business transaction, source or destination.
    enum LinkType: Equatable {
        case transaction(TransactionType)
        case sourceDestination(SourceDestinationType)

        /// The full URN (XML).
        var urn: String {
            switch self {
            case .transaction(let type): type.urn
            case .sourceDestination(let type): type.urn
            }
        }

        /// The bare word (JSON-LD).
        var word: String {
            switch self {
            case .transaction(let type): type.word
            case .sourceDestination(let type): type.word
            }
        }
    }
}

/// A CBV value: its bare word is the raw value, its URN that word after the vocabulary's prefix.
protocol CBVTerm: RawRepresentable<String> {
    static var urnPrefix: String { get }
}

extension CBVTerm {
    /// `shipping` (JSON-LD).
    var word: String { rawValue }
    /// `urn:epcglobal:cbv:bizstep:shipping` (XML).
    var urn: String { Self.urnPrefix + rawValue }
}
