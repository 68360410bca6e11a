/// The row accounting of a load: per file, rows read, used, skipped and rejected, with every
/// rejection's position and reason, and the refusals. Rendered as JSON (`check --format json`)
/// and as text.
public struct RowAccounting: Sendable {
    public var files: [InputFile]
    public var refusals: [FileRefusal]

    public init(dataset: Dataset) {
        files = dataset.files
        refusals = dataset.refusals
    }

    public var totalRead: Int { files.reduce(0) { $0 + $1.read } }
    public var totalUsed: Int { files.reduce(0) { $0 + $1.used } }
    public var totalSkipped: Int { files.reduce(0) { $0 + $1.skipped } }
    public var totalRejected: Int { files.reduce(0) { $0 + $1.rejected.count } }

    /// `{"files": {"<name>": {"role", "read", "used", "skipped", "rejected": [{"line","column","reason"}]}}}`
    /// plus format, header language (null for technical names), messages, skip reasons, column
    /// notes, totals and refusals.
    public var json: JSONValue {
        let entries = files.map { file -> (String, JSONValue) in
            var members: [(String, JSONValue)] = [
                ("role", file.roles.isEmpty ? .null : .string(file.roles.map(\.rawValue).joined(separator: "+"))),
                ("format", .string(file.format.rawValue)),
                ("language", file.language.map(JSONValue.string) ?? .null),
                ("read", .integer(file.read)),
                ("used", .integer(file.used)),
                ("skipped", .integer(file.skipped)),
                ("rejected", .array(file.rejected.map { rejection in
                    .object([
                        ("line", .integer(rejection.line)), ("column", .integer(rejection.column)),
                        ("reason", .string(rejection.reason.rawValue)), ("message", .string(rejection.message)),
                    ])
                })),
                ("skippedReasons", .object(file.skipReasons.sorted { $0.key < $1.key }.map { ($0.key, .integer($0.value)) })),
                ("ignoredColumns", .array(file.ignoredColumns.map(JSONValue.string))),
                ("missingOptionalColumns", .array(file.missingOptionalColumns.map(JSONValue.string))),
            ]
            if let refusal = file.refusal { members.append(("refusal", Self.json(refusal))) }
            return (file.name, .object(members))
        }
        return .object([
            ("files", .object(entries)),
            ("totals", .object([
                ("read", .integer(totalRead)), ("used", .integer(totalUsed)),
                ("skipped", .integer(totalSkipped)), ("rejected", .integer(totalRejected)),
            ])),
            ("refusals", .array(refusals.map(Self.json))),
        ])
    }

    private static func json(_ refusal: FileRefusal) -> JSONValue {
        .object([
            ("file", .string(refusal.file)), ("line", .integer(refusal.line)), ("column", .integer(refusal.column)),
            ("reason", .string(refusal.reason.rawValue)), ("message", .string(refusal.message)),
        ])
    }

    /// A table of files and counts, the header language of files not in English, then every
    /// rejected row as `file:line:column: reason: message`, the refused files and the column notes.
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
            file.rejected.map { "\(file.name):\($0.line):\($0.column): \($0.reason.rawValue): \($0.message)" }
        }
        if !rejections.isEmpty { out += "\nRejected rows:\n" + rejections.map { "  " + $0 + "\n" }.joined() }
        if !refusals.isEmpty { out += "\nRefused:\n" + refusals.map { "  \($0)\n" }.joined() }
        let skips = files.filter { !$0.skipReasons.isEmpty }.map { file in
            "  \(file.name): " + file.skipReasons.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        if !skips.isEmpty { out += "\nSkipped rows (not done):\n" + skips.map { $0 + "\n" }.joined() }
        let ignored = files.filter { !$0.ignoredColumns.isEmpty }.map { file in
            "  \(file.name): " + file.ignoredColumns.map { CellValues.quoted($0) }.joined(separator: ", ")
        }
        if !ignored.isEmpty { out += "\nColumns not read:\n" + ignored.map { $0 + "\n" }.joined() }
        return out
    }

    /// One line for stderr: `read 7 files: 2512 rows, 2500 used, 12 skipped, 0 rejected`.
    public var summary: String {
        var line = "read \(files.count) file\(files.count == 1 ? "" : "s"): \(totalRead) rows, \(totalUsed) used, \(totalSkipped) skipped, \(totalRejected) rejected"
        if !refusals.isEmpty { line += ", \(refusals.count) refused" }
        return line
    }
}
