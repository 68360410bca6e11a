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
        var dataset = load(files: inputs)
        dataset.refusals.insert(contentsOf: unreadable, at: 0)
        return dataset
    }

    /// Reads in-memory files, as if they were a folder's content.
    public func load(files: [InputData]) -> Dataset {
        var state = IngestState()
        var tablesByRole: [Role: [Table]] = [:]
        let sorted = files.sorted { $0.name < $1.name }
        progress?.expect(bytes: sorted.reduce(0) { $0 + $1.bytes.count })
        for (input, examined) in zip(sorted, examine(sorted)) {
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
                for (role, model, mapping, content) in found {
                    guard let role, let mapping else {
                        if let model, OdooRecordLinker.supportingModels.contains(model) {
                            file.noteSupportingRecords(content)
                        } else {
                            file.noteUnreadModel(model ?? "unknown", content: content)
                        }
                        continue
                    }
                    if !file.roles.contains(role) { file.roles.append(role) }
                    file.language = file.language ?? mapping.language.code
                    file.ignoredColumns += mapping.ignored.filter { !file.ignoredColumns.contains($0) }
                    file.missingOptionalColumns += mapping.missingOptional.filter { !file.missingOptionalColumns.contains($0) }
                    tablesByRole[role, default: []].append(
                        Table(fileIndex: fileIndex, fileName: input.name, role: role, columns: mapping, content: content))
                    state.presentRoles.insert(role)
                }
                state.dataset.files.append(file)
            }
        }
        if tablesByRole[.moveLines] == nil {
            state.dataset.refusals.append(FileRefusal(
                at: SourcePosition(file: "(data folder)"), reason: .missingRole,
                message: "no move-line export (Moves History: Date, Reference, Product, Lot/Serial Number, From, To, Quantity, Status) was found"))
        }
        let moveLineTables = tablesByRole[.moveLines] ?? []
        let compareFiles = Set(moveLineTables.map(\.fileIndex)).count > 1
        let preparation = BackgroundWork {
            var preparer = MoveLinePreparer(compareFiles: compareFiles, progress: progress)
            let prepared = moveLineTables.map { preparer.prepare($0) }
            return (preparer.cells, prepared)
        }
        for role in Self.masterOrder {
            let tables = tablesByRole[role] ?? []
            var fingerprints = RowFingerprints(enabled: Set(tables.map(\.fileIndex)).count > 1)
            for table in tables {
                read(table, state: &state, fingerprints: &fingerprints)
            }
        }
        let (cells, prepared) = preparation.wait()
        var resolver = MoveLineResolver(cells: cells)
        for table in prepared {
            var file = state.dataset.files[table.fileIndex]
            if table.end.refusal == nil { resolver.resolve(table, state: &state, file: &file) }
            if let refusal = file.finishReading(table.end) { state.dataset.refusals.append(refusal) }
            state.dataset.files[table.fileIndex] = file
        }
        finish(&state, resolver)
        return state.dataset
    }

    /// Every file examined, in order: its tables, or its refusal (a byte-identical twin of an
    /// earlier file is `duplicate_file`). The folder's Odoo data files are linked to each other
    /// before they are placed.
    private func examine(_ sorted: [InputData]) -> [FileExamination.Outcome] {
        var outcomes: [FileExamination.Outcome] = []
        var seenFiles: [Int] = []
        for (position, input) in sorted.enumerated() {
            // Byte-identical files have the same size: only those are compared.
            if let twin = seenFiles.first(where: {
                sorted[$0].bytes.count == input.bytes.count && sorted[$0].bytes == input.bytes
            }) {
                outcomes.append(.refused(FileRefusal(
                    at: SourcePosition(file: input.name), reason: .duplicateFile,
                    message: "the file is byte-identical to \(sorted[twin].name) (the same download twice?)")))
                continue
            }
            seenFiles.append(position)
            outcomes.append(FileExamination.examine(input, schemasDirectory: schemasDirectory))
        }
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
