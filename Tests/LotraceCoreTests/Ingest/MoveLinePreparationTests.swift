import Testing

@testable import LotraceCore

/// Move lines are prepared on a second core as soon as the CSV files are examined; when a
/// workbook or an XML file holds move lines too, every move-line file is prepared again, in
/// file-name order, so the answer is the one a reading in order gives.
@Suite struct MoveLinePreparationTests {
    static let rows = IngestFixtures.moveHeader + "\n" + [
        #""2025-01-02 08:00:00","WH/IN/00001","[FL-1] Flour","L1","Partners/Vendors","WH/Stock","20.0","kg","Done""#,
        #""2025-01-03 08:00:00","WH/IN/00002","[FL-1] Flour","000123","Partners/Vendors","WH/Stock","0.125","kg","Done""#,
    ].joined(separator: "\n") + "\n"

    @Test func aWorkbookNamedBeforeTheCSVFileIsReadFirst() throws {
        let dataset = DatasetLoader().load(files: [
            InputData(name: "b-moves.csv", text: Self.rows),
            InputData(name: "a-moves.xlsx", bytes: try WorkbookFixture.bytes("inline-moves.xlsx")),
        ])
        #expect(dataset.refusals.isEmpty)
        #expect(dataset.files.map(\.name) == ["a-moves.xlsx", "b-moves.csv"])
        #expect(IngestFixtures.rejections(dataset, "a-moves.xlsx") == [])
        #expect(IngestFixtures.rejections(dataset, "b-moves.csv") == ["2:0 duplicate_row", "3:0 duplicate_row"])
        #expect(dataset.files[1].rejected.first?.message == "the row is identical in every column to line 2 of a-moves.xlsx")
        #expect(dataset.moveLines.map(\.file) == [0, 0])
        #expect(dataset.moveLines.map(\.sequence) == [0, 1])
    }

    @Test func csvFilesAloneAreReadInFileNameOrder() {
        let dataset = IngestFixtures.load(["b-moves.csv": Self.rows, "a-moves.csv": IngestFixtures.moveHeader + "\n" + IngestFixtures.receipt + "\n"])
        #expect(dataset.files.map(\.name) == ["a-moves.csv", "b-moves.csv"])
        #expect(dataset.moveLines.map { "\($0.file):\($0.line)" } == ["0:2", "1:2", "1:3"])
        #expect(dataset.references == ["WH/IN/00001", "WH/IN/00002"])
    }
}
