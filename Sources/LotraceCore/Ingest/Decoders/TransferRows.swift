import LotraceDiagnostics

extension IngestState {
    /// Decodes a transfers-file row (`stock.picking`). Its Contact and Operation Type are linked
    /// to the partners and operation-types files when they list them, and kept as text otherwise.
    mutating func decodeTransfer(_ cells: RowCells, _ columns: ColumnMapping, file: String) -> RowResult {
        let referenceIndex = columns.index(.reference)!
        let referenceBytes = cells[referenceIndex]
        guard !referenceBytes.isEmpty else {
            return Self.reject(cells, referenceIndex, .init(reason: .badValue, message: "the transfer Reference is empty"))
        }
        if let existing = dataset.transferByReference[bytes: referenceBytes] {
            let reference = cells.text(referenceIndex)
            return Self.reject(cells, referenceIndex, Self.alreadyDefined("transfer", reference, at: dataset[existing].position))
        }
        let scheduledDate: LocalDateTime?
        switch CellValues.optionalDate(cells, columns.index(.scheduledDate)) {
        case .success(let date): scheduledDate = date
        case .failure(let failure): return Self.reject(cells, columns.index(.scheduledDate), failure)
        }
        let doneDate: LocalDateTime?
        switch CellValues.optionalDate(cells, columns.index(.doneDate)) {
        case .success(let date): doneDate = date
        case .failure(let failure): return Self.reject(cells, columns.index(.doneDate), failure)
        }
        var status: MoveStatus?
        if let statusText = CellValues.optionalText(cells, columns.index(.status)) {
            guard let value = columns.values.status(statusText, .transferStatus) else {
                return Self.reject(cells, columns.index(.status), Self.badStatus(statusText, columns.values, .transferStatus))
            }
            status = value
        }
        let text = { (key: ColumnKey) in CellValues.optionalText(cells, columns.index(key)) }
        let named = { (key: ColumnKey) in columns.index(key).map { cells[$0] }.flatMap { $0.isEmpty ? nil : $0 } }
        var contact = named(.contact).flatMap { dataset.partnerByDisplayName[bytes: $0] }
        if let externalID = text(.contactExternalID), let index = externalIDs[.partners]?[ExactText(externalID)] {
            contact = PartnerID(Int(index))
        }
        var operationType = named(.operationType).flatMap { dataset.operationTypeByDisplayName[bytes: $0] }
        if let externalID = text(.operationTypeExternalID), let index = externalIDs[.operationTypes]?[ExactText(externalID)] {
            operationType = OperationTypeID(Int(index))
        }
        let id = TransferID(dataset.transfers.count)
        dataset.transfers.append(
            Transfer(
                id: id, reference: cells.text(referenceIndex), origin: text(.origin),
                contactName: contact.map { dataset[$0].displayName } ?? text(.contact), contact: contact,
                scheduledDate: scheduledDate, doneDate: doneDate, status: status,
                operationTypeName: operationType.map { dataset[$0].displayName } ?? text(.operationType),
                operationType: operationType, backorderOf: text(.backorderOf),
                position: SourcePosition(file: file, line: cells.line, column: 0)))
        dataset.transferByReference[bytes: referenceBytes] = id
        noteExternalID(.transfers, text(.externalID), index: Int(id.index))
        return .used
    }

    /// The rejection of a status that is not one of Odoo's (in the file's language).
    static func badStatus(_ text: String, _ values: SelectionValues, _ selection: OdooSelection) -> CellValues.Failure {
        let note = values.labelsNote(selection)
        return .init(
            reason: .badStatus,
            message: note.isEmpty
                ? "Status \(MessageText.quoted(text)) is not an Odoo status (Done, Cancelled, Waiting, Ready... or a key such as done)"
                : "Status \(MessageText.quoted(text)) is not an Odoo status\(note)")
    }
}
