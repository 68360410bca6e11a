import LotraceCore

/// `search.json`: the small index the search box reads (progressive enhancement: every page
/// works without it). `{"lots": [[lot, product key, path]], "slips": [[reference, customer,
/// order, path]]}`, paths relative to the site root.
struct SearchIndexStep: SiteStep {
    static let path = "search.json"

    let title = "Write search index"
    let templates: [String] = []
    let section: SiteSection? = nil

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        let dataset = context.dataset
        let lots = dataset.lots.map { lot -> JSONValue in
            .array([.string(lot.name), .string(dataset[lot.product].key), .string(context.links.lotPage(lot.id))])
        }
        let slips = context.slips.compactMap { slip -> JSONValue? in
            context.links.slipFile(slip.reference).map { path in
                .array([.string(slip.reference), .string(slip.customer?.name ?? ""), .string(slip.order ?? ""), .string(path)])
            }
        }
        let index = JSONValue.object([("lots", .array(lots)), ("slips", .array(slips))])
        try context.output.write(index.serialized(pretty: false), to: Self.path)
        return SiteStepOutcome(count: lots.count + slips.count, noun: "entry", plural: "entries")
    }
}
