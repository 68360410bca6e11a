import LotraceCore

/// `index.html`: what the data holds (counts), the row accounting with links to the rejected
/// rows, the highlights of every step, the latest deliveries and links to every section.
struct IndexPage: Sendable, Encodable {
    var frame: PageFrame
    var counts: [Count]
    var files: [FileRow]
    var totals: FileRow
    var highlights: [Highlight]
    var latest: [SlipListRow]
    var hasLatest: Bool
    var sections: [PageFrame.NavigationLink]

    /// One figure.
    struct Count: Sendable, Encodable {
        var label: String
        var value: String
    }

    /// One input file's accounting.
    struct FileRow: Sendable, Encodable {
        var name: String
        var role: String
        var read: String
        var used: String
        var skipped: String
        var rejected: String
        var rejectedHref: String?
    }

    /// A step's highlight, linked.
    struct Highlight: Sendable, Encodable {
        var text: String
        var href: String?
        var severity: String
    }

    /// The overview of `dataset`, its `slips` and the `highlights` of the site's steps, framed by
    /// `frame`, linking through `links`.
    init(dataset: Dataset, slips: [DeliverySlip], highlights: [SiteHighlight], frame: PageFrame, links: PageLinks) {
        self.frame = frame
        let serials = dataset.lots.filter { dataset[$0.product].tracking == .serial }.count
        counts = [
            ("Products", dataset.products.count), ("Lots", dataset.lots.count - serials), ("Serial numbers", serials),
            ("Done move lines", dataset.moveLines.count), ("Pending move lines", dataset.pendingMoveLines.count),
            ("Transfers", dataset.transfers.count), ("Delivery slips", slips.count),
        ].map { Count(label: $0.0, value: DisplayFormat.grouped($0.1)) }
        files = dataset.files.enumerated().map { index, file in
            FileRow(
                name: file.name, role: file.roles.map(\.rawValue).joined(separator: ", "),
                read: DisplayFormat.grouped(file.read), used: DisplayFormat.grouped(file.used),
                skipped: DisplayFormat.grouped(file.skipped), rejected: DisplayFormat.grouped(file.rejected.count),
                rejectedHref: file.rejected.isEmpty ? nil : RejectionsPage.path + "#" + RejectionsPage.anchor(file: index))
        }
        let accounting = RowAccounting(dataset: dataset)
        totals = FileRow(
            name: "Total", role: "", read: DisplayFormat.grouped(accounting.totalRead),
            used: DisplayFormat.grouped(accounting.totalUsed), skipped: DisplayFormat.grouped(accounting.totalSkipped),
            rejected: DisplayFormat.grouped(accounting.totalRejected),
            rejectedHref: accounting.totalRejected == 0 ? nil : RejectionsPage.path)
        self.highlights = highlights.map {
            Highlight(text: $0.text, href: $0.path.map(links.to), severity: $0.severity.rawValue)
        }
        let done = slips.filter(\.isDone).sorted { ($0.shippingDate?.seconds ?? 0) > ($1.shippingDate?.seconds ?? 0) }
        latest = done.prefix(10).map { SlipListRow($0, links: links) }
        hasLatest = !latest.isEmpty
        sections = frame.navigation
    }
}
