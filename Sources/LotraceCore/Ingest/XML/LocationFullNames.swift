/// The full name of every `stock.location` record of a folder's Odoo data files, computed as
/// Odoo computes `complete_name`: a location with a parent and a usage other than `view` is
/// `<parent's full name>/<name>`, any other its own name (`WH/Stock`, `Partners/Vendors`, `WH`).
/// A record that gives `complete_name` keeps it. Parents are refs, resolved across the folder
/// in any order (or Odoo's own default locations); a usage left out is Odoo's default,
/// `internal`.
struct LocationFullNames {
    /// The full name of each location record, or the issue that rejects it.
    private(set) var outcomes: [OdooRecordIndex.Place: Result<String, SourceIssue>] = [:]
    private let documents: [XMLInputDocument]
    private let index: OdooRecordIndex
    private var visiting: [OdooRecordIndex.Place] = []
    /// Records whose parents loop back to them, and the loop ("a → b → a").
    private var loops: [OdooRecordIndex.Place: String] = [:]

    static let model = "stock.location"

    init(_ documents: [XMLInputDocument], index: OdooRecordIndex) {
        self.documents = documents
        self.index = index
        for (document, content) in documents.enumerated() {
            for (table, source) in content.tables.enumerated() where source.model == Self.model {
                for row in source.rows.indices {
                    _ = fullName(OdooRecordIndex.Place(document: document, table: table, row: row))
                }
            }
        }
    }

    /// The usage of a location record, Odoo's default when left out.
    static func usage(_ table: SourceTable, row: Int) -> String { table.cell(row, "usage")?.value ?? "internal" }

    private mutating func fullName(_ place: OdooRecordIndex.Place) -> Result<String, SourceIssue> {
        if let known = outcomes[place] { return known }
        visiting.append(place)
        let table = documents[place.document].tables[place.table]
        let outcome = compute(table, row: place.row, place: place)
        visiting.removeLast()
        outcomes[place] = outcome
        return outcome
    }

    private mutating func compute(
        _ table: SourceTable, row: Int, place: OdooRecordIndex.Place
    ) -> Result<String, SourceIssue> {
        var parentName: String?
        if let parent = table.cell(row, "location_id/id") {
            let issue = { (message: String) in
                SourceIssue(line: parent.line, column: parent.column, message: "field location_id: " + message, reason: .unknownLocation)
            }
            switch index.target(of: parent, field: "location_id", models: [Self.model], reason: .unknownLocation) {
            case .failure(let failure): return .failure(failure)
            case .success(.known(let record)): parentName = record.name
            case .success(.record(let id, _, let parentPlace)):
                if let start = visiting.firstIndex(of: parentPlace) {
                    let ids = (visiting[start...] + [parentPlace]).map { self.id(of: $0) }
                    for member in visiting[start...] { loops[member] = ids.joined(separator: " → ") }
                }
                if let loop = loops[place] { return .failure(issue("the parent locations loop back to this record (\(loop))")) }
                switch fullName(parentPlace) {
                case .success(let name): parentName = name
                case .failure:
                    if let loop = loops[place] { return .failure(issue("the parent locations loop back to this record (\(loop))")) }
                    return .failure(issue(
                        "the parent location \(CellValues.quoted(id)) has no full name (its record at \(index.location(of: parentPlace)) is rejected)"))
                }
            }
        }
        if let explicit = table.cell(row, "complete_name") { return .success(explicit.value) }
        guard let name = table.cell(row, "name")?.value else {
            return .failure(SourceIssue(
                line: table.rows[row].line, column: 0, message: "a stock.location record needs a name (or a complete_name)",
                reason: .badValue))
        }
        guard let parentName, Self.usage(table, row: row) != "view" else { return .success(name) }
        return .success(parentName + "/" + name)
    }

    private func id(of place: OdooRecordIndex.Place) -> String {
        documents[place.document].tables[place.table].cell(place.row, "id")?.value ?? "?"
    }
}
