import LotraceDiagnostics

extension IngestState {
    /// Decodes a lots-file row (`stock.lot`): the first row of a (product, lot, company) wins,
    /// a repeat is `duplicate_lot`.
    mutating func decodeLot(_ cells: RowCells, _ columns: ColumnMapping, file: String) -> RowResult {
        let nameIndex = columns.index(.name)!
        let productIndex = columns.index(.product)
        let name = cells.text(nameIndex)
        guard !name.isEmpty else {
            return Self.reject(cells, nameIndex, .init(reason: .badValue, message: "the Lot/Serial Number is empty"))
        }
        let externalProduct = CellValues.optionalText(cells, columns.index(.productExternalID))
        let product: ProductID
        switch self.product(display: cells.text(productIndex), externalID: externalProduct) {
        case .success(let id): product = id
        case .failure(let failure):
            return Self.reject(cells, externalProduct == nil ? productIndex : columns.index(.productExternalID), failure)
        }
        let company = CellValues.optionalText(cells, columns.index(.company)) ?? ""
        if let existing = dataset.lotByKey[LotKey(product: product, name: name, company: company)] {
            // Its external id names the lot all the same (the first row wins, the id still holds).
            noteExternalID(.lots, CellValues.optionalText(cells, columns.index(.externalID)), index: Int(existing.index))
            let first = dataset[existing].position.map { "line \($0.line)" } ?? "earlier"
            return Self.reject(
                cells, nameIndex,
                .init(
                    reason: .duplicateLot,
                    message: "lot \(MessageText.quoted(name)) of \(MessageText.quoted(dataset[product].displayName)) is already listed (\(first)); the first row wins"
                ))
        }
        var lot = Lot(
            id: LotID(dataset.lots.count), product: product, name: name, company: company,
            reference: CellValues.optionalText(cells, columns.index(.reference)),
            position: SourcePosition(file: file, line: cells.line, column: 0))
        let dateColumns: [(ColumnKey, WritableKeyPath<Lot, LocalDateTime?>)] = [
            (.createdOn, \.createdOn), (.expirationDate, \.expirationDate), (.bestBeforeDate, \.bestBeforeDate),
            (.removalDate, \.removalDate), (.alertDate, \.alertDate),
        ]
        for (key, path) in dateColumns {
            switch CellValues.optionalDate(cells, columns.index(key)) {
            case .success(let date): lot[keyPath: path] = date
            case .failure(let failure): return Self.reject(cells, columns.index(key), failure)
            }
        }
        switch CellValues.optionalQuantity(cells, columns.index(.onHandQuantity), column: "On Hand Quantity") {
        case .success(let quantity): lot.onHandQuantity = quantity
        case .failure(let failure): return Self.reject(cells, columns.index(.onHandQuantity), failure)
        }
        _ = addLot(lot)
        noteExternalID(.lots, CellValues.optionalText(cells, columns.index(.externalID)), index: Int(lot.id.index))
        return .used
    }
}
