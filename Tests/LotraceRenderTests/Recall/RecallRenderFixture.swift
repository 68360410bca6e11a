import Foundation
import LotraceCore
@testable import LotraceRender

/// Recall reports of the site fixture (`SiteFixture`): flour lot F1 made into biscuit lots,
/// some with hostile names, delivered to a customer and at a point of sale without a transfer;
/// and a variant whose texts start like spreadsheet formulas.
enum RecallRenderFixture {
    /// Texts a spreadsheet would run as formulas, used as lot, customer and order names.
    static let formulas = ["=HYPERLINK(\"http://x.example\",\"y\")", "+SUM(1,2)", "-2+3", "@cmd", "\tTAB", "\rCR"]

    /// The site fixture with one more biscuit lot per formula text, each produced from F1 and
    /// delivered to a customer named after it with an order named after it.
    static var formulaFiles: [String: String] {
        var files = SiteFixture.files
        let quoted = { (text: String) in "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        for (index, formula) in formulas.enumerated() {
            let reference = "WH/OUT/9\(index)"
            files["moves.csv"]! += [
                "2025-01-06 09:00:00", "WH/MO/00001", "[BI-001] Shortbread", formula, "Virtual Locations/Production",
                "WH/Stock", "3.0", "Units", "Done", "",
            ].map(quoted).joined(separator: ",") + "\n"
            files["moves.csv"]! += [
                "2025-01-10 10:00:00", reference, "[BI-001] Shortbread", formula, "WH/Stock", "Partners/Customers", "1.0",
                "Units", "Done", reference,
            ].map(quoted).joined(separator: ",") + "\n"
            files["transfers.csv"]! += [
                reference, formula, formula, "2025-01-10 10:00:00", "2025-01-10 10:00:00", "Done",
                "Hartwell: Delivery Orders", "",
            ].map(quoted).joined(separator: ",") + "\n"
        }
        return files
    }

    /// The recall documents of `lots` in the data folder of `files`.
    static func documents(_ lots: [String], files: [String: String] = SiteFixture.files) throws -> RecallDocuments {
        let data = try SiteFixture.folder(files)
        let dataset = DatasetLoader(schemasDirectory: nil).load(folder: data)
        let config = try LotraceConfig.load(folder: data)
        let report = try RecallReport(
            graph: TraceGraph(dataset: dataset), selection: RecallSelection(lots: lots), company: config.company.name,
            timeZone: config.timeZone, generated: SiteFixture.asOf)
        return RecallDocuments(report: report, company: config.company)
    }

    /// RFC 4180 fields of a CSV text (CRLF or LF line ends, quoted fields with doubled quotes).
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        field.unicodeScalars.append(scalars.removeFirst())
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\r" where scalars.first == "\n": break
            case "\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.unicodeScalars.append(scalar)
            }
        }
        return rows
    }
}
