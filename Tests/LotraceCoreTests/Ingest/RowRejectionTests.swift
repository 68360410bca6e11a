import Testing

@testable import LotraceCore

@Suite("Row rejections")
struct RowRejectionTests {
    @Test func valueErrorsCarryLineColumnAndReason() {
        let dataset = IngestFixtures.loadMoves([
            IngestFixtures.receipt,
            #""2025-02-30 08:00:00","R","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","1","kg","Done""#,
            #""2025-01-02 08:00:00","R","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","12,5","kg","Done""#,
            #""2025-01-02 08:00:00","R","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","-3","kg","Done""#,
            #""2025-01-02 08:00:00","R","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","1234567890123456","kg","Done""#,
            #""2025-01-02 08:00:00","R","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","1","kg","Finished""#,
            #""2025-01-02 08:00:00","R","[FL-1] Flour","L1","Nowhere","WH/Stock","1","kg","Done""#,
            #""2025-01-02 08:00:00","R","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","1","kg""#,
            #""2025-01-02 08:00:00","R","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","1","kg","Done","x""#,
            #""2025-01-02 08:00:00","R","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","1","kg"," Done""#,
            #""2025-01-02 08:00:00","R","","L1","Partners/Vendors","WH/Stock","1","kg","Done""#,
        ])
        #expect(IngestFixtures.rejections(dataset) == [
            "3:1 bad_date", "4:7 non_numeric_quantity", "5:7 negative_quantity", "6:7 quantity_out_of_range",
            "7:9 bad_status", "8:5 unknown_location", "9:9 wrong_column_count", "10:10 wrong_column_count",
            "11:9 bad_status", "12:3 unknown_product",
        ])
        let file = dataset.files[0]
        #expect((file.read, file.used, file.skipped) == (11, 1, 0))
        #expect(dataset.moveLines.count == 1)
    }

    @Test func messagesSayWhatWasExpected() {
        let dataset = IngestFixtures.loadMoves([
            #""2025-01-02 08:00:00","R","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","12,5","kg","Done""#
        ])
        #expect(dataset.files[0].rejected.first?.message
            == #"Quantity "12,5" is not a decimal number (ASCII digits, optionally a point and digits)"#)
    }

    @Test func brokenQuotingResumesAtTheNextLine() {
        let dataset = IngestFixtures.loadMoves([
            #""2025-01-02 08:00:00","R","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","1","kg","Done" "#,
            IngestFixtures.receipt,
            #""2025-01-02 08:00:00","R","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","1","kg","Done"#,
            IngestFixtures.receipt,
        ])
        #expect(IngestFixtures.rejections(dataset) == ["2:9 broken_quoting", "4:9 broken_quoting"])
        #expect(dataset.moveLines.map(\.line) == [3, 5])
    }

    @Test func badBytesRejectTheRowNeverTheFile() {
        let row = #""2025-01-02 08:00:00","R","[FL-1] Flour","X1","Partners/Vendors","WH/Stock","1","kg","Done""#
        var bytes = Array((IngestFixtures.moveHeader + "\n" + IngestFixtures.receipt + "\n").utf8)
        var bad = Array(row.utf8)
        bad[bad.firstIndex(of: UInt8(ascii: "X"))!] = 0xC0  // an overlong-form lead byte
        bytes += bad + [10]
        var nul = Array(row.utf8)
        nul[nul.firstIndex(of: UInt8(ascii: "X"))!] = 0
        bytes += nul + [10]
        let dataset = DatasetLoader().load(files: [InputData(name: "moves.csv", bytes: bytes)])
        #expect(IngestFixtures.rejections(dataset) == ["3:4 invalid_utf8", "4:4 nul_byte"])
        #expect(dataset.moveLines.count == 1)
    }

    @Test func otherStatusesAreSkippedAndCounted() {
        let dataset = IngestFixtures.loadMoves([
            IngestFixtures.receipt,
            #""2025-01-02 08:00:00","R","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","1","kg","Cancelled""#,
            #""2025-01-02 08:00:00","R","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","1","kg","assigned""#,
            #""2025-01-02 08:00:00","R","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","1","kg","done""#,
        ])
        let file = dataset.files[0]
        #expect((file.read, file.used, file.skipped, file.rejected.count) == (4, 2, 2, 0))
        #expect(file.skipReasons == ["Cancelled": 1, "assigned": 1])
        #expect(dataset.pendingMoveLines.count == 2)
    }

    @Test func textIsNeverTrimmed() {
        let dataset = IngestFixtures.loadMoves([
            #""2025-01-02 08:00:00","R","[FL-1] Flour"," L1","Partners/Vendors","WH/Stock","1","kg","Done""#,
            IngestFixtures.receipt,
        ])
        #expect(dataset.lots.map(\.name) == [" L1", "L1"])
    }
}

@Suite("Exact text")
struct ExactTextTests {
    @Test func canonicallyEquivalentLotNamesStayDistinct() {
        let composed = "Caf\u{E9}"
        let decomposed = "Cafe\u{301}"
        #expect(composed == decomposed)  // Swift's String equality folds them...
        let dataset = IngestFixtures.loadMoves([
            #""2025-01-02 08:00:00","R","[FL-1] Flour","\#(composed)","Partners/Vendors","WH/Stock","1","kg","Done""#,
            #""2025-01-02 08:00:00","R","[FL-1] Flour","\#(decomposed)","Partners/Vendors","WH/Stock","2","kg","Done""#,
        ])
        // ...but in an export they are two lots.
        #expect(dataset.lots.map { Array($0.name.utf8) } == [Array(composed.utf8), Array(decomposed.utf8)])
        #expect(dataset.lots(named: decomposed).count == 1)
    }
}
