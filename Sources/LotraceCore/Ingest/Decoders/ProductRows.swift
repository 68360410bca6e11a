import LotraceDiagnostics

extension IngestState {
    /// Decodes a products-file row: Name, Internal Reference, Barcode, Tracking, expiry settings.
    mutating func decodeProduct(_ cells: RowCells, _ columns: ColumnMapping, file: String) -> RowResult {
        let nameIndex = columns.index(.name)!
        let name = cells.text(nameIndex)
        let code = CellValues.optionalText(cells, columns.index(.code))
        let display = DisplayNames.product(code: code, name: name)
        let place = "\(file):\(cells.line)"
        guard !name.isEmpty else {
            return Self.reject(cells, nameIndex, .init(reason: .badValue, message: "the product Name is empty"))
        }
        if let existing = dataset.productByDisplayName[ExactText(display)] {
            return Self.reject(cells, nameIndex, Self.alreadyDefined("product", display, at: dataset[existing].position))
        }
        var tracking: Tracking?
        if let index = columns.index(.tracking), let text = CellValues.optionalText(cells, index) {
            guard let value = columns.values.tracking(text) else {
                noteRejected(.products, key: display, at: place)
                let note = columns.values.labelsNote(.tracking)
                return Self.reject(
                    cells, index,
                    .init(
                        reason: .badTracking,
                        message: note.isEmpty
                            ? "Tracking \(MessageText.quoted(text)) is not By Unique Serial Number, By Lots, No Tracking, By Quantity or a key (serial, lot, none)"
                            : "Tracking \(MessageText.quoted(text)) is not a tracking\(note)"))
            }
            tracking = value
        }
        var product = Product(
            id: ProductID(dataset.products.count), displayName: display, name: name, code: code,
            barcode: CellValues.optionalText(cells, columns.index(.barcode)), tracking: tracking,
            unit: CellValues.optionalText(cells, columns.index(.unit)),
            position: SourcePosition(file: file, line: cells.line, column: 0))
        let usesIndex = columns.index(.usesExpirationDate)
        switch CellValues.optionalBool(cells, usesIndex, column: "Use Expiration Date") {
        case .success(let value): product.usesExpirationDate = value
        case .failure(let failure):
            noteRejected(.products, key: display, at: place)
            return Self.reject(cells, usesIndex, failure)
        }
        let dayColumns: [(ColumnKey, String, WritableKeyPath<Product, Int?>)] = [
            (.expirationDays, "Expiration Date", \.expirationDays), (.bestBeforeDays, "Best Before Date", \.bestBeforeDays),
            (.removalDays, "Removal Date", \.removalDays), (.alertDays, "Alert Date", \.alertDays),
        ]
        for (key, label, path) in dayColumns {
            switch CellValues.optionalInteger(cells, columns.index(key), column: label) {
            case .success(let value): product[keyPath: path] = value
            case .failure(let failure):
                noteRejected(.products, key: display, at: place)
                return Self.reject(cells, columns.index(key), failure)
            }
        }
        dataset.products.append(product)
        dataset.productByDisplayName[ExactText(display)] = product.id
        noteExternalID(.products, CellValues.optionalText(cells, columns.index(.externalID)), index: Int(product.id.index))
        return .used
    }
}
