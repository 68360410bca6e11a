import LotraceCore
import LotraceDiagnostics
import Testing

@Suite("XMLInput: Odoo data files")
struct XMLInputOdooTests {
    @Test("the example data file reads into one exact table per model")
    func example() throws {
        let document = try XMLInput.read(
            bytes: try XMLInputFixture.bytes("odoo-data.xml"), fileName: "odoo-data.xml",
            schemasDirectory: XMLInputFixture.schemas)
        #expect(document.format == .odooXML)
        #expect(document.tables.map(\.model) == ["product.product", "stock.lot", "stock.move.line"])
        #expect(
            document.ignoredElements == [
                .init(name: "function", line: 40), .init(name: "menuitem", line: 44),
            ])
        let products = try #require(document.tables.first)
        #expect(
            products
                == SourceTable(
                    header: ["id", "name", "default_code", "tracking", "use_expiration_date"], line: 4,
                    model: "product.product",
                    rows: [
                        SourceRow(
                            line: 4,
                            cells: [
                                cell("product_drawer", 4, 9), cell("Drawer", 5, 13), cell("FURN_0002", 6, 13),
                                cell("lot", 7, 13), cell("False", 8, 13),
                            ])
                    ]))
        #expect(
            document.tables[1]
                == SourceTable(
                    header: ["id", "name", "product_id/id", "company_id/id", "ref"], line: 10,
                    model: "stock.lot",
                    rows: [
                        SourceRow(
                            line: 10,
                            cells: [
                                cell("lot_product_27_0", 10, 9), cell("0000000000030", 11, 13),
                                cell("product_drawer", 12, 13), cell("base.main_company", 13, 13), nil,
                            ]),
                        SourceRow(
                            line: 15,
                            cells: [
                                cell("lot_product_27_1", 15, 9), cell("0000000000031", 16, 13),
                                cell("product_drawer", 17, 13), nil, cell("Batch 31", 18, 13),
                            ]),
                    ]))
        let moves = document.tables[2]
        #expect(
            moves.header == [
                "id", "date", "reference", "product_id/id", "lot_id/id", "location_id/id",
                "location_dest_id/id", "quantity", "state",
            ])
        #expect(moves.line == 20)
        #expect(
            moves.rows.first
                == SourceRow(
                    line: 20,
                    cells: [
                        cell("move_line_1", 20, 9), cell("2025-03-01 08:30:00", 21, 13),
                        cell("WH/IN/00004", 22, 13), cell("product_drawer", 23, 13),
                        cell("lot_product_27_0", 24, 13), cell("stock.stock_location_suppliers", 25, 13),
                        cell("stock.stock_location_stock", 26, 13), cell("50.0", 27, 13), cell("done", 28, 13),
                    ]))
        let unsupported = try #require(moves.rows.last)
        #expect(unsupported.line == 30)
        #expect(unsupported.cells[7] == nil)
        #expect(unsupported.cells[8] == cell("done", 38, 13))
        #expect(
            unsupported.issues.map(\.diagnostic) == [
                Diagnostic(at: SourcePosition(line: 37, column: 13), message: "field quantity: the eval expression \"obj().env.ref('uom.product_uom_unit').factor * 12\" is not supported (only True, False, numbers and quoted strings are)"
                )
            ])
    }

    @Test(
        "eval literals become text",
        arguments: [
            ("True", "True"), ("False", "False"), (" True ", "True"), ("42", "42"), ("-3", "-3"),
            ("0", "0"), ("2.50", "2.50"), ("'done'", "done"), ("\"WH/Stock\"", "WH/Stock"), ("''", ""),
        ])
    func evalLiteral(expression: String, expected: String) throws {
        let document = try XMLInputFixture.read(
            "<odoo><record model=\"stock.lot\" id=\"l\"><field name=\"x\" eval=\"\(expression.xmlEscaped)\"/></record></odoo>")
        let row = try #require(document.tables.first?.rows.first)
        #expect(row.issues == [])
        #expect(row.cells == [cell("l", 1, 7), cell(expected, 1, 40)])
    }

    @Test(
        "other eval expressions are not supported: an issue on the row, the field absent",
        arguments: [
            "ref('stock.stock_location_stock')", "[(4, ref('x'))]", "None", "1 + 1", "007", "1e3",
            ".5", "5.", "'it\\'s'", "'a' 'b'", "u'x'", "", "time.strftime('%Y-01-01')",
        ])
    func evalUnsupported(expression: String) throws {
        let document = try XMLInputFixture.read(
            "<odoo><record model=\"stock.lot\" id=\"l\">\n<field name=\"x\" eval=\"\(expression.xmlEscaped)\"/></record></odoo>")
        let table = try #require(document.tables.first)
        #expect(table.header == ["id"])
        #expect(
            table.rows.first?.issues.map(\.diagnostic) == [
                Diagnostic(at: SourcePosition(line: 2, column: 1), message: "field x: the eval expression \"\(expression)\" is not supported (only True, False, numbers and quoted strings are)"
                )
            ])
    }

    @Test("ref gives a name/id column; text is kept byte for byte; legacy <openerp> works")
    func refsAndText() throws {
        let document = try XMLInputFixture.read(
            """
            <openerp><data>
            <record model="stock.production.lot" id="a"><field name="product_id" ref="product.product_product_27"/><field name="name"> L 1 </field></record>
            <record model="stock.production.lot"><field name="name"><![CDATA[L<2>]]> &amp; 3</field><field name="note"/></record>
            </data></openerp>
            """)
        #expect(
            document.tables == [
                SourceTable(
                    header: ["id", "product_id/id", "name", "note"], line: 2, model: "stock.production.lot",
                    rows: [
                        SourceRow(
                            line: 2,
                            cells: [cell("a", 2, 1), cell("product.product_product_27", 2, 45), cell(" L 1 ", 2, 104), nil]),
                        SourceRow(line: 3, cells: [nil, nil, cell("L<2> & 3", 3, 38), cell("", 3, 89)]),
                    ])
            ])
    }

    @Test("fields Odoo itself would need to compute are issues of their row")
    func unreadableFields() throws {
        let document = try XMLInputFixture.read(
            """
            <odoo>
            <record model="stock.lot" id="a">
              <field name="name">A</field>
              <field name="name">B</field>
              <field>C</field>
              <field name="product_id" search="[('default_code', '=', 'X')]"/>
              <field name="note" type="html"><p>x</p></field>
              <value>1</value>
            </record>
            </odoo>
            """)
        let row = try #require(document.tables.first?.rows.first)
        #expect(row.cells == [cell("a", 2, 1), cell("A", 3, 3)])
        #expect(
            row.issues.map(\.diagnostic) == [
                Diagnostic(at: SourcePosition(line: 4, column: 3), message: "field name is given twice"),
                Diagnostic(at: SourcePosition(line: 5, column: 3), message: "a <field> has no name attribute"),
                Diagnostic(at: SourcePosition(line: 6, column: 3), message: "field product_id: search=\"[('default_code', '=', 'X')]\" is not supported (it needs Odoo's database)"),
                Diagnostic(at: SourcePosition(line: 7, column: 3), message: "field note: nested elements are not supported"),
                Diagnostic(at: SourcePosition(line: 8, column: 3), message: "<value> is not read in a <record>: only <field> is"),
            ])
    }
}

extension String {
    /// The string escaped for a double-quoted XML attribute.
    fileprivate var xmlEscaped: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }
}
