import LotraceCore

/// Inline export folders for the expiry, FEFO and audit tests (Odoo 17 labels, every field
/// quoted), read through `DatasetLoader` like a real data folder.
struct AnalysisFixture {
    /// A product row: name, code, tracking label and the expiry settings.
    struct ProductRow {
        var name: String
        var code: String
        var tracking = "By Lots"
        var usesExpiration = "True"
        var days: [String] = ["", "", "", ""]

        /// "[code] name".
        var display: String { "[\(code)] \(name)" }
    }

    var products: [ProductRow] = []
    /// The lots file's header and rows; no file when nil.
    var lotsHeader: [String]? = nil
    var lots: [[String]] = []
    var transfers: [[String]] = []
    var operationTypes: [[String]] = []
    var lines: [[String]] = []

    /// The standard lots header (Lot/Serial Number, Product, the four dates).
    static let lotsHeader = ["Lot/Serial Number", "Product", "Expiration Date", "Best before Date", "Removal Date", "Alert Date"]

    /// Adds a done move line.
    mutating func line(
        _ date: String, _ reference: String, _ product: String, _ lot: String, _ from: String, _ to: String,
        _ quantity: String, transfer: String = ""
    ) {
        lines.append(ScenarioFixture.line(date, reference, product, lot, from, to, quantity, transfer: transfer))
    }

    /// Adds a transfer: reference, scheduled date, operation type display name, contact.
    mutating func transfer(_ reference: String, scheduled: String, type: String, contact: String = "", origin: String = "") {
        transfers.append([reference, origin, contact, scheduled, scheduled, "Done", type])
    }

    /// The files of the fixture.
    var files: [InputData] {
        var files = [ScenarioFixture.moveLines(lines)]
        if !products.isEmpty {
            files.append(
                ScenarioFixture.csv(
                    "product.product.csv",
                    ["Name", "Internal Reference", "Tracking", "Use Expiration Date", "Expiration Date", "Best Before Date",
                     "Removal Date", "Alert Date"],
                    products.map { [$0.name, $0.code, $0.tracking, $0.usesExpiration] + $0.days }))
        }
        if let lotsHeader { files.append(ScenarioFixture.csv("stock.lot.csv", lotsHeader, lots)) }
        if !transfers.isEmpty { files.append(ScenarioFixture.transfers(transfers)) }
        if !operationTypes.isEmpty {
            files.append(
                ScenarioFixture.csv(
                    "stock.picking.type.csv",
                    ["Operation Type", "Type of Operation", "Create New Lots/Serial Numbers", "Use Existing Lots/Serial Numbers",
                     "Warehouse"],
                    operationTypes))
        }
        return files
    }

    /// The loaded graph (the fixture must load without rejections or refusals).
    func graph() -> TraceGraph {
        let dataset = DatasetLoader().load(files: files)
        precondition(dataset.refusals.isEmpty, "\(dataset.refusals)")
        precondition(dataset.files.allSatisfy { $0.rejected.isEmpty }, "\(dataset.files.map(\.rejected))")
        return TraceGraph(dataset: dataset)
    }

    /// The graph and its lot dates.
    func analysed() -> (graph: TraceGraph, dates: LotDateBook) {
        let graph = graph()
        return (graph, LotDateBook(graph: graph))
    }

    /// The findings of one rule, as "line: lot: location" strings.
    func findings(_ rule: AuditRuleID) -> [AuditFinding] {
        let (graph, dates) = analysed()
        return IntegrityAudit(graph: graph, dates: dates).findings(of: rule)
    }

    /// Parses `YYYY-MM-DD HH:MM:SS`.
    static func date(_ text: String) -> LocalDateTime { AsOfDate.parse(text)! }
}
