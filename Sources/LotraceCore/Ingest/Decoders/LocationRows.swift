import LotraceDiagnostics

extension IngestState {
    /// Decodes a locations-file row: Full Location Name and Location Type (label or key, in the
    /// file's language; where Odoo labels two types alike, one of Odoo's default names decides).
    mutating func decodeLocation(_ cells: RowCells, _ columns: ColumnMapping, file: String) -> RowResult {
        let nameIndex = columns.index(.fullName)!
        let usageIndex = columns.index(.usage)!
        let name = cells.text(nameIndex)
        guard !name.isEmpty else {
            return Self.reject(cells, nameIndex, .init(reason: .badValue, message: "the Full Location Name is empty"))
        }
        let usageText = cells.text(usageIndex)
        let usages = columns.values.usages(usageText)
        let usage: LocationUsage
        if usages.count == 1 {
            usage = usages[0]
        } else if let named = DefaultLocations.usages[name], usages.contains(named) {
            usage = named
        } else {
            noteRejected(.locations, key: name, at: "\(file):\(cells.line)")
            let note = columns.values.labelsNote(.usage)
            let message =
                usages.count > 1
                ? "Location Type \(MessageText.quoted(usageText)) names both \(usages.map(\.rawValue).joined(separator: " and ")) in \(columns.language.code ?? "this language") (Odoo labels them alike), and \(MessageText.quoted(name)) is not one of Odoo's default locations that would tell which"
                : note.isEmpty
                    ? "Location Type \(MessageText.quoted(usageText)) is not an Odoo location type (Internal Location, Vendor Location, Customer Location, Inventory Loss, Production, Transit Location, View or their keys)"
                    : "Location Type \(MessageText.quoted(usageText)) is not an Odoo location type\(note)"
            return Self.reject(cells, usageIndex, .init(reason: .badLocationType, message: message))
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
