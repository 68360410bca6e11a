import Foundation
import LotraceCore
import Testing

@testable import LotraceRender

/// The JSON report of a recall (`lotrace recall --format json`, `recall.json`).
@Suite("Recall: JSON report")
struct RecallJSONTests {
    typealias R = RecallRenderFixture

    @Test("the report of F1 matches its golden file")
    func golden() throws {
        try Golden.check(Data(try R.documents(["F1"]).json.utf8), "recall/recall-F1.json")
    }

    @Test("written in pieces, as on stdout, it is the same bytes as written whole")
    func pieces() throws {
        let documents = try R.documents(["F1"])
        var streamed: [UInt8] = []
        documents.writeJSON { streamed += $0 }
        #expect(streamed == Array(documents.json.utf8))
        var pieces: [[UInt8]] = []
        documents.report.json.write(chunk: 512) { pieces.append($0) }
        #expect(pieces.count > 2)
        #expect(Array(pieces.joined()) + [UInt8(ascii: "\n")] == Array(documents.json.utf8))
    }
}
