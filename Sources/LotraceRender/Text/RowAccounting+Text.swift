import LotraceCore

extension RowAccounting {
    /// A table of files and counts, the header language of files not in English, then every
    /// rejected row as `file:line:column: reason: message` (`file: Sheet1!D17: ...` in a
    /// workbook), the refused files, the column notes and the files' notes.
    public var text: String {
        var table = TextTable(["File", "Role", "Read", "Used", "Skipped", "Rejected"], rightAligned: [2, 3, 4, 5])
        for file in files {
            table.append([
                file.name, file.refusal == nil ? file.roles.map(\.rawValue).joined(separator: "+") : "refused",
                String(file.read), String(file.used), String(file.skipped), String(file.rejected.count),
            ])
        }
        table.append(["Total", "", String(totalRead), String(totalUsed), String(totalSkipped), String(totalRejected)])
        var out = table.render()
        let translated = files.compactMap { file in file.language.flatMap { $0 == "en" ? nil : "  \(file.name): \($0)\n" } }
        if !translated.isEmpty { out += "\nHeader languages (other than English):\n" + translated.joined() }
        let rejections = files.flatMap { file in
            file.rejected.map { "\(file.place(of: $0)): \($0.reason.rawValue): \($0.message)" }
        }
        if !rejections.isEmpty { out += "\nRejected rows:\n" + rejections.map { "  " + $0 + "\n" }.joined() }
        if !refusals.isEmpty { out += "\nRefused:\n" + refusals.map { "  \($0)\n" }.joined() }
        let skips = files.filter { !$0.skipReasons.isEmpty }.map { file in
            "  \(file.name): " + file.skipReasons.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        if !skips.isEmpty { out += "\nSkipped rows (not done):\n" + skips.map { $0 + "\n" }.joined() }
        let ignored = files.filter { !$0.ignoredColumns.isEmpty }.map { file in
            "  \(file.name): " + file.ignoredColumns.map { MessageText.quoted($0) }.joined(separator: ", ")
        }
        if !ignored.isEmpty { out += "\nColumns not read:\n" + ignored.map { $0 + "\n" }.joined() }
        let notes = files.flatMap { file in file.notes.map { "  \(file.name): \($0)\n" } }
        if !notes.isEmpty { out += "\nNotes:\n" + notes.joined() }
        return out
    }

    /// One line for stderr: `read 7 files: 2512 rows, 2500 used, 12 skipped, 0 rejected`.
    public var summary: String {
        var line = "read \(files.count) file\(files.count == 1 ? "" : "s"): \(totalRead) rows, \(totalUsed) used, \(totalSkipped) skipped, \(totalRejected) rejected"
        if !refusals.isEmpty { line += ", \(refusals.count) refused" }
        return line
    }
}
