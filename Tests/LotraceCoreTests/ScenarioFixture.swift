import LotraceCore
import LotraceRender

/// Small inline export folders for scenario tests: Odoo 17 label headers, every field quoted,
/// read through `DatasetLoader` like a real data folder.
enum ScenarioFixture {
    static let vendors = "Partners/Vendors"
    static let customers = "Partners/Customers"
    static let production = "Virtual Locations/Production"
    static let adjustment = "Virtual Locations/Inventory adjustment"
    static let stock = "WH/Stock"

    /// A CSV file with every field quoted.
    static func csv(_ name: String, _ header: [String], _ rows: [[String]]) -> InputData {
        let lines = ([header] + rows).map { row in
            row.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",")
        }
        return InputData(name: name, text: lines.joined(separator: "\n") + "\n")
    }

    /// A done move line row: Date, Reference, Product, Lot, From, To, Quantity, Units, Done, Transfer.
    static func line(
        _ date: String, _ reference: String, _ product: String, _ lot: String, _ from: String, _ to: String,
        _ quantity: String, transfer: String = ""
    ) -> [String] {
        [date, reference, product, lot, from, to, quantity, "Units", "Done", transfer]
    }

    /// The move-line export (Moves History).
    static func moveLines(_ rows: [[String]]) -> InputData {
        csv(
            "stock.move.line.csv",
            ["Date", "Reference", "Product", "Lot/Serial Number", "From", "To", "Quantity", "Unit of Measure", "Status", "Transfer"],
            rows)
    }

    /// A transfer row: Reference, Source Document, Contact, Scheduled Date, Date of Transfer, Done, type.
    static func transfer(_ reference: String, origin: String = "", contact: String = "", date: String, type: String) -> [String] {
        [reference, origin, contact, date, date, "Done", type]
    }

    /// The transfers export.
    static func transfers(_ rows: [[String]]) -> InputData {
        csv(
            "stock.picking.csv",
            ["Reference", "Source Document", "Contact", "Scheduled Date", "Date of Transfer", "Status", "Operation Type"],
            rows)
    }

    /// The products export; rows are (Name, Internal Reference, Tracking label).
    static func products(_ rows: [(String, String, String)]) -> InputData {
        csv("product.product.csv", ["Name", "Internal Reference", "Barcode", "Tracking"], rows.map { [$0.0, $0.1, "", $0.2] })
    }

    /// Loads the files and builds the graph.
    static func graph(_ files: [InputData]) -> TraceGraph {
        TraceGraph(dataset: DatasetLoader().load(files: files))
    }

    /// The compact JSON trace of a lot (resolved like the CLI does).
    static func traceJSON(_ graph: TraceGraph, lot: String, product: String? = nil) throws -> String {
        let id = try graph.dataset.resolveLot(named: lot, product: product)
        return TraceReport(graph: graph, lot: id).json.serialized(pretty: false)
    }

    /// The names of lots as "product/lot".
    static func names(_ graph: TraceGraph, _ lots: [LotID]) -> Set<String> {
        Set(lots.map { "\(graph.dataset[graph.dataset[$0].product].key)/\(graph.dataset[$0].name)" })
    }
}
