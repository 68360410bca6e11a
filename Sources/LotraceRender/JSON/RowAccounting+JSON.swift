import LotraceCore

extension RowAccounting {
    /// `{"files": {"<name>": {"role", "read", "used", "skipped", "rejected": [{"line","column","reason"}]}}}`
    /// plus format, header language (null for technical names), messages, skip reasons, column
    /// notes, totals and refusals; a workbook's rejections add their `cell` (`D17`), and its
    /// file its `sheet` and `notes`.
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
                    var fields: [(String, JSONValue)] = [
                        ("line", .integer(rejection.position.line)), ("column", .integer(rejection.position.column)),
                        ("reason", .string(rejection.reason.rawValue)), ("message", .string(rejection.message)),
                    ]
                    if let cell = file.cell(of: rejection) { fields.append(("cell", .string(cell))) }
                    return .object(fields)
                })),
                ("skippedReasons", .object(file.skipReasons.sorted { $0.key < $1.key }.map { ($0.key, .integer($0.value)) })),
                ("ignoredColumns", .array(file.ignoredColumns.map(JSONValue.string))),
                ("missingOptionalColumns", .array(file.missingOptionalColumns.map(JSONValue.string))),
            ]
            if let refusal = file.refusal { members.append(("refusal", Self.json(refusal))) }
            if let sheet = file.sheet { members.append(("sheet", .string(sheet))) }
            if !file.notes.isEmpty { members.append(("notes", .array(file.notes.map(JSONValue.string)))) }
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
            ("file", .string(refusal.position.file)), ("line", .integer(refusal.position.line)), ("column", .integer(refusal.position.column)),
            ("reason", .string(refusal.reason.rawValue)), ("message", .string(refusal.message)),
        ])
    }
}
