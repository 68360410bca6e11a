import LotraceCore
import LotraceDiagnostics
import Testing

@Suite("XMLInput: Lotrace interchange format")
struct XMLInputLotraceTests {
    @Test("the example document reads into tables with Odoo's models and technical names")
    func example() throws {
        let document = try XMLInput.read(
            bytes: try XMLInputFixture.bytes("lotrace-data.xml"), fileName: "lotrace-data.xml",
            schemasDirectory: XMLInputFixture.schemas)
        #expect(document.format == .lotraceXML)
        #expect(document.ignoredElements == [])
        #expect(
            document.tables.map(\.model) == [
                "product.product", "stock.location", "res.partner", "stock.picking.type", "stock.picking",
                "stock.lot", "stock.move.line",
            ])
        #expect(document.tables.map(\.line) == [3, 24, 29, 44, 60, 79, 96])
        #expect(
            document.tables.map(\.header) == [
                [
                    "name", "default_code", "barcode", "tracking", "use_expiration_date", "expiration_time",
                    "use_time", "removal_time", "alert_time", "uom_id",
                ],
                ["complete_name", "usage"],
                ["name", "parent_id", "street", "city", "zip", "country_id", "email", "phone"],
                ["name", "code", "use_create_lots", "use_existing_lots", "warehouse_id"],
                ["name", "origin", "partner_id", "scheduled_date", "date_done", "state", "picking_type_id"],
                [
                    "name", "product_id", "ref", "create_date", "expiration_date", "use_date", "removal_date",
                    "alert_date",
                ],
                [
                    "date", "reference", "product_id", "lot_id", "location_id", "location_dest_id", "quantity",
                    "product_uom_id", "state", "picking_id", "company_id",
                ],
            ])
        #expect(document.tables.allSatisfy { $0.rows.allSatisfy(\.issues.isEmpty) })
        #expect(
            document.tables[1].rows == [
                SourceRow(line: 25, cells: [cell("WH/Stock", 25, 15), cell("internal", 25, 36)]),
                SourceRow(line: 26, cells: [cell("Partners/Vendors", 26, 15), cell("supplier", 26, 44)]),
                SourceRow(line: 27, cells: [cell("Partners/Customers", 27, 15), cell("customer", 27, 46)]),
            ])
        #expect(
            document.tables[3].rows.map { $0.cells.map { $0?.value } } == [
                ["Receipts", "incoming", "True", "False", "San Francisco"],
                ["Delivery Orders", "outgoing", "False", "True", "San Francisco"],
            ])
        #expect(
            document.tables[6].rows.last
                == SourceRow(
                    line: 119,
                    cells: [
                        cell("2025-03-04 15:10:00", 120, 7), cell("WH/OUT/00012", 121, 7),
                        cell("[JKB] Camembert", 122, 7), cell("CAM-2503", 123, 7), cell("WH/Stock", 124, 7),
                        cell("Partners/Customers", 125, 7), cell("12.5", 126, 7), cell("Units", 126, 7),
                        cell("done", 127, 7), cell("WH/OUT/00012", 128, 7), cell("YourCompany", 129, 7),
                    ]))
    }

    @Test("a schema violation inside a record is an issue of that row only; the row is still returned")
    func violationInRecord() throws {
        let document = try XMLInputFixture.read(
            """
            <data xmlns="urn:lotrace:1">
              <moveLines>
                <moveLine>
                  <date>2025-03-01T08:30:00</date><reference>WH/IN/1</reference><product>P</product>
                  <from>A</from><to>B</to><quantity>1</quantity><status>done</status>
                </moveLine>
                <moveLine>
                  <date>2025-03-01 08:30:00</date><reference>WH/IN/1</reference><product>P</product>
                  <from>A</from><to>B</to><quantity>-2</quantity><status>Done</status>
                </moveLine>
                <moveLine>
                  <reference>WH/IN/2</reference><product>P</product><lot>L</lot>
                  <from>A</from><to>B</to><quantity unit="kg">3</quantity><status>done</status><colour>red</colour>
                </moveLine>
              </moveLines>
            </data>
            """)
        let table = try #require(document.tables.first)
        #expect(table.header == [
            "date", "reference", "product_id", "lot_id", "location_id", "location_dest_id", "quantity",
            "product_uom_id", "state",
        ])
        #expect(table.rows.map(\.line) == [3, 7, 11])
        #expect(table.rows[0].issues == [])
        #expect(table.rows[1].cells[0] == cell("2025-03-01 08:30:00", 8, 7))
        #expect(table.rows[1].cells[6] == cell("-2", 9, 31))
        #expect(
            table.rows[1].issues.map(\.description) == [
                "8:0: Element '{urn:lotrace:1}date': '2025-03-01 08:30:00' is not a valid value of the atomic type '{urn:lotrace:1}LocalDateTime'.",
                "9:0: Element '{urn:lotrace:1}quantity': [facet 'pattern'] The value '-2' is not accepted by the pattern '[0-9]+(\\.[0-9]+)?'.",
                "9:0: Element '{urn:lotrace:1}status': [facet 'enumeration'] The value 'Done' is not an element of the set {'draft', 'waiting', 'confirmed', 'partially_available', 'assigned', 'done', 'cancel'}.",
            ])
        #expect(table.rows[2].cells[0] == nil)
        #expect(table.rows[2].cells[7] == cell("kg", 13, 31))
        #expect(
            table.rows[2].issues.map(\.description) == [
                "13:0: Element '{urn:lotrace:1}colour': This element is not expected. Expected is one of ( {urn:lotrace:1}date, {urn:lotrace:1}transfer, {urn:lotrace:1}company ).",
            ])
    }

    @Test("an empty section gives a table with the kind's required columns and no rows")
    func emptySection() throws {
        let document = try XMLInputFixture.read("<data xmlns=\"urn:lotrace:1\">\n<lots/></data>")
        #expect(document.tables == [SourceTable(header: ["name", "product_id"], line: 2, model: "stock.lot", rows: [])])
    }
}

@Suite("XMLInput: Lotrace records sharing a line")
struct XMLInputSharedLineTests {
    @Test("an error on a line shared by records goes to each of them, never to none")
    func sharedLine() throws {
        let document = try XMLInputFixture.read(
            """
            <data xmlns="urn:lotrace:1"><locations>
            <location><name>A</name><usage>internal</usage></location><location><name>B</name><usage>shelf</usage></location>
            <location><name>C</name><usage>internal</usage></location>
            </locations></data>
            """)
        let rows = try #require(document.tables.first?.rows)
        #expect(rows.map { $0.issues.count } == [1, 1, 0])
    }
}
