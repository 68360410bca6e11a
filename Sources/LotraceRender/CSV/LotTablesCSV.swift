import LotraceCore

/// The tables of a lot page in full, as spreadsheet CSV files beside the page, for the tables
/// longer than a page shows (`TableExcerpt.limit`): `lots/<page>.history.csv` and so on.
enum LotTablesCSV {
    /// One of a lot page's tables.
    enum Table: String, CaseIterable {
        case history
        case upstream
        case receipts
        case downstream
        case deliveries
    }

    /// The site path of `table` of the lot page at `page` ("lots/FL-001_F1.html").
    static func path(of table: Table, page: String) -> String {
        String(page.dropLast(".html".count)) + ".\(table.rawValue).csv"
    }

    /// The number of rows `table` of `report` has.
    static func count(_ table: Table, of report: TraceReport) -> Int {
        switch table {
        case .history: report.history.count
        case .upstream: report.upstream.tree.count
        case .receipts: report.upstream.receipts.count
        case .downstream: report.downstream.tree.count
        case .deliveries: report.downstream.deliveries.count
        }
    }

    /// The whole `table` of `report`, quantities exact, dates as `YYYY-MM-DD HH:MM:SS`.
    static func csv(_ table: Table, of report: TraceReport) -> String {
        var csv = SpreadsheetCSV()
        switch table {
        case .history:
            csv.append(["Reference", "Date", "Product", "Lot/Serial Number", "From", "To", "Quantity", "Unit"])
            for row in report.history {
                csv.append([
                    row.reference, row.date.description, row.product, row.lot, row.from, row.to, row.quantity.description,
                    row.unit,
                ])
            }
        case .upstream, .downstream:
            csv.append(["Depth", "Product", "Lot/Serial Number", "Manufacturing Order", "Quantity", "Unit", "Already listed above"])
            for row in table == .upstream ? report.upstream.tree : report.downstream.tree {
                csv.append([
                    String(row.depth), row.product, row.lot, row.reference, row.quantity.description, row.unit,
                    row.repeated ? "yes" : "",
                ])
            }
        case .receipts:
            csv.append(["Reference", "Partner", "Date", "Product", "Lot/Serial Number", "Quantity", "Unit"])
            for row in report.upstream.receipts {
                csv.append([
                    row.reference, row.partner ?? "", row.date.description, row.product, row.lot, row.quantity.description,
                    row.unit,
                ])
            }
        case .deliveries:
            csv.append(["Reference", "Partner", "Date", "Product", "Lot/Serial Number", "Delivered", "Returned", "Quantity", "Unit"])
            for row in report.downstream.deliveries {
                csv.append([
                    row.reference, row.partner ?? "", row.date.description, row.product, row.lot, row.delivered.description,
                    row.returned.description, row.quantity.description, row.unit,
                ])
            }
        }
        return csv.csv
    }
}
