import LotraceDiagnostics

/// The records of every Odoo data file of a folder by their `id`, so a `ref` is resolved across
/// files in any order. A ref names a record of the folder by its id as written; Odoo's own
/// records Lotrace knows (`OdooKnownRecords`) come next; then a module-qualified ref
/// (`my_module.wh2`) names the folder's record of the same local id (`wh2`) and the other way
/// round, as inside one module.
struct OdooRecordIndex {
    /// Where a record stands: document, table and row.
    struct Place: Hashable {
        var document: Int
        var table: Int
        var row: Int
    }

    /// What a ref resolves to.
    enum Target {
        /// A record of the folder: its id as written, its model and place.
        case record(id: String, model: String, place: Place)
        case known(OdooKnownRecords.Record)
    }

    private var places: [String: (model: String, place: Place)] = [:]
    private var byLocalID: [String: [String]] = [:]
    private let fileNames: [String]
    private var lines: [Place: Int] = [:]
    /// Records whose id an earlier record already has, with that earlier record's place.
    private(set) var repeated: [(place: Place, first: Place)] = []

    /// Indexes the records of `documents`, the Odoo data files named `fileNames`.
    init(_ documents: [XMLInputDocument], fileNames: [String]) {
        self.fileNames = fileNames
        // Room for every record at once: half a million records would otherwise rehash each
        // table several times as it grows.
        let recordCount = documents.reduce(0) { sum, document in sum + document.tables.reduce(0) { $0 + $1.rows.count } }
        places.reserveCapacity(recordCount)
        byLocalID.reserveCapacity(recordCount)
        lines.reserveCapacity(recordCount)
        for (document, content) in documents.enumerated() {
            for (table, source) in content.tables.enumerated() {
                guard let model = source.model else { continue }
                for row in source.rows.indices {
                    guard let id = source.cell(row, "id")?.value else { continue }
                    let place = Place(document: document, table: table, row: row)
                    lines[place] = source.rows[row].line
                    if let first = places[id] {
                        repeated.append((place, first.place))
                        continue
                    }
                    places[id] = (model, place)
                    byLocalID[Self.localID(id), default: []].append(id)
                }
            }
        }
    }

    /// The record or known Odoo record `ref` names; nil when none.
    func resolve(_ ref: String) -> Target? {
        if let found = places[ref] { return .record(id: ref, model: found.model, place: found.place) }
        if let known = OdooKnownRecords.record(ref) { return .known(known) }
        let sameLocal = byLocalID[Self.localID(ref)] ?? []
        if sameLocal.count == 1, let found = places[sameLocal[0]] {
            return .record(id: sameLocal[0], model: found.model, place: found.place)
        }
        return nil
    }

    /// "stock.xml:12": where a record stands.
    func location(of place: Place) -> String { "\(fileNames[place.document]):\(lines[place] ?? 0)" }

    /// What the ref in `cell` (field `field`) names, when it is a record of one of `models`;
    /// else the issue that rejects the referring record, with `reason`.
    func target(
        of cell: SourceCell, field: String, models: Set<String>, reason: RejectionReason
    ) -> Result<Target, RecordIssue> {
        let issue = { (message: String) in
            RecordIssue(Diagnostic(at: cell.position, message: "field \(field): \(message)"), reason: reason)
        }
        let expected = models.sorted().joined(separator: " or ")
        switch resolve(cell.value) {
        case nil:
            let odoo = cell.value.contains(".") ? " nor one of Odoo's own records that Lotrace knows" : ""
            return .failure(issue("ref \(MessageText.quoted(cell.value)) is not the id of any record of the folder's data files\(odoo)"))
        case .record(_, let model, let place) where !models.contains(model):
            return .failure(issue("ref \(MessageText.quoted(cell.value)) is a \(model) record (\(location(of: place))), not a \(expected)"))
        case .known(let record) where !models.contains(record.model):
            return .failure(issue("ref \(MessageText.quoted(cell.value)) is Odoo's \(record.model) record, not a \(expected)"))
        case let target?:
            return .success(target)
        }
    }

    /// The id without its module (`stock.warehouse0` → `warehouse0`).
    private static func localID(_ id: String) -> String {
        id.utf8.firstIndex(of: UInt8(ascii: ".")).map { String(id[id.utf8.index(after: $0)...]) } ?? id
    }
}
