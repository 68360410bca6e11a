import Foundation
import Testing

@testable import LotraceCore

/// Odoo data files as Odoo modules write them: locations by name and parent ref, operation
/// types per warehouse, records spread over files in any order.
@Suite("Odoo data files as modules write them")
struct OdooModuleTests {
    private let loader = DatasetLoader(schemasDirectory: XMLInputFixture.schemas)

    /// Loads inline Odoo data files (name -> records inside `<odoo>`); without move lines the
    /// folder is refused as a whole (`missing_role`), its files are read all the same.
    private func load(_ files: [String: String]) -> Dataset {
        loader.load(files: files.map { InputData(name: $0.key, text: "<odoo>\n\($0.value)\n</odoo>\n") })
    }

    private func rejections(_ dataset: Dataset, _ file: String) -> [String] {
        dataset.files.first { $0.name == file }!.rejected.map { "\($0.position.line):\($0.position.column) \($0.reason.rawValue) \($0.message)" }
    }

    @Test func aTwoWarehouseModuleGivesTheAnswersOfItsCSVTwin() throws {
        let module = try ExportLanguageTests.load("odoo-module/xml")
        let twin = try ExportLanguageTests.load("odoo-module/csv")
        #expect(module.refusals.isEmpty && twin.refusals.isEmpty)
        #expect(module.files.allSatisfy { $0.rejected.isEmpty })
        #expect(module.files.map(\.name) == ["a_moves.xml", "b_transfers.xml", "c_locations.xml", "d_warehouses.xml", "e_products.xml", "f_partners.xml"])
        #expect(module.files.map { "\($0.read) \($0.used) \($0.skipped)" } == ["8 7 1", "7 7 0", "4 4 0", "9 9 0", "6 6 0", "3 3 0"])
        let (graph, twinGraph) = (TraceGraph(dataset: module), TraceGraph(dataset: twin))
        #expect(OnHandReport(graph: graph) == OnHandReport(graph: twinGraph))
        #expect(OnHandReport(graph: graph).rows.map { "\($0.location) \($0.lot) \($0.quantity)" }
            == ["NTH/Stock F-2501 15", "NTH/Stock F-2502 50", "WH/Stock F-2501 80"])
        for lot in ["F-2501", "F-2502", "SC-100"] {
            let report = TraceReport(graph: graph, lot: try module.resolveLot(named: lot, product: nil))
            #expect(report == TraceReport(graph: twinGraph, lot: try twin.resolveLot(named: lot, product: nil)))
        }
        #expect(module.moveLines.count == twin.moveLines.count && module.lots.count == twin.lots.count)
        #expect(Set(module.operationTypes.map(\.displayName)) == Set(twin.operationTypes.map(\.displayName)))
        #expect(module.transfers.map { "\($0.reference) \($0.operationTypeName ?? "") \($0.contactName ?? "")" }
            == twin.transfers.map { "\($0.reference) \($0.operationTypeName ?? "") \($0.contactName ?? "")" })
    }

    @Test func locationFullNamesAreComputedAsOdooComputesThem() {
        let dataset = load([
            "locations.xml": """
                <record id="shelf" model="stock.location"><field name="name">Shelf 1</field><field name="location_id" ref="stock"/></record>
                <record id="stock" model="stock.location"><field name="name">Stock</field><field name="location_id" ref="wh"/><field name="usage">internal</field></record>
                <record id="wh" model="stock.location"><field name="name">WH2</field><field name="location_id" ref="stock.stock_location_locations"/><field name="usage">view</field></record>
                <record id="dock" model="stock.location"><field name="complete_name">WH2/Dock A</field><field name="name">Dock</field><field name="location_id" ref="wh"/></record>
                <record id="vendors" model="stock.location"><field name="name">EU Vendors</field><field name="location_id" ref="stock.stock_location_locations_partner"/><field name="usage">supplier</field></record>
                """
        ])
        #expect(dataset.locations.map { "\($0.fullName) \($0.usage)" }
            == ["WH2/Stock/Shelf 1 internal", "WH2/Stock internal", "WH2 view", "WH2/Dock A internal", "Partners/EU Vendors supplier"])
    }

    @Test func operationTypesAreNamedByTheirWarehouseAndLinkedByRef() {
        let dataset = load([
            "types.xml": """
                <record id="in_1" model="stock.picking.type"><field name="name">Receipts</field><field name="code">incoming</field><field name="warehouse_id" ref="my_module.wh_1"/></record>
                <record id="in_2" model="stock.picking.type"><field name="name">Receipts</field><field name="code">incoming</field><field name="warehouse_id" ref="wh_2"/></record>
                <record id="in_3" model="stock.picking.type"><field name="name">Receipts</field><field name="code">incoming</field></record>
                """,
            "warehouses.xml": """
                <record id="wh_2" model="stock.warehouse"><field name="name">North</field><field name="code">N</field></record>
                <record id="wh_1" model="stock.warehouse"><field name="name">South</field><field name="code">S</field></record>
                """,
            "transfers.xml": """
                <record id="p1" model="stock.picking"><field name="name">N/IN/1</field><field name="picking_type_id" ref="in_2"/></record>
                """
        ])
        #expect(dataset.operationTypes.map(\.displayName) == ["South: Receipts", "North: Receipts", "Receipts"])
        #expect(dataset.transfers.map(\.operationTypeName) == ["North: Receipts"])
        let warehouses = dataset.files.first { $0.name == "warehouses.xml" }!
        #expect(warehouses.used == 2 && warehouses.skipped == 0)
    }

    @Test func anUnresolvedRefRejectsItsRecordAtTheRefNamingTheMissingID() {
        let dataset = load([
            "moves.xml": """
                <record id="m1" model="stock.move.line">
                  <field name="date">2025-01-02 08:00:00</field><field name="reference">WH/IN/1</field>
                  <field name="product_id" ref="prod"/><field name="location_id" ref="stock.stock_location_suppliers"/>
                  <field name="location_dest_id" ref="loc_missing"/><field name="quantity">1</field><field name="state">done</field>
                </record>
                <record id="m2" model="stock.move.line">
                  <field name="date">2025-01-02 08:00:00</field><field name="reference">WH/IN/2</field>
                  <field name="product_id" ref="prod"/><field name="lot_id" ref="product.typo_lot"/>
                  <field name="location_id" ref="stock.stock_location_suppliers"/><field name="location_dest_id" ref="stock.stock_location_stock"/>
                  <field name="quantity">1</field><field name="state">done</field>
                </record>
                """,
            "products.xml": """
                <record id="prod" model="product.product"><field name="name">Flour</field><field name="uom_id" ref="uom.product_uom_kgm"/></record>
                <record id="typed" model="stock.picking.type"><field name="name">Receipts</field><field name="code">incoming</field><field name="warehouse_id" ref="prod"/></record>
                """,
        ])
        #expect(
            rejections(dataset, "moves.xml") == [
                #"5:3 unknown_location field location_dest_id: ref "loc_missing" is not the id of any record of the folder's data files"#,
                #"9:40 bad_value field lot_id: ref "product.typo_lot" is not the id of any record of the folder's data files nor one of Odoo's own records that Lotrace knows"#,
            ])
        #expect(
            rejections(dataset, "products.xml") == [
                #"3:117 bad_value field warehouse_id: ref "prod" is a product.product record (products.xml:2), not a stock.warehouse"#
            ])
        #expect(dataset.products.map(\.unit) == ["kg"])
    }

    @Test func parentsThatLoopAreRejected() {
        let dataset = load([
            "locations.xml": """
                <record id="a" model="stock.location"><field name="name">A</field><field name="location_id" ref="b"/></record>
                <record id="b" model="stock.location"><field name="name">B</field><field name="location_id" ref="a"/></record>
                <record id="c" model="stock.location"><field name="name">C</field><field name="location_id" ref="b"/></record>
                """
        ])
        #expect(
            rejections(dataset, "locations.xml") == [
                "2:67 unknown_location field location_id: the parent locations loop back to this record (a → b → a)",
                "3:67 unknown_location field location_id: the parent locations loop back to this record (a → b → a)",
                #"4:67 unknown_location field location_id: the parent location "b" has no full name (its record at locations.xml:3 is rejected)"#,
            ])
    }

    @Test func aDeepChainOfParentsIsNamedWithoutExhaustingTheStack() {
        let depth = 50_000
        let views = (0..<depth).map { level in
            #"<record id="v\#(level)" model="stock.location"><field name="name">V\#(level)</field><field name="usage">view</field>"#
                + (level == 0 ? "" : #"<field name="location_id" ref="v\#(level - 1)"/>"#) + "</record>"
        }
        let leaf = #"<record id="leaf" model="stock.location"><field name="name">Leaf</field><field name="location_id" ref="v\#(depth - 1)"/></record>"#
        let dataset = load(["locations.xml": ([leaf] + views.reversed()).joined(separator: "\n")])
        #expect(dataset.refusals.map(\.reason) == [.missingRole])
        #expect(dataset.locations.count == depth + 1)
        #expect(dataset.locations.first?.fullName == "V\(depth - 1)/Leaf")
    }

    @Test func aRecordIDDefinedTwiceIsRejectedTheSecondTime() {
        let dataset = load([
            "a.xml": #"<record id="p" model="res.partner"><field name="name">Ann</field></record>"#,
            "b.xml": #"<record id="p" model="res.partner"><field name="name">Bob</field></record>"#
        ])
        #expect(rejections(dataset, "b.xml") == [#"2:1 bad_value record id "p" is already defined (a.xml:2)"#])
        #expect(dataset.partners.map(\.name) == ["Ann"])
    }
}
