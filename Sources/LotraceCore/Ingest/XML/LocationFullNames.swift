import LotraceDiagnostics

/// The full name of every `stock.location` record of a folder's Odoo data files, computed as
/// Odoo computes `complete_name`: a location with a parent and a usage other than `view` is
/// `<parent's full name>/<name>`, any other its own name (`WH/Stock`, `Partners/Vendors`, `WH`).
/// A record that gives `complete_name` keeps it. Parents are refs, resolved across the folder
/// in any order (or Odoo's own default locations); a usage left out is Odoo's default,
/// `internal`. Chains of parents are walked without recursion, so no depth of nesting can
/// exhaust the stack; parents that loop reject every record of the loop (docs/input-rules.md
/// rule 38).
struct LocationFullNames {
    /// The full name of each location record, or the issue that rejects it.
    private(set) var outcomes: [OdooRecordIndex.Place: Result<String, RecordIssue>] = [:]
    private let documents: [XMLInputDocument]
    private let index: OdooRecordIndex

    static let model = "stock.location"

    init(_ documents: [XMLInputDocument], index: OdooRecordIndex) {
        self.documents = documents
        self.index = index
        for (document, content) in documents.enumerated() {
            for (table, source) in content.tables.enumerated() where source.model == Self.model {
                for row in source.rows.indices {
                    name(OdooRecordIndex.Place(document: document, table: table, row: row))
                }
            }
        }
    }

    /// The usage of a location record, Odoo's default when left out.
    static func usage(_ table: SourceTable, row: Int) -> String { table.cell(row, "usage")?.value ?? "internal" }

    /// A record whose full name waits for its parent's.
    private struct Link {
        var place: OdooRecordIndex.Place
        var parent: OdooRecordIndex.Place
        var parentID: String
        var parentCell: SourceCell
    }

    /// What one record needs: nothing more (its outcome), or the full name of a parent record.
    private enum Step {
        case done(Result<String, RecordIssue>)
        case parent(Link)
    }

    /// Names `start` and the parents it waits for: up the chain of parents to a named one, then
    /// back down.
    private mutating func name(_ start: OdooRecordIndex.Place) {
        var chain: [Link] = []
        var onChain: [OdooRecordIndex.Place: Int] = [:]
        var current = start
        var outcome: Result<String, RecordIssue>
        while true {
            if let known = outcomes[current] {
                outcome = known
                break
            }
            if let start = onChain[current] {
                let loop = (chain[start...].map { id(of: $0.place) } + [id(of: current)]).joined(separator: " → ")
                for link in chain[start...] {
                    outcomes[link.place] = .failure(issue(at: link.parentCell, "the parent locations loop back to this record (\(loop))"))
                }
                chain.removeSubrange(start...)
                outcome = outcomes[current]!
                break
            }
            switch step(current) {
            case .done(let result):
                outcomes[current] = result
                outcome = result
            case .parent(let link):
                onChain[current] = chain.count
                chain.append(link)
                current = link.parent
                continue
            }
            break
        }
        for link in chain.reversed() {
            switch outcome {
            case .success(let parentName): outcome = own(link.place, parentName: parentName)
            case .failure:
                outcome = .failure(issue(
                    at: link.parentCell,
                    "the parent location \(MessageText.quoted(link.parentID)) has no full name (its record at \(index.location(of: link.parent)) is rejected)"))
            }
            outcomes[link.place] = outcome
        }
    }

    private func step(_ place: OdooRecordIndex.Place) -> Step {
        let table = documents[place.document].tables[place.table]
        guard let parent = table.cell(place.row, "location_id/id") else { return .done(own(place, parentName: nil)) }
        switch index.target(of: parent, field: "location_id", models: [Self.model], reason: .unknownLocation) {
        case .failure(let issue): return .done(.failure(issue))
        case .success(.known(let record)): return .done(own(place, parentName: record.name))
        case .success(.record(let id, _, let target)):
            return .parent(Link(place: place, parent: target, parentID: id, parentCell: parent))
        }
    }

    /// The full name of a record whose parent (if any) is named `parentName`.
    private func own(_ place: OdooRecordIndex.Place, parentName: String?) -> Result<String, RecordIssue> {
        let table = documents[place.document].tables[place.table]
        if let explicit = table.cell(place.row, "complete_name") { return .success(explicit.value) }
        guard let name = table.cell(place.row, "name")?.value else {
            return .failure(RecordIssue(
                Diagnostic(
                    at: SourcePosition(line: table.rows[place.row].line, column: 0),
                    message: "a stock.location record needs a name (or a complete_name)"),
                reason: .badValue))
        }
        guard let parentName, Self.usage(table, row: place.row) != "view" else { return .success(name) }
        return .success(parentName + "/" + name)
    }

    private func issue(at cell: SourceCell, _ message: String) -> RecordIssue {
        RecordIssue(Diagnostic(at: cell.position, message: "field location_id: " + message), reason: .unknownLocation)
    }

    private func id(of place: OdooRecordIndex.Place) -> String {
        documents[place.document].tables[place.table].cell(place.row, "id")?.value ?? "?"
    }
}
