import LotraceCore
import Testing

/// The GS1 Syntax Engine's scan-data vectors (`Fixtures/gs1/scan-data.jsonl`): symbology
/// identifiers, GS separators, EAN/UPC with composites, plain symbols holding URIs.
@Suite struct GS1ScanDataVectorTests {
    @Test func everyScanDataVector() throws {
        let vectors = try GS1Vector.load("scan-data.jsonl")
        var tally = GS1VectorTally("scan-data.jsonl")
        for vector in vectors {
            guard vector.test == "test_testProcessScanData" else {
                tally.skip(vector, because: "scan-data generation: Lotrace reads scans, it does not emit them")
                continue
            }
            let result = Result { () throws(GS1Error) in try GS1ScanData(vector.string(1) ?? "") }
            let expected = vector.bool(0) ? vector.string(3) : nil
            tally.check((try? result.get()).map(Self.engineNotation) == expected, vector, "\(result)")
        }
        tally.finish(total: vectors.count, reproduced: 54)
    }

    /// How the engine prints a scan's content: caret notation for GS1 data, text with "^"
    /// escaped, EAN/UPC digits then "|" and the composite.
    static func engineNotation(_ scan: GS1ScanData) -> String {
        switch scan.content {
        case .elements(let message): caret(message)
        case .text(let text), .digitalLink(let text, _): text.replacingOccurrences(of: "^", with: "\\^")
        case .retail(let digits, let composite): digits + (composite.map { "|" + caret($0) } ?? "")
        }
    }
}
