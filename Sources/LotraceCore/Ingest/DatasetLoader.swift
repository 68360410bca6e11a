import Foundation
import LotraceDiagnostics

/// Reads a data folder (or named byte buffers) into a `Dataset`: every file's role from its
/// header, every row used, skipped or rejected with its reason (docs/input-rules.md).
///
/// Roles are read in dependency order (locations, products, partners, operation types,
/// transfers, lots, move lines) so each row can be checked against the masters; files of one
/// role are read as one, in file-name order.
public struct DatasetLoader: Sendable {
    /// Folder of Lotrace's XSDs (for its XML interchange format).
    public var schemasDirectory: String?
    /// Where the load reports how far it has come (a terminal's progress line), if anywhere.
    public var progress: LoadProgress?

    public init(schemasDirectory: String? = nil, progress: LoadProgress? = nil) {
        self.schemasDirectory = schemasDirectory
        self.progress = progress
    }

    /// Master roles in dependency order; move lines come last, prepared meanwhile on a second core.
    static let masterOrder: [Role] = [.locations, .products, .partners, .operationTypes, .transfers, .lots]

    /// Reads every regular file of `folder` in file-name order; hidden files, sub-folders,
    /// Markdown notes (`*.md`) and the settings file (`lotrace.json`) are not exports. An
    /// unreadable folder is a refusal.
    public func load(folder: String) -> Dataset {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else {
            var dataset = Dataset()
            dataset.refusals.append(FileRefusal(at: SourcePosition(file: folder), reason: .unreadable, message: "the data folder cannot be read"))
            return dataset
        }
        var inputs: [InputData] = []
        var unreadable: [FileRefusal] = []
        for name in names.sorted() where !name.hasPrefix(".") && !name.lowercased().hasSuffix(".md") && name != LotraceConfig.fileName {
            let path = (folder as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            guard let bytes = FileReading.bytes(atPath: path) else {
                unreadable.append(FileRefusal(at: SourcePosition(file: name), reason: .unreadable, message: "the file cannot be read"))
                continue
            }
            inputs.append(InputData(name: name, bytes: bytes, path: path))
        }
        var dataset = load(files: consume inputs)
        dataset.refusals.insert(contentsOf: unreadable, at: 0)
        return dataset
    }

    /// Reads in-memory files, as if they were a folder's content. A file's bytes are let go
    /// once its rows are read (when the caller hands them over), so the load's peak memory holds
    /// the input and the dataset only while both are needed.
    public func load(files: consuming [InputData]) -> Dataset {
        var early: MoveLinePreparation?
        var (state, tablesByRole) = place(consume files) { early = MoveLinePreparation($0, progress: progress) }
        if tablesByRole[.moveLines] == nil {
            state.dataset.refusals.append(FileRefusal(
                at: SourcePosition(file: "(data folder)"), reason: .missingRole,
                message: "no move-line export (Moves History: Date, Reference, Product, Lot/Serial Number, From, To, Quantity, Status) was found"))
        }
        var moveLineTables = tablesByRole.removeValue(forKey: .moveLines) ?? []
        let preparation: MoveLinePreparation
        if let early, early.fileIndices == moveLineTables.map(\.fileIndex) {
            preparation = early
        } else {
            // XML files or workbooks hold move lines too: every table is prepared again, in order.
            _ = early?.wait()
            preparation = MoveLinePreparation(moveLineTables, progress: progress)
        }
        moveLineTables = []
        for role in Self.masterOrder {
            let tables = tablesByRole.removeValue(forKey: role) ?? []
            var fingerprints = RowFingerprints(enabled: Set(tables.map(\.fileIndex)).count > 1)
            for table in tables {
                read(table, state: &state, fingerprints: &fingerprints)
            }
        }
        var (cells, prepared) = preparation.wait()
        var resolver = MoveLineResolver(cells: cells)
        while !prepared.isEmpty {
            let table = prepared.removeFirst()
            var file = state.dataset.files[table.fileIndex]
            if table.end.refusal == nil { resolver.resolve(table, state: &state, file: &file) }
            if let refusal = file.finishReading(table.end) { state.dataset.refusals.append(refusal) }
            state.dataset.files[table.fileIndex] = file
        }
        finish(&state, resolver)
        return state.dataset
    }

    /// Every file examined and accounted for in `Dataset.files`, and the tables of the placed
    /// ones by role, in file-name order. Only the tables keep the files' bytes. The move-line
    /// tables of the CSV files are handed to `csvMoveLines` as soon as those files are examined.
    private func place(
        _ files: consuming [InputData], csvMoveLines: ([Table]) -> Void
    ) -> (IngestState, [Role: [Table]]) {
        var state = IngestState()
        var tablesByRole: [Role: [Table]] = [:]
        let sorted = files.sorted { $0.name < $1.name }
        progress?.expect(bytes: sorted.reduce(0) { $0 + $1.bytes.count })
        let outcomes = examine(sorted) { csvOutcomes in
            let tables = csvOutcomes.flatMap { position, outcome in
                outcome.tables(fileIndex: position, fileName: sorted[position].name).filter { $0.role == .moveLines }
            }
            if !tables.isEmpty { csvMoveLines(tables) }
        }
        for (input, examined) in zip(sorted, outcomes) {
            if !examined.readsBytesAsRows { progress?.advance(bytes: input.bytes.count, rows: 0) }
            let fileIndex = state.dataset.files.count
            switch examined {
            case .refused(let refusal):
                var file = InputFile(name: input.name, format: .csv)
                file.refusal = refusal
                state.dataset.files.append(file)
                state.dataset.refusals.append(refusal)
            case .odooDocument:
                preconditionFailure("Odoo data files are placed once linked")
            case .tables(let format, let found, let ignored):
                var file = InputFile(name: input.name, format: format)
                file.noteIgnoredElements(ignored)
                for (role, model, mapping, content) in found where role == nil || mapping == nil {
                    if let model, OdooRecordLinker.supportingModels.contains(model) {
                        file.noteSupportingRecords(content)
                    } else {
                        file.noteUnreadModel(model ?? "unknown", content: content)
                    }
                }
                for table in examined.tables(fileIndex: fileIndex, fileName: input.name) {
                    let mapping = table.columns
                    if !file.roles.contains(table.role) { file.roles.append(table.role) }
                    file.language = file.language ?? mapping.language.code
                    file.ignoredColumns += mapping.ignored.filter { !file.ignoredColumns.contains($0) }
                    file.missingOptionalColumns += mapping.missingOptional.filter { !file.missingOptionalColumns.contains($0) }
                    tablesByRole[table.role, default: []].append(table)
                    state.presentRoles.insert(table.role)
                }
                state.dataset.files.append(file)
            }
        }
        return (state, tablesByRole)
    }

    /// Every file examined, in order: its tables, or its refusal (a byte-identical twin of an
    /// earlier file is `duplicate_file`). CSV files are examined first (a look at their header)
    /// and handed to `csvExamined` by position; then the others. The folder's Odoo data files
    /// are linked to each other before they are placed.
    private func examine(
        _ sorted: [InputData], csvExamined: ([(Int, FileExamination.Outcome)]) -> Void
    ) -> [FileExamination.Outcome] {
        var examined = [FileExamination.Outcome?](repeating: nil, count: sorted.count)
        // Byte-identical files are of one kind and have the same size: only those are compared.
        var seenFiles: [Int] = []
        let kinds = sorted.map(FileExamination.kind(of:))
        let isCSV = kinds.map { if case .csv = $0 { true } else { false } }
        let csvPositions = sorted.indices.filter { isCSV[$0] }
        for position in csvPositions + sorted.indices.filter({ !isCSV[$0] }) {
            let input = sorted[position]
            if let twin = seenFiles.first(where: {
                sorted[$0].bytes.count == input.bytes.count && sorted[$0].bytes == input.bytes
            }) {
                examined[position] = .refused(FileRefusal(
                    at: SourcePosition(file: input.name), reason: .duplicateFile,
                    message: "the file is byte-identical to \(sorted[twin].name) (the same download twice?)"))
            } else {
                seenFiles.append(position)
                examined[position] = FileExamination.examine(input, kind: kinds[position], schemasDirectory: schemasDirectory)
            }
            if position == csvPositions.last { csvExamined(csvPositions.map { ($0, examined[$0]!) }) }
        }
        var outcomes = examined.map { $0! }
        var documents: [XMLInputDocument] = []
        var owners: [Int] = []
        for (position, outcome) in outcomes.enumerated() {
            if case .odooDocument(let document) = outcome {
                documents.append(document)
                owners.append(position)
            }
        }
        OdooRecordLinker.link(&documents, fileNames: owners.map { sorted[$0].name })
        for (document, position) in zip(documents, owners) {
            outcomes[position] = FileExamination.place(document, fileName: sorted[position].name)
        }
        return outcomes
    }

    /// Reads a master table's rows into `state`, accounting for each in its file.
    private func read(_ table: Table, state: inout IngestState, fingerprints: inout RowFingerprints) {
        var file = state.dataset.files[table.fileIndex]
        fingerprints.beginFile(table.fileIndex)
        state.reserve(rows: table.estimatedRowCount, of: table.role)
        let end = table.forEachRow(progress: progress) { outcome in
            file.read += 1
            let result: IngestState.RowResult
            switch outcome {
            case .rejected(let rejection):
                result = .rejected(rejection)
            case .cells(let cells):
                if let earlier = fingerprints.check(cells, mapping: table.columns) {
                    result = .rejected(RowRejection(
                        at: SourcePosition(line: cells.line, column: 0), reason: .duplicateRow,
                        message: "the row is identical in every column to line \(earlier.line) of \(state.dataset.files[earlier.file].name)"))
                } else {
                    result = decode(cells, table: table, state: &state)
                }
            }
            switch result {
            case .used: file.used += 1
            case .skipped(let reason):
                file.skipped += 1
                file.skipReasons[reason, default: 0] += 1
            case .rejected(let rejection): file.rejected.append(rejection)
            }
        }
        fingerprints.endFile()
        if let refusal = file.finishReading(end) { state.dataset.refusals.append(refusal) }
        state.dataset.files[table.fileIndex] = file
    }

    private func decode(_ cells: RowCells, table: Table, state: inout IngestState) -> IngestState.RowResult {
        switch table.role {
        case .moveLines: preconditionFailure("move lines are read in two phases, not as a master table")
        case .lots: return state.decodeLot(cells, table.columns, file: table.fileName)
        case .products: return state.decodeProduct(cells, table.columns, file: table.fileName)
        case .transfers: return state.decodeTransfer(cells, table.columns, file: table.fileName)
        case .operationTypes: return state.decodeOperationType(cells, table.columns, file: table.fileName)
        case .partners: return state.decodePartner(cells, table.columns, file: table.fileName)
        case .locations: return state.decodeLocation(cells, table.columns, file: table.fileName)
        }
    }

    /// Interned strings and explicit manufacturing links, once every row is read.
    private func finish(_ state: inout IngestState, _ moveLines: MoveLineResolver) {
        state.dataset.references = moveLines.references
        state.dataset.units = moveLines.units
        for link in moveLines.links {
            for consumed in link.consumes {
                if let index = moveLines.lineIDs[ExactText(consumed)] { state.dataset.consumedBy[link.line, default: []].append(index) }
            }
            for produced in link.produces {
                if let index = moveLines.lineIDs[ExactText(produced)] { state.dataset.consumedBy[index, default: []].append(link.line) }
            }
        }
        for key in state.dataset.consumedBy.keys {
            state.dataset.consumedBy[key] = Array(Set(state.dataset.consumedBy[key]!)).sorted()
        }
    }
}
