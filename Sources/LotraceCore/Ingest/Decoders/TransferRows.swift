import LotraceDiagnostics

extension IngestState {
    /// Decodes a transfers-file row (`stock.picking`). Its Contact and Operation Type are linked
    /// to the partners and operation-types files when they list them, and kept as text otherwise.
    mutating func decodeTransfer(_ cells: RowCells, _ columns: ColumnMapping, file: String) -> RowResult {
        let referenceIndex = columns.index(.reference)!
        let reference = cells.text(referenceIndex)
        guard !reference.isEmpty else {
            return Self.reject(cells, referenceIndex, .init(reason: .badValue, message: "the transfer Reference is empty"))
        }
        if let existing = dataset.transferByReference[ExactText(reference)] {
            return Self.reject(cells, referenceIndex, Self.alreadyDefined("transfer", reference, at: dataset[existing].position))
        }
        var dates: [LocalDateTime?] = []
        for key in [ColumnKey.scheduledDate, .doneDate] {
            switch CellValues.optionalDate(cells, columns.index(key)) {
            case .success(let date): dates.append(date)
            case .failure(let failure): return Self.reject(cells, columns.index(key), failure)
            }
        }
        var status: MoveStatus?
        if let statusText = CellValues.optionalText(cells, columns.index(.status)) {
            guard let value = columns.values.status(statusText, .transferStatus) else {
                return Self.reject(cells, columns.index(.status), Self.badStatus(statusText, columns.values, .transferStatus))
            }
            status = value
        }
        let text = { (key: ColumnKey) in CellValues.optionalText(cells, columns.index(key)) }
        var contact = text(.contact).flatMap { dataset.partnerByDisplayName[ExactText($0)] }
        if let externalID = text(.contactExternalID), let index = externalIDs[.partners]?[ExactText(externalID)] {
            contact = PartnerID(Int(index))
        }
        var operationType = text(.operationType).flatMap { dataset.operationTypeByDisplayName[ExactText($0)] }
        if let externalID = text(.operationTypeExternalID), let index = externalIDs[.operationTypes]?[ExactText(externalID)] {
            operationType = OperationTypeID(Int(index))
        }
        let id = TransferID(dataset.transfers.count)
        dataset.transfers.append(
            Transfer(
                id: id, reference: reference, origin: text(.origin),
                contactName: contact.map { dataset[$0].displayName } ?? text(.contact), contact: contact,
                scheduledDate: dates[0], doneDate: dates[1], status: status,
                operationTypeName: operationType.map { dataset[$0].displayName } ?? text(.operationType),
                operationType: operationType, backorderOf: text(.backorderOf),
                position: SourcePosition(file: file, line: cells.line, column: 0)))
        dataset.transferByReference[ExactText(reference)] = id
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
