import Foundation
import LotraceCore

/// The XML readers, through a load of one XML file: Odoo data files (`<odoo>` records), and
/// Lotrace's interchange documents validated against `schemas/lotrace-data.xsd` while read. Line
/// and column of every rejection and refusal lie inside the file.
enum XMLHarness {
    static let odoo = FuzzHarness(name: "odoo-xml") { check($0, schemas: nil) }

    static let lotrace = FuzzHarness(name: "lotrace-xml") { check($0, schemas: schemas) }

    /// `$LOTRACE_SCHEMAS`, else `schemas` (scripts/fuzz.sh runs in the checkout).
    static let schemas = ProcessInfo.processInfo.environment["LOTRACE_SCHEMAS"] ?? "schemas"

    private static func check(_ input: [UInt8], schemas: String?) {
        let lines = InputLines(input)
        LoadCheck.check([InputData(name: "data.xml", bytes: input)], schemas: schemas) { _, position in
            lines.contains(line: position.line, byteColumn: position.column)
        }
    }
}
