import LotraceDiagnostics

/// Resolves the `ref` fields of a folder's Odoo data files once every file is read, as an Odoo
/// module's files refer to each other in any order: every ref Lotrace reads must name a record
/// of the folder (of the right model) or one of Odoo's own records it knows, else the referring
/// record is rejected at the ref with the missing id. Then:
/// - a link (`product_id`, `lot_id`, `location_id`, `picking_id`, `partner_id`,
///   `picking_type_id`) keeps the target's id, written as the target writes it;
/// - a warehouse, unit, company or parent-contact ref becomes the target's name in a column of
///   its own (`warehouse_id`: operation types show as "<warehouse>: <name>");
/// - locations get their full name (`LocationFullNames`).
/// (docs/input-rules.md rules 36-38)
enum OdooRecordLinker {
    /// Models read only for what other records need of them (their names); their records are
    /// accounted as used.
    static let supportingModels: Set<String> = ["stock.warehouse", "res.company", "uom.uom", "product.category"]

    /// What a ref field gives.
    private enum Action {
        /// The target record itself (its id).
        case link
        /// The target's name, in the field's own column.
        case name
    }

    private struct Rule {
        var field: String
        var models: Set<String>
        var action: Action
        /// The rejection reason when the ref does not resolve.
        var reason: RejectionReason = .badValue
    }

    private static let products: Set<String> = ["product.product", "product.template"]
    private static let lots: Set<String> = ["stock.lot", "stock.production.lot"]
    private static let company = Rule(field: "company_id", models: ["res.company"], action: .name)

    /// The refs Lotrace reads, per model (the others are columns it does not read).
    private static let rules: [String: [Rule]] = {
        let moveLine = [
            Rule(field: "product_id", models: products, action: .link, reason: .unknownProduct),
            Rule(field: "lot_id", models: lots, action: .link),
            Rule(field: "location_id", models: ["stock.location"], action: .link, reason: .unknownLocation),
            Rule(field: "location_dest_id", models: ["stock.location"], action: .link, reason: .unknownLocation),
            Rule(field: "picking_id", models: ["stock.picking"], action: .link),
            Rule(field: "product_uom_id", models: ["uom.uom"], action: .name), company,
        ]
        let lot = [Rule(field: "product_id", models: products, action: .link, reason: .unknownProduct), company]
        let product = [Rule(field: "uom_id", models: ["uom.uom"], action: .name)]
        return [
            "stock.move.line": moveLine, "stock.lot": lot, "stock.production.lot": lot,
            "product.product": product, "product.template": product,
            "stock.picking": [
                Rule(field: "partner_id", models: ["res.partner"], action: .link),
                Rule(field: "picking_type_id", models: ["stock.picking.type"], action: .link), company,
            ],
            "stock.picking.type": [Rule(field: "warehouse_id", models: ["stock.warehouse"], action: .name)],
            // A contact shows as "<parent's name>, <name>" (Odoo's complete name); the parent may
            // come later in the folder, so its name is written rather than looked up row by row.
            "res.partner": [Rule(field: "parent_id", models: ["res.partner"], action: .name)],
        ]
    }()

    /// Links `documents`, the Odoo data files of one folder named `fileNames`.
    static func link(_ documents: inout [XMLInputDocument], fileNames: [String]) {
        let index = OdooRecordIndex(documents, fileNames: fileNames)
        var issues: [OdooRecordIndex.Place: [RecordIssue]] = [:]
        for (place, first) in index.repeated {
            let id = documents[place.document].tables[place.table].cell(place.row, "id")!
            issues[place, default: []].append(RecordIssue(
                Diagnostic(
                    at: id.position,
                    message: "record id \(MessageText.quoted(id.value)) is already defined (\(index.location(of: first)))"),
                reason: .badValue))
        }
        let names = LocationFullNames(documents, index: index)
        // The records rejected before linking: those a name is not taken from.
        var rejected = Set(issues.keys)
        for (document, content) in documents.enumerated() {
            for (table, source) in content.tables.enumerated() {
                for row in source.rows.indices where !source.rows[row].issues.isEmpty {
                    rejected.insert(OdooRecordIndex.Place(document: document, table: table, row: row))
                }
            }
        }
        for document in documents.indices {
            for tableIndex in documents[document].tables.indices {
                var table = documents[document].tables[tableIndex]
                for rule in rules[table.model ?? ""] ?? [] where table.columnIndex(rule.field + "/id") != nil {
                    for row in table.rows.indices {
                        guard let cell = table.cell(row, rule.field + "/id") else { continue }
                        let place = OdooRecordIndex.Place(document: document, table: tableIndex, row: row)
                        switch index.target(of: cell, field: rule.field, models: rule.models, reason: rule.reason) {
                        case .failure(let issue): issues[place, default: []].append(issue)
                        case .success(.known(let record)):
                            if rule.action == .name { table.setCell(cell.with(record.name), row: row, column: rule.field) }
                        case .success(.record(let id, _, let target)):
                            switch rule.action {
                            case .link: table.setCell(cell.with(id), row: row, column: rule.field + "/id")
                            case .name:
                                let targetTable = documents[target.document].tables[target.table]
                                if rejected.contains(target) {
                                    issues[place, default: []].append(RecordIssue(
                                        Diagnostic(
                                            at: cell.position,
                                            message: "field \(rule.field): ref \(MessageText.quoted(cell.value)) names a record rejected at \(index.location(of: target))"),
                                        reason: rule.reason))
                                } else if let name = targetTable.cell(target.row, "name")?.value {
                                    table.setCell(cell.with(name), row: row, column: rule.field)
                                } else {
                                    issues[place, default: []].append(RecordIssue(
                                        Diagnostic(
                                            at: cell.position,
                                            message: "field \(rule.field): the \(targetTable.model ?? "") record \(MessageText.quoted(id)) (\(index.location(of: target))) has no name"),
                                        reason: rule.reason))
                                }
                            }
                        }
                    }
                    if rule.action == .name { table.removeColumn(rule.field + "/id") }
                }
                if table.model == LocationFullNames.model { nameLocations(&table, document, tableIndex, names, &issues) }
                documents[document].tables[tableIndex] = table
            }
        }
        for (place, found) in issues {
            documents[place.document].tables[place.table].rows[place.row].issues += found
        }
    }

    /// Writes each location's full name and usage into `complete_name` and `usage`, or the issue
    /// that rejects it; the parent column has then done its work.
    private static func nameLocations(
        _ table: inout SourceTable, _ document: Int, _ tableIndex: Int, _ names: LocationFullNames,
        _ issues: inout [OdooRecordIndex.Place: [RecordIssue]]
    ) {
        table.addColumn("complete_name")
        table.addColumn("usage")
        for row in table.rows.indices {
            let place = OdooRecordIndex.Place(document: document, table: tableIndex, row: row)
            let position = table.cell(row, "name") ?? SourceCell(value: "", at: SourcePosition(line: table.rows[row].line, column: 0))
            switch names.outcomes[place] {
            case .success(let name)?:
                if table.cell(row, "complete_name") == nil { table.setCell(position.with(name), row: row, column: "complete_name") }
            case .failure(let issue)?: issues[place, default: []].append(issue)
            case nil: break
            }
            if table.cell(row, "usage") == nil {
                table.setCell(position.with(LocationFullNames.usage(table, row: row)), row: row, column: "usage")
            }
        }
        table.removeColumn("location_id/id")
    }
}

extension SourceCell {
    /// The same position with another text.
    fileprivate func with(_ value: String) -> SourceCell { SourceCell(value: value, at: position) }
}
