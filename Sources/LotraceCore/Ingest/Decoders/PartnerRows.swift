import LotraceDiagnostics

extension IngestState {
    /// Decodes a partners-file row; its display name is "<Related Company>, <Name>" unless the
    /// file gives a Display Name.
    mutating func decodePartner(_ cells: RowCells, _ columns: ColumnMapping, file: String) -> RowResult {
        let nameIndex = columns.index(.name)!
        let name = cells.text(nameIndex)
        guard !name.isEmpty else {
            return Self.reject(cells, nameIndex, .init(reason: .badValue, message: "the partner Name is empty"))
        }
        var company = CellValues.optionalText(cells, columns.index(.relatedCompany))
        if let externalID = CellValues.optionalText(cells, columns.index(.relatedCompanyExternalID)) {
            guard let index = externalIDs[.partners]?[ExactText(externalID)] else {
                return Self.reject(
                    cells, columns.index(.relatedCompanyExternalID),
                    .init(reason: .badValue, message: "related company \(MessageText.quoted(externalID)) is not a known partner id"))
            }
            company = dataset.partners[Int(index)].displayName
        }
        let display = CellValues.optionalText(cells, columns.index(.displayName))
            ?? DisplayNames.partner(company: company, name: name)
        if let existing = dataset.partnerByDisplayName[ExactText(display)] {
            return Self.reject(cells, nameIndex, Self.alreadyDefined("partner", display, at: dataset[existing].position))
        }
        let text = { (key: ColumnKey) in CellValues.optionalText(cells, columns.index(key)) }
        let id = PartnerID(dataset.partners.count)
        dataset.partners.append(
            Partner(
                id: id, displayName: display, name: name, company: company, street: text(.street),
                street2: text(.street2), city: text(.city), zip: text(.zip), state: text(.state),
                country: text(.country), email: text(.email), phone: text(.phone),
                position: SourcePosition(file: file, line: cells.line, column: 0)))
        dataset.partnerByDisplayName[ExactText(display)] = id
        noteExternalID(.partners, text(.externalID), index: Int(id.index))
        return .used
    }
}
