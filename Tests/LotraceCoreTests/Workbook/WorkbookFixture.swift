import Foundation

@testable import LotraceCore

/// The committed workbooks of `Fixtures/xlsx` (written by `scripts/make-xlsx-fixtures.py` with
/// xlsxwriter as Odoo's export does, and by LibreOffice Calc), loaded through the dataset loader.
enum WorkbookFixture {
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = Bundle.module.url(forResource: "Fixtures/xlsx/\(name)", withExtension: nil)!
        return [UInt8](try Data(contentsOf: url))
    }

    static func load(_ names: [String], with others: [String: String] = [:]) throws -> Dataset {
        let workbooks = try names.map { InputData(name: $0, bytes: try bytes($0)) }
        return DatasetLoader().load(files: workbooks + others.map { InputData(name: $0.key, text: $0.value) })
    }

    /// Every move line (done or not) as `row: date | reference | lot | quantity`, in row order.
    static func moves(_ dataset: Dataset) -> [String] {
        (dataset.moveLines + dataset.pendingMoveLines).sorted { $0.line < $1.line }.map { line in
            let lot = line.lot.map { dataset.lots[Int($0.index)].name } ?? "-"
            return "\(line.line): \(line.date) | \(dataset.references[Int(line.reference)]) | \(lot) | \(line.quantity)"
        }
    }

    /// The rejections of a file as `cell reason: message`.
    static func rejections(_ dataset: Dataset, _ name: String) -> [String] {
        let file = dataset.files.first { $0.name == name }!
        return file.rejected.map { "\(file.cell(of: $0) ?? "row \($0.position.line)") \($0.reason.rawValue): \($0.message)" }
    }
}
