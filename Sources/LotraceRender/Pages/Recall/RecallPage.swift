import LotraceCore

/// The view model of a recall report page (`templates/recall.mustache`): a self-contained,
/// printable document (its styles inline) that can be archived or mailed with the FSMA 204
/// spreadsheet beside it. Every value is pre-formatted text; templates escape it.
struct RecallPage: Sendable, Encodable {
    var title: String
    var company: String
    /// What was asked, in words ("Lots F1", "Supplier lot GM-1").
    var selection: [String]
    var upstream: Bool
    var selected: [LotCell]
    /// The lots file (`--lots-file`) and its rows that name no lot; nil without one.
    var lotsFile: LotsFileBlock?
    var recalled: [LotCell]
    var sources: [SourceRow]
    var hasSources: Bool
    var summary: [SummaryCount]
    var recovery: RecoveryText
    var affected: [AffectedRow]
    var customers: [CustomerBlock]
    var hasCustomers: Bool
    var deliveries: [DeliveryLine]
    var hasDeliveries: Bool
    var onHand: [StockLine]
    var hasOnHand: Bool
    var balances: [BalanceLine]
    var provenance: ProvenanceText
    /// Links of the page: the spreadsheet, and in the site the lot page and the overview.
    var links: Links

    /// Where the page links to.
    struct Links: Sendable, Encodable {
        var spreadsheet: String
        var lot: String?
        var home: String?
    }

    /// The page of `report` (for `company`'s settings), linking to `links`.
    init(report: RecallReport, links: Links) {
        let first = report.recalled.first.map { $0.lot } ?? ""
        title = "Recall of \(first)" + (report.recalled.count > 1 ? " and \(report.recalled.count - 1) more" : "")
        company = report.company
        selection = Self.selectionText(report.selection)
        upstream = report.selection.upstream
        selected = report.selected.map(LotCell.init)
        lotsFile = report.lotList.map(LotsFileBlock.init)
        recalled = report.recalled.map(LotCell.init)
        sources = report.sources.map(SourceRow.init)
        hasSources = !sources.isEmpty
        summary = [
            SummaryCount(value: report.affected.count, label: "affected lots"),
            SummaryCount(value: report.customers.filter { $0.party != nil }.count, label: "customers"),
            SummaryCount(value: report.deliveries.count, label: "deliveries"),
            SummaryCount(value: report.onHand.filter { !$0.quantity.isNegative }.count, label: "stock places to quarantine"),
        ]
        recovery = RecoveryText(report.recovery)
        affected = report.affected.map(AffectedRow.init)
        customers = report.customers.map(CustomerBlock.init)
        hasCustomers = !customers.isEmpty
        deliveries = report.deliveries.map(DeliveryLine.init)
        hasDeliveries = !deliveries.isEmpty
        onHand = report.onHand.map(StockLine.init)
        hasOnHand = !onHand.isEmpty
        balances = report.massBalance.map(BalanceLine.init)
        provenance = ProvenanceText(report.provenance)
        self.links = links
    }

    private static func selectionText(_ selection: RecallSelection) -> [String] {
        var parts: [String] = []
        if !selection.lots.isEmpty {
            parts.append((selection.lots.count == 1 ? "Lot " : "Lots ") + selection.lots.joined(separator: ", "))
        }
        if let lotList = selection.lotList { parts.append("Lots file \(lotList.name)") }
        if let product = selection.product { parts.append("Product \(product)") }
        if let received = selection.received { parts.append("Received \(received)") }
        if let supplierLot = selection.supplierLot { parts.append("Supplier lot \(supplierLot)") }
        if selection.upstream { parts.append("Upstream: the sources of these lots and everything made from them") }
        return parts
    }
}
