/// The list of delivery slips (`templates/slips.mustache`), newest shipping date first.
struct SlipListPage: Sendable, Encodable {
    var frame: PageFrame
    var count: String
    var rows: CollapsedRows<Row>

    /// One slip.
    struct Row: Sendable, Encodable {
        var reference: String
        var href: String
        var status: String
        var state: String
        var customer: String
        var order: String
        var shippingDate: String
        var lines: Int
    }

    /// The list of `slips`, newest first, framed by `frame`, linking through `links`.
    init(slips: [DeliverySlip], frame: PageFrame, links: PageLinks) {
        self.frame = frame
        count = DisplayFormat.count(slips.count, "delivery slip")
        let slips = slips.sorted { ($0.shippingDate?.seconds ?? .min) > ($1.shippingDate?.seconds ?? .min) }
        rows = CollapsedRows(Self.rows(slips, links: links))
    }

    /// `slips` as rows linked through `links`.
    static func rows(_ slips: [DeliverySlip], links: PageLinks) -> [Row] {
        slips.map { slip in
            Row(
                reference: slip.reference,
                href: links.slip(slip.reference) ?? "",
                status: SlipPage.statusText(slip), state: SlipPage.state(slip), customer: slip.customer?.name ?? "",
                order: slip.order ?? "", shippingDate: DisplayFormat.minutes(slip.shippingDate), lines: slip.lines.count)
        }
    }
}
