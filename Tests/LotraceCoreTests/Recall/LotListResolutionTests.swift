import Testing

import LotraceCore
import LotraceRender

/// Resolving a lots list in the data: each row to one lot, or unresolved with its line, column,
/// reason and message; duplicates recalled once; and the recall made from it.
@Suite("Recall: resolving a lots list")
struct LotListResolutionTests {
    typealias L = LotListFixture

    static let mixed = """
        Product,Lot/Serial Number
        FL-001,F1
        [BI-001] Biscuits,B2
        XX-9,F1
        FL-001,F9
        BI-001,F1
        ,X1
        FL-001,
        ,
        \(L.flourGTIN),F2
        [FL-001] Flour,F1
        F1,x,y

        """

    @Test("every row is used, a duplicate, blank or unresolved with its line, column, reason and message")
    func accounting() throws {
        let resolution = L.resolution(try L.list(Self.mixed))
        #expect(L.names(resolution.lots) == ["FL-001/F1", "BI-001/B2", "FL-001/F2"])
        #expect(resolution.duplicates.map { "\($0.line) \($0.product ?? "-")/\($0.lot) first \($0.firstLine)" } == [
            "11 [FL-001] Flour/F1 first 2"
        ])
        #expect(L.problems(resolution) == [
            #"4:1 unknown_product: no product has the Internal Reference, display name or GTIN "XX-9""#,
            #"5:2 unknown_lot: no lot or serial number "F9" of product "FL-001""#,
            #"6:2 unknown_lot: no lot or serial number "F1" of product "BI-001"; it exists for: [FL-001] Flour"#,
            #"7:2 ambiguous_lot: lot "X1" exists for several products: [FL-001] Flour, [BI-001] Biscuits; fill in its product"#,
            #"8:2 missing_lot: the lot cell is empty; the row names only the product "FL-001""#,
            "12:3 wrong_column_count: expected 2 fields as in the header, found 3",
        ])
        #expect(resolution.unresolved.map(\.product) == ["XX-9", "FL-001", "BI-001", nil, "FL-001", nil])
        #expect(resolution.blank == 1)
        #expect(resolution.read == 11)
        #expect(resolution.read == resolution.lots.count + resolution.duplicates.count + resolution.blank + resolution.unresolved.count)
        #expect(resolution.rowLines == [
            #"lots.csv:4:1: unknown_product: no product has the Internal Reference, display name or GTIN "XX-9""#,
            #"lots.csv:5:2: unknown_lot: no lot or serial number "F9" of product "FL-001""#,
            #"lots.csv:6:2: unknown_lot: no lot or serial number "F1" of product "BI-001"; it exists for: [FL-001] Flour"#,
            #"lots.csv:7:2: ambiguous_lot: lot "X1" exists for several products: [FL-001] Flour, [BI-001] Biscuits; fill in its product"#,
            #"lots.csv:8:2: missing_lot: the lot cell is empty; the row names only the product "FL-001""#,
            #"lots.csv:11:2: duplicate: lot "F1" is named on line 2 too; recalled once"#,
            "lots.csv:12:3: wrong_column_count: expected 2 fields as in the header, found 3",
        ])
        #expect(resolution.summary == "lots.csv: 11 rows: 3 used, 1 duplicate, 1 blank, 6 unresolved")
    }

    @Test("a list without a product column: a shared lot name is ambiguous unless --product names the product")
    func lotsOnly() throws {
        let list = try L.list("Lot/Serial Number\nX1\nB1\n")
        let alone = L.resolution(list)
        #expect(L.names(alone.lots) == ["BI-001/B1"])
        #expect(L.problems(alone) == [
            #"2:1 ambiguous_lot: lot "X1" exists for several products: [FL-001] Flour, [BI-001] Biscuits; add a product column, or pass --product"#
        ])
        #expect(L.names(L.resolution(list, product: "[BI-001] Biscuits").lots) == ["BI-001/X1", "BI-001/B1"])
        let flour = L.resolution(list, product: "FL-001")
        #expect(L.names(flour.lots) == ["FL-001/X1"])
        #expect(L.problems(flour) == [#"3:1 unknown_lot: no lot or serial number "B1" of product "FL-001"; it exists for: [BI-001] Biscuits"#])
        #expect(L.problems(L.resolution(list, product: "XX")) == [
            #"2:0 unknown_product: no product has the Internal Reference or display name "XX" (--product)"#,
            #"3:0 unknown_product: no product has the Internal Reference or display name "XX" (--product)"#,
        ])
    }

    @Test("the .xlsx list resolves by its cells: GTIN, display name, duplicate, unknown lot")
    func workbook() throws {
        let resolution = L.resolution(try L.workbook("recall-lots-fr.xlsx"))
        #expect(L.names(resolution.lots) == ["FL-001/F1", "BI-001/B2", "FL-001/F2"])
        #expect(L.problems(resolution) == [#"6:2 unknown_lot: no lot or serial number "B9" of product "BI-001""#])
        #expect(resolution.rowLines == [
            #"recall-lots-fr.xlsx: Rappel!B6: unknown_lot: no lot or serial number "B9" of product "BI-001""#,
            #"recall-lots-fr.xlsx: Rappel!B8: duplicate: lot "F1" is named on line 2 too; recalled once"#,
        ])
        #expect(resolution.summary == "recall-lots-fr.xlsx: 6 rows: 3 used, 1 duplicate, 1 blank, 1 unresolved")
    }

    @Test("the recall of a list and named lots together; the JSON says how the list's rows resolved")
    func report() throws {
        let list = try L.list("Product,Lot/Serial Number\nFL-001,F2\nBI-001,B9\nFL-001,F2\n")
        let report = try RecallReport(
            graph: L.graph, selection: RecallSelection(lots: ["B1"], lotList: list), company: "Hartwell Bakery Ltd",
            timeZone: "Europe/London", generated: RecallFixture.generated)
        #expect(report.selected.map { "\($0.product)/\($0.lot)" } == ["BI-001/B1", "FL-001/F2"])
        #expect(report.affected.map { "\($0.lot.lot)@\($0.depth)" } == ["B1@0", "F2@0", "B2@1"])
        #expect(
            RecallFixture.member(report, "lotsFile") == """
                {"name":"lots.csv","format":"csv","sheet":null,"productColumn":"Product","lotColumn":"Lot/Serial Number",\
                "rows":{"read":3,"used":1,"duplicate":1,"blank":0,"unresolved":1},\
                "duplicates":[{"line":4,"product":"FL-001","lot":"F2","firstLine":2}],\
                "unresolved":[{"line":3,"column":2,"product":"BI-001","lot":"B9","reason":"unknown_lot",\
                "message":"no lot or serial number \\"B9\\" of product \\"BI-001\\""}]}
                """)
        let plain = try RecallFixture.report(L.files(), RecallSelection(lots: ["B1"]))
        #expect(RecallFixture.member(plain, "lotsFile") == "null")
    }

    @Test("a list naming no lot of the data stops the recall and says why")
    func namesNothing() throws {
        for (text, message) in [
            ("Lot/Serial Number\nF9\nX1\n", "lots.csv: none of its 2 rows names a lot of the data"),
            ("Lot/Serial Number\n", "lots.csv names no lot: it has no data row"),
        ] {
            let selection = RecallSelection(lotList: try L.list(text))
            #expect(throws: RecallSelectionError.self) { try selection.selectedLots(in: L.graph) }
            do {
                _ = try selection.selectedLots(in: L.graph)
            } catch {
                #expect(error.description == message)
            }
        }
    }

    @Test("a list with --product recalls the listed lots, never every lot of the product")
    func productQualifiesTheList() throws {
        let selection = RecallSelection(lotList: try L.list("Lot/Serial Number\nF1\n"), product: "FL-001")
        #expect(L.names(try selection.selectedLots(in: L.graph)) == ["FL-001/F1"])
        #expect(L.names(try RecallSelection(product: "FL-001").selectedLots(in: L.graph)) == ["FL-001/F1", "FL-001/F2", "FL-001/X1"])
    }
}
