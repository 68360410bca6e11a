import LotraceDiagnostics

extension IngestState {
    /// Decodes a locations-file row: Full Location Name and Location Type (label or key).
    mutating func decodeLocation(_ cells: RowCells, _ columns: ColumnMapping, file: String) -> RowResult {
        let nameIndex = columns.index(.fullName)!
        let usageIndex = columns.index(.usage)!
        let name = cells.text(nameIndex)
        guard !name.isEmpty else {
            return Self.reject(cells, nameIndex, .init(reason: .badValue, message: "the Full Location Name is empty"))
        }
        let usageText = cells.text(usageIndex)
        guard let usage = LocationUsage(odooValue: usageText) else {
            noteRejected(.locations, key: name, at: "\(file):\(cells.line)")
            return Self.reject(
                cells, usageIndex,
                .init(
                    reason: .badLocationType,
                    message: "Location Type \(MessageText.quoted(usageText)) is not an Odoo location type (Internal Location, Vendor Location, Customer Location, Inventory Loss, Production, Transit Location, View or their keys)"
                ))
        }
        if let existing = dataset.locationByName[ExactText(name)] {
            return Self.reject(cells, nameIndex, Self.alreadyDefined("location", name, at: dataset[existing].position))
        }
        let id = LocationID(dataset.locations.count)
        let position = SourcePosition(file: file, line: cells.line, column: 0)
        dataset.locations.append(Location(id: id, fullName: name, usage: usage, usageSource: .locationsFile, position: position))
        dataset.locationByName[ExactText(name)] = id
        noteExternalID(.locations, CellValues.optionalText(cells, columns.index(.externalID)), index: Int(id.index))
        return .used
    }
}
