import LotraceDiagnostics

extension IngestState {
    /// Decodes an operation-types row; its display name is "<Warehouse>: <Operation Type>".
    mutating func decodeOperationType(_ cells: RowCells, _ columns: ColumnMapping, file: String) -> RowResult {
        let nameIndex = columns.index(.name)!
        let kindIndex = columns.index(.kind)!
        let name = cells.text(nameIndex)
        guard !name.isEmpty else {
            return Self.reject(cells, nameIndex, .init(reason: .badValue, message: "the Operation Type is empty"))
        }
        let kindText = cells.text(kindIndex)
        guard let kind = columns.values.kind(kindText) else {
            let note = columns.values.labelsNote(.kind)
            return Self.reject(
                cells, kindIndex,
                .init(
                    reason: .badValue,
                    message: note.isEmpty
                        ? "Type of Operation \(MessageText.quoted(kindText)) is not Receipt, Delivery, Internal Transfer, Manufacturing or a key (incoming, outgoing, internal, mrp_operation)"
                        : "Type of Operation \(MessageText.quoted(kindText)) is not a type of operation\(note)"))
        }
        let warehouse = CellValues.optionalText(cells, columns.index(.warehouse))
        let display = DisplayNames.operationType(warehouse: warehouse, name: name)
        if let existing = dataset.operationTypeByDisplayName[ExactText(display)] {
            return Self.reject(cells, nameIndex, Self.alreadyDefined("operation type", display, at: dataset[existing].position))
        }
        var flags: [Bool?] = []
        for (key, label) in [(ColumnKey.createsLots, "Create New Lots/Serial Numbers"), (.usesExistingLots, "Use Existing Lots/Serial Numbers")] {
            switch CellValues.optionalBool(cells, columns.index(key), column: label) {
            case .success(let value): flags.append(value)
            case .failure(let failure): return Self.reject(cells, columns.index(key), failure)
            }
        }
        let id = OperationTypeID(dataset.operationTypes.count)
        dataset.operationTypes.append(
            OperationType(
                id: id, displayName: display, name: name, warehouse: warehouse, kind: kind, createsLots: flags[0],
                usesExistingLots: flags[1], position: SourcePosition(file: file, line: cells.line, column: 0)))
        dataset.operationTypeByDisplayName[ExactText(display)] = id
        noteExternalID(.operationTypes, CellValues.optionalText(cells, columns.index(.externalID)), index: Int(id.index))
        return .used
    }
}
