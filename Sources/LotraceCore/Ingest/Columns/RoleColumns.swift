/// The columns of every role (docs/data-contract.md section 2.2): Odoo 17 labels first, then
/// 18/19 variants and the technical names of an import-compatible export. `X/id` columns hold
/// external ids (XML ids) instead of display names. The Odoo fields of each column give its
/// headers in the other languages (`OdooLabels`).
enum RoleColumns {
    /// The Odoo models whose fields a role's columns are (products: templates and variants).
    static func models(for role: Role) -> [String] {
        switch role {
        case .moveLines: return ["stock.move.line"]
        case .lots: return ["stock.lot"]
        case .products: return ["product.template", "product.product"]
        case .transfers: return ["stock.picking"]
        case .operationTypes: return ["stock.picking.type"]
        case .partners: return ["res.partner"]
        case .locations: return ["stock.location"]
        }
    }

    static func specs(for role: Role) -> [ColumnSpec] {
        switch role {
        case .moveLines: return moveLines
        case .lots: return lots
        case .products: return products
        case .transfers: return transfers
        case .operationTypes: return operationTypes
        case .partners: return partners
        case .locations: return locations
        }
    }

    static let moveLines: [ColumnSpec] = [
        ColumnSpec(.date, ["Date", "date"], fields: ["date"], required: true),
        ColumnSpec(.reference, ["Reference", "reference"], fields: ["reference"], required: true),
        ColumnSpec(.product, ["Product", "product_id"], fields: ["product_id"], required: true, or: .productExternalID),
        ColumnSpec(.productExternalID, ["Product/External ID", "product_id/id"], fields: ["product_id/id"]),
        ColumnSpec(.lot, ["Lot/Serial Number", "lot_id"], fields: ["lot_id"], required: true, or: .lotExternalID),
        ColumnSpec(.lotExternalID, ["Lot/Serial Number/External ID", "lot_id/id"], fields: ["lot_id/id"]),
        ColumnSpec(.lotName, ["Lot/Serial Number Name", "lot_name"], fields: ["lot_name"]),
        ColumnSpec(.from, ["From", "location_id"], fields: ["location_id"], required: true, or: .fromExternalID),
        ColumnSpec(.fromExternalID, ["From/External ID", "location_id/id"], fields: ["location_id/id"]),
        ColumnSpec(.to, ["To", "location_dest_id"], fields: ["location_dest_id"], required: true, or: .toExternalID),
        ColumnSpec(.toExternalID, ["To/External ID", "location_dest_id/id"], fields: ["location_dest_id/id"]),
        ColumnSpec(.quantity, ["Quantity", "quantity", "Quantity Done", "qty_done"], fields: ["quantity"], required: true),
        ColumnSpec(.unit, ["Unit of Measure", "Unit", "product_uom_id"], fields: ["product_uom_id"]),
        ColumnSpec(.status, ["Status", "state"], fields: ["state"], required: true),
        ColumnSpec(.transfer, ["Transfer", "picking_id"], fields: ["picking_id"]),
        ColumnSpec(.transferExternalID, ["Transfer/External ID", "picking_id/id"], fields: ["picking_id/id"]),
        ColumnSpec(.company, ["Company", "company_id"], fields: ["company_id"]),
        ColumnSpec(.contact, ["Transfer/Contact", "picking_partner_id"], fields: ["picking_id/partner_id"]),
        ColumnSpec(.fromUsage, ["Source Location Type", "location_usage"], fields: ["location_usage"]),
        ColumnSpec(.toUsage, ["Destination Location Type", "location_dest_usage"], fields: ["location_dest_usage"]),
        ColumnSpec(.externalID, ["ID", "id"], fields: ["id"]),
        ColumnSpec(
            .consumeLines, ["Consume Line", "Consume Line/ID", "consume_line_ids", "consume_line_ids/id"],
            fields: ["consume_line_ids", "consume_line_ids/.id"]),
        ColumnSpec(
            .produceLines, ["Produce Line", "Produce Line/ID", "produce_line_ids", "produce_line_ids/id"],
            fields: ["produce_line_ids", "produce_line_ids/.id"]),
    ]

    static let lots: [ColumnSpec] = [
        ColumnSpec(.name, ["Lot/Serial Number", "name"], fields: ["name"], required: true),
        ColumnSpec(.product, ["Product", "product_id"], fields: ["product_id"], required: true, or: .productExternalID),
        ColumnSpec(.productExternalID, ["Product/External ID", "product_id/id"], fields: ["product_id/id"]),
        ColumnSpec(.reference, ["Internal Reference", "ref"], fields: ["ref"]),
        ColumnSpec(.company, ["Company", "company_id"], fields: ["company_id"]),
        ColumnSpec(.createdOn, ["Created on", "create_date"], fields: ["create_date"]),
        ColumnSpec(.expirationDate, ["Expiration Date", "expiration_date"], fields: ["expiration_date"]),
        ColumnSpec(.bestBeforeDate, ["Best before Date", "Best Before Date", "use_date"], fields: ["use_date"]),
        ColumnSpec(.removalDate, ["Removal Date", "removal_date"], fields: ["removal_date"]),
        ColumnSpec(.alertDate, ["Alert Date", "alert_date"], fields: ["alert_date"]),
        ColumnSpec(.onHandQuantity, ["On Hand Quantity", "product_qty"], fields: ["product_qty"]),
        ColumnSpec(.externalID, ["ID", "id"], fields: ["id"]),
    ]

    static let products: [ColumnSpec] = [
        ColumnSpec(.name, ["Name", "name"], fields: ["name"], required: true),
        ColumnSpec(.code, ["Internal Reference", "default_code"], fields: ["default_code"]),
        ColumnSpec(.barcode, ["Barcode", "barcode"], fields: ["barcode"]),
        ColumnSpec(.tracking, ["Tracking", "tracking"], fields: ["tracking"]),
        ColumnSpec(.usesExpirationDate, ["Use Expiration Date", "use_expiration_date"], fields: ["use_expiration_date"]),
        ColumnSpec(.expirationDays, ["Expiration Date", "Expiration Time", "expiration_time"], fields: ["expiration_time"]),
        ColumnSpec(.bestBeforeDays, ["Best Before Date", "Best Before Time", "use_time"], fields: ["use_time"]),
        ColumnSpec(.removalDays, ["Removal Date", "Removal Time", "removal_time"], fields: ["removal_time"]),
        ColumnSpec(.alertDays, ["Alert Date", "Alert Time", "alert_time"], fields: ["alert_time"]),
        ColumnSpec(.unit, ["Unit of Measure", "Unit", "uom_id"], fields: ["uom_id"]),
        ColumnSpec(.externalID, ["ID", "id"], fields: ["id"]),
    ]

    static let transfers: [ColumnSpec] = [
        ColumnSpec(.reference, ["Reference", "name"], fields: ["name"], required: true),
        ColumnSpec(.origin, ["Source Document", "origin"], fields: ["origin"]),
        ColumnSpec(.contact, ["Contact", "partner_id"], fields: ["partner_id"]),
        ColumnSpec(.contactExternalID, ["Contact/External ID", "partner_id/id"], fields: ["partner_id/id"]),
        ColumnSpec(.scheduledDate, ["Scheduled Date", "scheduled_date"], fields: ["scheduled_date"]),
        ColumnSpec(.doneDate, ["Date of Transfer", "Effective Date", "date_done"], fields: ["date_done"]),
        ColumnSpec(.status, ["Status", "state"], fields: ["state"]),
        ColumnSpec(.operationType, ["Operation Type", "picking_type_id"], fields: ["picking_type_id"]),
        ColumnSpec(.operationTypeExternalID, ["Operation Type/External ID", "picking_type_id/id"], fields: ["picking_type_id/id"]),
        ColumnSpec(.backorderOf, ["Back Order of", "backorder_id"], fields: ["backorder_id"]),
        ColumnSpec(.company, ["Company", "company_id"], fields: ["company_id"]),
        ColumnSpec(.externalID, ["ID", "id"], fields: ["id"]),
    ]

    static let operationTypes: [ColumnSpec] = [
        ColumnSpec(.name, ["Operation Type", "name"], fields: ["name"], required: true),
        ColumnSpec(.kind, ["Type of Operation", "code"], fields: ["code"], required: true),
        ColumnSpec(.createsLots, ["Create New Lots/Serial Numbers", "use_create_lots"], fields: ["use_create_lots"]),
        ColumnSpec(.usesExistingLots, ["Use Existing Lots/Serial Numbers", "use_existing_lots"], fields: ["use_existing_lots"]),
        ColumnSpec(.warehouse, ["Warehouse", "warehouse_id"], fields: ["warehouse_id"]),
        ColumnSpec(.externalID, ["ID", "id"], fields: ["id"]),
    ]

    static let partners: [ColumnSpec] = [
        ColumnSpec(.name, ["Name", "name"], fields: ["name"], required: true),
        ColumnSpec(.displayName, ["Display Name", "display_name", "complete_name"], fields: ["display_name"]),
        ColumnSpec(.relatedCompany, ["Related Company", "parent_id"], fields: ["parent_id"]),
        ColumnSpec(.relatedCompanyExternalID, ["Related Company/External ID", "parent_id/id"], fields: ["parent_id/id"]),
        ColumnSpec(.street, ["Street", "street"], fields: ["street"]),
        ColumnSpec(.street2, ["Street2", "street2"], fields: ["street2"]),
        ColumnSpec(.city, ["City", "city"], fields: ["city"]),
        ColumnSpec(.zip, ["Zip", "zip"], fields: ["zip"]),
        ColumnSpec(.state, ["State", "state_id"], fields: ["state_id"]),
        ColumnSpec(.country, ["Country", "country_id"], fields: ["country_id"]),
        ColumnSpec(.email, ["Email", "email"], fields: ["email"]),
        ColumnSpec(.phone, ["Phone", "phone"], fields: ["phone"]),
        ColumnSpec(.externalID, ["ID", "id"], fields: ["id"]),
    ]

    static let locations: [ColumnSpec] = [
        ColumnSpec(.fullName, ["Full Location Name", "complete_name"], fields: ["complete_name"], required: true),
        ColumnSpec(.usage, ["Location Type", "usage"], fields: ["usage"], required: true),
        ColumnSpec(.externalID, ["ID", "id"], fields: ["id"]),
    ]
}
