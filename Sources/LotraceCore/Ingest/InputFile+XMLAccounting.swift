extension InputFile {
    /// Accounts for the records of an XML model Lotrace does not read: read and skipped, with
    /// the model named as the reason.
    mutating func noteUnreadModel(_ model: String, content: Table.Content) {
        guard case .xml(let table) = content else { return }
        read += table.rows.count
        skipped += table.rows.count
        skipReasons["model \(model) is not read by Lotrace", default: 0] += table.rows.count
    }

    /// Accounts for the records of a model read only for what other records need of them
    /// (`OdooRecordLinker.supportingModels`): used, or rejected for their first issue.
    mutating func noteSupportingRecords(_ content: Table.Content) {
        guard case .xml(let table) = content else { return }
        for row in table.rows {
            read += 1
            if let issue = row.issues.first {
                rejected.append(issue.rejection)
            } else {
                used += 1
            }
        }
    }

    /// Accounts for an Odoo data file's top-level elements that are not records (`<function>`,
    /// `<delete>`...): read and skipped.
    mutating func noteIgnoredElements(_ names: [String]) {
        for name in names {
            read += 1
            skipped += 1
            skipReasons["<\(name)> is not a record", default: 0] += 1
        }
    }
}
