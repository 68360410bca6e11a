/// The list of delivery slips (`templates/slips.mustache`), newest shipping date first.
struct SlipListPage: Sendable {
    var frame: PageFrame
    var count: String
    var rows: CollapsedRows<Row>

    /// One slip.
    struct Row: Sendable {
        var reference: String
        var href: String
        var status: String
        var state: String
        var customer: String
        var order: String
        var shippingDate: String
        var lines: Int
    }

    /// The list of `context.slips`, at site path `path`.
    init(context: SiteContext, path: String) {
        frame = context.frame(title: "Delivery slips", path: path)
        count = DisplayFormat.count(context.slips.count, "delivery slip")
        let slips = context.slips.sorted { ($0.shippingDate?.seconds ?? .min) > ($1.shippingDate?.seconds ?? .min) }
        rows = CollapsedRows(Self.rows(slips, context: context, path: path))
    }

    /// `slips` as rows linked from the page at `path`.
    static func rows(_ slips: [DeliverySlip], context: SiteContext, path: String) -> [Row] {
        slips.map { slip in
            Row(
                reference: slip.reference,
                href: context.links.slipFile(slip.reference).map { context.href($0, from: path) } ?? "",
                status: SlipPage.statusText(slip), state: SlipPage.state(slip), customer: slip.customer?.name ?? "",
                order: slip.order ?? "", shippingDate: DisplayFormat.minutes(slip.shippingDate), lines: slip.lines.count)
        }
    }
}
