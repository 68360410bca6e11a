@testable import LotraceCore

/// Small export sets written inline, Hugo-style: file name -> content.
enum IngestFixtures {
    static let moveHeader = #""Date","Reference","Product","Lot/Serial Number","From","To","Quantity","Unit of Measure","Status""#

    /// Loads inline files as a data folder.
    static func load(_ files: [String: String]) -> Dataset {
        DatasetLoader().load(files: files.map { InputData(name: $0.key, text: $0.value) })
    }

    /// Loads one move-line file made of the standard header and `rows`.
    static func loadMoves(_ rows: [String], extra: [String: String] = [:]) -> Dataset {
        load(extra.merging(["moves.csv": ([moveHeader] + rows).joined(separator: "\n") + "\n"]) { a, _ in a })
    }

    /// The rejections of a file as `line:column reason`.
    static func rejections(_ dataset: Dataset, _ file: String = "moves.csv") -> [String] {
        dataset.files.first { $0.name == file }!.rejected.map { "\($0.position.line):\($0.position.column) \($0.reason.rawValue)" }
    }

    /// A done receipt of 10 units of FL-1 lot L1 (a row in the standard header's order).
    static let receipt = #""2025-01-02 08:00:00","WH/IN/00001","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","10.0","kg","Done""#
}
