/// Writers of the exports the story produced: lots and transfers.
enum StoryFiles {
    /// stock.lot (food lots; serials are in the electronics XML data file).
    static func lots(_ book: LotBook, in directory: String) throws -> CSVFile {
        let file = try CSVFile(directory: directory, name: "stock.lot.csv",
                               header: ["Lot/Serial Number", "Product", "Internal Reference", "Company", "Created on",
                                        "Expiration Date", "Best before Date", "Removal Date", "Alert Date"])
        let company = PartnerDirectory.company.company
        for lot in book.lots where !lot.name.isEmpty && !lot.item.spec.electronics {
            file.field(lot.name)
            file.field(lot.item.spec.displayName)
            file.field(lot.internalReference)
            file.field(company)
            file.field(time: lot.created)
            let expiry = lot.item.spec.expiry
            file.field(time: lot.expiration)
            for days in [expiry?.bestBefore, expiry?.removal, expiry?.alert] {
                file.field(time: lot.expiration.flatMap { date in days.map { date.adding(days: -$0) } })
            }
            file.endRow()
        }
        try file.close()
        return file
    }

    /// stock.picking: receipts, deliveries (with backorders), returns, internal transfers.
    static func transfers(_ book: TransferBook, in directory: String) throws -> CSVFile {
        let file = try CSVFile(directory: directory, name: "stock.picking.csv",
                               header: ["Reference", "Source Document", "Contact", "Scheduled Date", "Date of Transfer",
                                        "Status", "Operation Type", "Back Order of"])
        for record in book.records {
            file.field(record.name)
            file.field(record.origin)
            file.field(record.contact)
            file.field(time: record.scheduled)
            file.field(time: record.done)
            file.field(record.status.rawValue)
            file.field(PartnerDirectory.warehouse + ": " + record.kind.rawValue)
            file.field(record.backorderOf)
            file.endRow()
        }
        try file.close()
        return file
    }
}
