import Testing

import LotraceCore

/// Reading the lots list of `lotrace recall --lots-file`: its columns from the header (the
/// exports' names, translated or technical), its rows with their lines, and its refusals.
@Suite("Recall: reading a lots list")
struct LotListReadingTests {
    typealias L = LotListFixture

    /// The rows as `line|product|lot` ("-" for no product).
    private func rows(_ list: LotList) -> [String] {
        list.rows.map { "\($0.line)|\($0.product ?? "-")|\($0.lot)" }
    }

    @Test("CSV with a byte order mark and CRLF: every row kept with its line, blank rows counted")
    func csvRows() throws {
        let list = try L.list(
            "\u{FEFF}Product,Lot/Serial Number,Quantity\r\nFL-001,F1,100\r\n,,\r\n\r\n[BI-001] Biscuits,B2,60\r\n,B1,\r\nFL-001,,\r\n")
        #expect(list.format == .csv)
        #expect(list.productHeader == "Product" && list.productColumn == 1)
        #expect(list.lotHeader == "Lot/Serial Number" && list.lotColumn == 2)
        #expect(rows(list) == ["2|FL-001|F1", "5|[BI-001] Biscuits|B2", "6|-|B1", "7|FL-001|"])
        #expect(list.blank == 1)
        #expect(list.rejected.isEmpty)
        #expect(list.read == 5)
        #expect(list.place(line: 6, column: 2) == "lots.csv:6:2")
        #expect(list.cell(line: 6, column: 2) == nil)
    }

    @Test("headers as the exports write them: labels in the header's language, technical names, preferred columns")
    func headers() throws {
        let cases: [(header: String, product: String?, lot: String)] = [
            ("Produit;Lot/numéro de série", "Produit", "Lot/numéro de série"),
            ("Produkt;Los-/Seriennummer", "Produkt", "Los-/Seriennummer"),
            ("Producto\tNúmero de lote/serie", "Producto", "Número de lote/serie"),
            ("product_id,lot_id", "product_id", "lot_id"),
            ("name", nil, "name"),
            ("Lot/Serial Number", nil, "Lot/Serial Number"),
            ("Product/Internal Reference,Lot/Serial Number Name", "Product/Internal Reference", "Lot/Serial Number Name"),
            ("Produit/Référence interne;Nom du lot/numéro de série", "Produit/Référence interne", "Nom du lot/numéro de série"),
            ("barcode,lot_name", "barcode", "lot_name"),
            ("Lot/Serial Number Name,Barcode,Product,Lot/Serial Number", "Product", "Lot/Serial Number"),
            ("Reference,Lot/Serial Number,Internal Reference", nil, "Lot/Serial Number"),
        ]
        for (header, product, lot) in cases {
            let list = try L.list(header + "\n")
            #expect(list.productHeader == product, "\(header)")
            #expect(list.lotHeader == lot, "\(header)")
        }
    }

    @Test("refused lists name the file, the headers found and what was expected")
    func refusals() {
        let cases: [(String, String)] = [
            (
                "Produkt;Menge\nFL-001;1\n",
                #"lots.csv:1:0: missing_required_column: no lot column: the header names "Produkt", "Menge"; expected Lot/Serial Number (lot_id, name) or Lot/Serial Number Name (lot_name), or their label in the export's language"#
            ),
            (
                "Lot/Serial Number,Product,lot_id\n",
                #"lots.csv:1:0: duplicate_column: "Lot/Serial Number" and "lot_id" both name the lot column"#
            ),
            (
                "Product,product_id,Lot/Serial Number\n",
                #"lots.csv:1:0: duplicate_column: "Product" and "product_id" both name the product column"#
            ),
            ("", "lots.csv: empty_file: the file is empty (0 bytes)"),
            (
                "<odoo><data/></odoo>\n",
                "lots.csv: unplaced_file: an XML file is no lots list; give a CSV or .xlsx file with a Lot/Serial Number column"
            ),
            ("\"Product,Lot/Serial Number\n", "lots.csv:1:0: unplaced_file: the header line is not valid CSV (check its quotes)"),
        ]
        for (text, message) in cases {
            #expect(L.refusal(text) == message)
        }
        #expect(L.refusal("Produit,Lot/Serial Number\n").hasPrefix("lots.csv:1:0: unplaced_file: the header mixes two languages"))
    }

    @Test("rows that cannot be split into cells are rejected as an export's rows are; a header alone reads no row")
    func rejectedRows() throws {
        let list = try L.list("Lot/Serial Number\nF1\nF2,x\n\"F3\n")
        #expect(rows(list) == ["2|-|F1"])
        #expect(list.rejected.map { "\($0.position.line):\($0.position.column) \($0.reason.rawValue): \($0.message)" } == [
            "3:2 wrong_column_count: expected 1 fields as in the header, found 2",
            "4:1 broken_quoting: a quoted field is still open at the end of the file",
        ])
        #expect(list.read == 3)
        #expect(try L.list("Lot/Serial Number\n").read == 0)
    }

    @Test("an .xlsx list (French headers, a row with only a quantity, a second sheet) read by its cells")
    func workbook() throws {
        let list = try L.workbook("recall-lots-fr.xlsx")
        #expect(list.format == .xlsx)
        #expect(list.sheet == "Rappel")
        #expect(list.productHeader == "Produit" && list.lotHeader == "Lot/numéro de série")
        #expect(rows(list) == [
            "2|FL-001|F1", "3|[BI-001] Biscuits|B2", "6|BI-001|B9", "7|\(L.flourGTIN)|F2", "8|FL-001|F1",
        ])
        #expect(list.blank == 1)
        #expect(list.notes == [#"only the first sheet, "Rappel", is read; not read: "Notes""#])
        #expect(list.place(line: 6, column: 2) == "recall-lots-fr.xlsx: Rappel!B6")
        #expect(list.place(line: 6, column: 0) == "recall-lots-fr.xlsx: Rappel row 6")
        #expect(list.cell(line: 6, column: 2) == "B6")
    }
}
