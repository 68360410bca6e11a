import Testing

@testable import LotraceCore

@Suite("Roles from headers")
struct HeaderPlacementTests {
    private func role(_ header: [String]) -> String {
        switch HeaderPlacement.place(header: header) {
        case .placed(let role, _): return role.rawValue
        case .refused(let reason, _): return reason.rawValue
        }
    }

    @Test(arguments: [
        // Odoo 17 labels
        (["Date", "Reference", "Product", "Lot/Serial Number", "From", "To", "Quantity", "Unit of Measure", "Status"], "move_lines"),
        // Odoo 19: "Unit"
        (["Date", "Reference", "Product", "Lot/Serial Number", "From", "To", "Quantity", "Unit", "Status"], "move_lines"),
        // Odoo 16 and older: "Quantity Done"
        (["Date", "Reference", "Product", "Lot/Serial Number", "From", "To", "Quantity Done", "Status"], "move_lines"),
        // import-compatible technical names
        (["date", "reference", "product_id", "lot_id", "location_id", "location_dest_id", "quantity", "product_uom_id", "state"], "move_lines"),
        (["Lot/Serial Number", "Product", "Internal Reference", "Company", "Created on", "Expiration Date", "Best before Date", "Removal Date", "Alert Date"], "lots"),
        (["name", "product_id", "ref", "expiration_date", "use_date", "removal_date", "alert_date"], "lots"),
        (["Name", "Internal Reference", "Barcode", "Tracking", "Use Expiration Date", "Expiration Date", "Best Before Date", "Removal Date", "Alert Date"], "products"),
        (["name", "default_code", "barcode", "tracking", "use_expiration_date", "expiration_time", "use_time", "removal_time", "alert_time"], "products"),
        (["Reference", "Source Document", "Contact", "Scheduled Date", "Date of Transfer", "Status", "Operation Type"], "transfers"),
        (["name", "origin", "partner_id", "scheduled_date", "date_done", "state", "picking_type_id"], "transfers"),
        (["Operation Type", "Type of Operation", "Create New Lots/Serial Numbers", "Use Existing Lots/Serial Numbers", "Warehouse"], "operation_types"),
        (["name", "code", "use_create_lots", "use_existing_lots", "warehouse_id"], "operation_types"),
        (["Name", "Related Company", "Street", "City", "Zip", "Country", "Email"], "partners"),
        (["name", "parent_id", "street", "city", "zip", "country_id", "email"], "partners"),
        (["Full Location Name", "Location Type"], "locations"),
        (["complete_name", "usage"], "locations"),
    ])
    func everyRoleAndVariant(header: [String], expected: String) {
        #expect(role(header) == expected)
    }

    @Test func extraColumnsAreListedAndOrderIsFree() throws {
        let header = ["Status", "Quantity", "Notes", "To", "From", "Lot/Serial Number", "Product", "Reference", "Date", "Done By"]
        guard case .placed(let role, let mapping) = HeaderPlacement.place(header: header) else {
            Issue.record("not placed")
            return
        }
        #expect(role == .moveLines)
        #expect(mapping.ignored == ["Notes", "Done By"])
        #expect(mapping.index(.quantity) == 1)
        #expect(mapping.missingOptional.contains("Unit of Measure"))
    }

    @Test func refusals() {
        #expect(role(["Date", "Reference", "Product", "Lot/Serial Number", "From", "To", "Quantity"]) == "missing_required_column")
        #expect(role(["Date", "Date", "Reference"]) == "duplicate_column")
        #expect(role(["Date", "Reference", "Product", "Lot/Serial Number", "From", "To", "Quantity", "quantity", "Status"]) == "duplicate_column")
        #expect(role(["Colour", "Size"]) == "unplaced_file")
    }

    @Test func missingColumnMessageNamesTheRoleAndColumns() {
        guard case .refused(_, let message) = HeaderPlacement.place(header: ["Date", "Reference", "Product", "From", "To", "Quantity"]) else {
            Issue.record("placed")
            return
        }
        #expect(message == #"reads as move_lines but lacks the required columns "Lot/Serial Number", "Status""#)
    }
}
