import Foundation
import LotraceCore
import LotraceTestSupport
@testable import LotraceRender

/// A small inline data folder for site tests: flour received and made into biscuits, a done
/// delivery with an open backorder, serials, a delivery without a transfer row, a rejected row,
/// and hostile lot names (path traversal, device names, markup, a quote hidden by a combining
/// mark).
enum SiteFixture {
    static let asOf = LocalDateTime(year: 2025, month: 1, day: 31, hour: 23, minute: 59, second: 59)!

    /// The repository's `templates/` folder.
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates").path

    /// The hostile lot names of the fixture.
    static let hostileLots = [
        "../../etc/x", "A/B", "CON", "<script>alert(1)</script>", "\"\u{301} onmouseover=alert(1) x=\"",
    ]

    static let files: [String: String] = [
        "lotrace.json": """
            {"company": {"name": "Hartwell <Bakery> & Co", "street": "14 Mill Lane", "city": "Millbrook", \
            "zip": "MB1 4HL", "country": "United Kingdom", "phone": "+44 1632 960 014"}, "timeZone": "Europe/London"}
            """,
        "products.csv": """
            "Name","Internal Reference","Barcode","Tracking","Unit of Measure"
            "Wheat Flour","FL-001","5060012001018","By Lots","kg"
            "Shortbread","BI-001","5060012002015","By Lots","Units"
            "Data Logger","EL-001","5060012003012","By Unique Serial Number","Units"

            """,
        "partners.csv": """
            "Name","Related Company","Street","City","Zip","Country","Email"
            "Olive Table","","178 King Street","Eastwold","EA3 2TH","United Kingdom","orders@olive.example"
            "Alice Khan","Olive Table","178 King Street","Eastwold","EA3 2TH","United Kingdom","alice@olive.example"

            """,
        "types.csv": """
            "Operation Type","Type of Operation","Create New Lots/Serial Numbers","Use Existing Lots/Serial Numbers","Warehouse"
            "Receipts","Receipt","True","False","Hartwell"
            "Delivery Orders","Delivery","False","True","Hartwell"

            """,
        "transfers.csv": """
            "Reference","Source Document","Contact","Scheduled Date","Date of Transfer","Status","Operation Type","Back Order of"
            "WH/IN/00001","P001","","2025-01-05 08:00:00","2025-01-05 08:10:00","Done","Hartwell: Receipts",""
            "WH/OUT/00001","S001","Olive Table, Alice Khan","2025-01-07 10:00:00","2025-01-07 10:05:00","Done","Hartwell: Delivery Orders",""
            "WH/OUT/00002","S001","Olive Table, Alice Khan","2025-01-09 10:00:00","","Ready","Hartwell: Delivery Orders","WH/OUT/00001"

            """,
        "lots.csv": """
            "Lot/Serial Number","Product","Internal Reference","Company","Created on","Expiration Date"
            "F1","[FL-001] Wheat Flour","GM-1","","2025-01-05 08:10:00","2025-07-01 08:00:00"
            "B1","[BI-001] Shortbread","","","2025-01-06 09:00:00","2025-01-20 09:00:00"

            """,
        "moves.csv": """
            "Date","Reference","Product","Lot/Serial Number","From","To","Quantity","Unit of Measure","Status","Transfer"
            "2025-01-05 08:10:00","WH/IN/00001","[FL-001] Wheat Flour","F1","Partners/Vendors","WH/Stock","100.0","kg","Done","WH/IN/00001"
            "2025-01-05 08:10:00","WH/IN/00001","[EL-001] Data Logger","SN-1","Partners/Vendors","WH/Stock","1.0","Units","Done","WH/IN/00001"
            "2025-01-05 08:10:00","WH/IN/00001","[EL-001] Data Logger","SN-2","Partners/Vendors","WH/Stock","1.0","Units","Done","WH/IN/00001"
            "2025-01-05 08:10:00","WH/IN/00001","[FL-001] Wheat Flour","../../etc/x","Partners/Vendors","WH/Stock","10.5","kg","Done","WH/IN/00001"
            "2025-01-05 08:10:00","WH/IN/00001","[FL-001] Wheat Flour","A/B","Partners/Vendors","WH/Stock","2.0","kg","Done","WH/IN/00001"
            "2025-01-05 08:10:00","WH/IN/00001","[FL-001] Wheat Flour","CON","Partners/Vendors","WH/Stock","3.0","kg","Done","WH/IN/00001"
            "2025-01-06 09:00:00","WH/MO/00001","[FL-001] Wheat Flour","F1","WH/Stock","Virtual Locations/Production","40.0","kg","Done",""
            "2025-01-06 09:00:00","WH/MO/00001","[BI-001] Shortbread","B1","Virtual Locations/Production","WH/Stock","200.0","Units","Done",""
            "2025-01-06 09:00:00","WH/MO/00001","[BI-001] Shortbread","<script>alert(1)</script>","Virtual Locations/Production","WH/Stock","7.0","Units","Done",""
            "2025-01-06 09:00:00","WH/MO/00001","[BI-001] Shortbread",\"\"\"\u{301} onmouseover=alert(1) x=\"\"\",\"Virtual Locations/Production","WH/Stock","4.0","Units","Done",""
            "2025-01-07 10:05:00","WH/OUT/00001","[BI-001] Shortbread","B1","WH/Stock","Partners/Customers","120.0","Units","Done","WH/OUT/00001"
            "2025-01-07 10:05:00","WH/OUT/00001","[EL-001] Data Logger","SN-1","WH/Stock","Partners/Customers","1.0","Units","Done","WH/OUT/00001"
            "2025-01-07 10:05:00","WH/OUT/00001","[EL-001] Data Logger","SN-2","WH/Stock","Partners/Customers","1.0","Units","Done","WH/OUT/00001"
            "2025-01-08 11:00:00","POS/0001","[BI-001] Shortbread","B1","WH/Stock","Partners/Customers","5.0","Units","Done",""
            "2025-01-09 10:00:00","WH/OUT/00002","[BI-001] Shortbread","B1","WH/Stock","Partners/Customers","50.0","Units","Available","WH/OUT/00002"
            "2025-01-09 10:00:00","WH/OUT/00002","[BI-001] Shortbread","B1","WH/Stock","Partners/Customers","abc","Units","Done","WH/OUT/00002"

            """,
    ]

    /// A fresh data folder holding the fixture files (or `files`).
    static func folder(_ files: [String: String] = files) throws -> String {
        let folder = try ScratchFolder.make("site")
        for (name, content) in files { try Data(content.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder.path
    }

    /// A fresh, not yet existing output path in a scratch folder.
    static func outputPath() -> String {
        ScratchFolder.path("out").appendingPathComponent("site").path
    }

    /// The fixture's dataset and settings (of `files`).
    static func load(_ files: [String: String] = files) throws -> (Dataset, LotraceConfig) {
        let data = try folder(files)
        return (DatasetLoader(schemasDirectory: nil).load(folder: data), try LotraceConfig.load(folder: data))
    }

    /// Builds the fixture site into `output` with `steps`; the reporter's lines are returned.
    @discardableResult
    static func build(
        into output: String, steps: [any SiteStep] = SiteSteps.all, templates: String = templates,
        asOf: LocalDateTime = asOf, files: [String: String] = files
    ) throws -> (summary: SiteSummary, log: String) {
        let data = try folder(files)
        let (dataset, config) = (DatasetLoader(schemasDirectory: nil).load(folder: data), try LotraceConfig.load(folder: data))
        let log = LogSink()
        let summary = try SiteBuilder(output: output, steps: steps).build(
            dataset: dataset, config: config, asOf: asOf, templates: try TemplateLibrary(directory: templates),
            reporter: SiteReporter(terminal: false, write: log.append), inputs: ContentDigest.ofFolder(data))
        return (summary, log.text)
    }
}
