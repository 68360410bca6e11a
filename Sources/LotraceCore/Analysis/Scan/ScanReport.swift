/// What a scanned GS1 label says and the trace of the lot it names (`lotrace scan`): the
/// elements read, the product found by GTIN, the lot (10) or serial (21), and the problems that
/// stopped the lookup.
public struct ScanReport: Sendable {
    /// The element strings in the order read (empty when the data was refused).
    public var elements: [GS1Element]
    /// (01), 14 digits as read (zero-suppressed Digital Link GTINs are padded).
    public var gtin: String?
    public var lot: String?
    public var serial: String?
    /// (17) expiry, the century chosen around the reference year.
    public var expiry: LocalDateTime?
    /// The product found (`Product.key`), nil when none.
    public var product: String?
    /// The trace of the lot; nil when there is a problem.
    public var trace: TraceReport?
    /// Empty when the trace was found; otherwise what stopped the lookup (first the GS1
    /// data's own errors).
    public var problems: [ScanProblem]

    /// Reads `text` (scan data, Digital Link, bracketed or element strings; GTIN-8/12/13 in
    /// Digital Link URIs accepted) and looks its product and lot up in `graph`'s dataset.
    /// `product` (Internal Reference or display name) narrows the GTIN lookup.
    public init(scanning text: String, graph: TraceGraph, product wanted: String? = nil, referenceYear: Int) {
        elements = []
        problems = []
        let message: GS1Message
        do {
            message = try GS1Reader.read(text, options: GS1ParseOptions(permitZeroSuppressedGTIN: true))
        } catch {
            problems = [.gs1(error)]
            return
        }
        elements = message.elements
        gtin = message.gtin
        lot = message.lot
        serial = message.serial
        expiry = message.expiry(referenceYear: referenceYear)
        problems = message.associationErrors.map(ScanProblem.gs1)
        guard problems.isEmpty else { return }
        let dataset = graph.dataset
        let productID: ProductID
        switch Self.product(gtin: gtin, wanted: wanted, dataset: dataset) {
        case .success(let id): productID = id
        case .failure(let problem):
            problems = [problem]
            return
        }
        let found = dataset[productID]
        product = found.key
        let name = found.tracking == .serial ? serial ?? lot : lot ?? serial
        guard let name else {
            problems = [.noLot]
            return
        }
        let matches = dataset.lots(named: name).filter { dataset[$0].product == productID }
        switch matches.count {
        case 1: trace = TraceReport(graph: graph, lot: matches[0])
        case 0: problems = [.unknownLot(name, product: found.key, closest: dataset.lotNames(closestTo: name, product: productID))]
        default: problems = [.severalCompanies(name, product: found.key, companies: matches.map { dataset[$0].company })]
        }
    }

    /// The product whose Barcode is the GTIN, narrowed by `wanted`.
    private static func product(gtin: String?, wanted: String?, dataset: Dataset) -> Result<ProductID, ScanProblem> {
        guard let gtin else { return .failure(.noProduct) }
        let candidates = GTINIndex(dataset: dataset).products(gtin: gtin).filter { id in
            guard let wanted else { return true }
            let product = dataset[id]
            return product.code.map { ExactText($0) == ExactText(wanted) } == true || ExactText(product.displayName) == ExactText(wanted)
        }
        switch candidates.count {
        case 1: return .success(candidates[0])
        case 0: return .failure(.unknownGTIN(gtin, product: wanted))
        default: return .failure(.ambiguousGTIN(gtin, candidates: candidates.map { dataset[$0].displayName }))
        }
    }
}
