import LotraceCore
import LotraceXML

/// `lotrace slip`: the delivery slip of one outgoing transfer as a UBL 2.1 DespatchAdvice.
public struct SlipDocuments: Sendable {
    /// The formats of a slip.
    public enum Format: String, Sendable, CaseIterable {
        /// UBL 2.1 DespatchAdvice.
        case xml
    }

    public let slip: DeliverySlip
    public let dataset: Dataset
    public let config: LotraceConfig

    /// The slip of the outgoing transfer `reference`.
    /// - Throws: `.notFound` when no outgoing transfer has that reference.
    public init(reference: String, dataset: Dataset, config: LotraceConfig) throws(DocumentError) {
        guard let slip = DeliverySlipBuilder(dataset: dataset, config: config).slip(named: reference) else {
            throw .notFound("no outgoing transfer \"\(reference)\" (see the transfers export)")
        }
        self.slip = slip
        self.dataset = dataset
        self.config = config
    }

    /// The slip in `format`, following `profile`; a slip without any date is issued on `today`.
    public func render(
        _ format: Format, profile: DespatchAdviceXML.Profile, today: LocalDateTime
    ) throws(DocumentError) -> RenderedDocument {
        switch format {
        case .xml:
            try DocumentError.writingXML { () throws(XMLWriterError) in
                try DespatchAdviceXML(
                    slip: slip, dataset: dataset, profile: profile, unitCodes: UnitCodes(overrides: config.unitCodes),
                    fallbackDate: today
                ).render()
            }
        }
    }
}
