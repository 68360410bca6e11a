import LotraceDiagnostics
import LotraceXML

/// Reads Lotrace's XML interchange format (`<data xmlns="urn:lotrace:1">`, validated against
/// `schemas/lotrace-data.xsd` while it streams) into one table per record kind, with Odoo's
/// model and technical field names (see `LotraceRecordKind`).
///
/// A validity error inside a record becomes an issue of that record's row (the row is still
/// returned; the caller rejects it). A validity error outside every record (the root or a
/// section is wrong) refuses the file.
struct LotraceDataReader {
    /// The namespace of every Lotrace XML format.
    static let namespace = "urn:lotrace:1"
    /// The schema file, in the schemas directory.
    static let schemaFile = "lotrace-data.xsd"

    /// Where a record lies in the document, to attach validity errors to it.
    private struct RecordSpan {
        let startLine: Int
        let endLine: Int
        let table: Int
        let row: Int
    }

    private let source: XMLEventSource
    private var tables: [SourceTableBuilder] = []
    private var kinds: [LotraceRecordKind] = []
    private var spans: [RecordSpan] = []

    /// A reader over a validating `source` whose root has not been read yet.
    init(source: XMLEventSource) {
        self.source = source
    }

    /// Reads the whole document.
    mutating func read() throws(Diagnostic) -> XMLInputDocument {
        _ = try source.root()
        while let event = try source.next() {
            guard case .startElement(let element) = event else { continue }
            if element.namespaceURI == Self.namespace, let kind = LotraceRecordKind(section: element.localName) {
                try readSection(element, kind: kind)
            } else {
                try source.skipElement()
            }
        }
        try attachValidityErrors()
        let tables = zip(tables, kinds).map { $0.table(columnOrder: $1.columns) }
        return XMLInputDocument(format: .lotraceXML, tables: tables)
    }

    private mutating func readSection(_ section: XMLStartElement, kind: LotraceRecordKind) throws(Diagnostic) {
        let table: Int
        if let existing = kinds.firstIndex(of: kind) {
            table = existing
        } else {
            table = tables.count
            kinds.append(kind)
            tables.append(SourceTableBuilder(model: kind.model, line: section.position.line, header: kind.headerColumns))
        }
        while let event = try source.next() {
            switch event {
            case .startElement(let record):
                try readRecord(record, kind: kind, table: table)
            case .endElement:
                return
            case .text:
                continue
            }
        }
    }

    private mutating func readRecord(_ record: XMLStartElement, kind: LotraceRecordKind, table: Int) throws(Diagnostic) {
        var cells: [(column: String, cell: SourceCell)] = []
        var filled: Set<String> = []
        while let event = try source.next() {
            switch event {
            case .startElement(let child):
                let content = try source.readContent()
                guard child.namespaceURI == Self.namespace, let field = kind.field(forElement: child.localName),
                    filled.insert(field.column).inserted
                else { continue }
                let place = { (value: String) in SourceCell(value: value, at: child.position) }
                cells.append((field.column, place(field.conversion.apply(to: content.text))))
                if field.column == "quantity", let unit = child.attribute("unit") {
                    cells.append((LotraceRecordKind.unitColumn, place(unit)))
                }
            case .endElement(_, _, let endLine, _):
                spans.append(
                    RecordSpan(startLine: record.position.line, endLine: endLine, table: table, row: tables[table].rowCount))
                tables[table].addRow(line: record.position.line, cells: cells, issues: [])
                return
            case .text:
                continue
            }
        }
    }

    /// Gives each validity error to the records whose lines hold it; refuses the file for one
    /// outside every record. libxml2 gives lines only, so when records share a line, an error
    /// on that line goes to each of them: a valid record may then be rejected with the invalid
    /// one, but an invalid record is never let through.
    private mutating func attachValidityErrors() throws(Diagnostic) {
        for error in source.reader.validityErrors {
            var index = lastSpan(startingAtOrBefore: error.position.line)
            var attached = false
            while let current = index, spans[current].endLine >= error.position.line {
                let span = spans[current]
                tables[span.table].addIssue(
                    error.diagnostic, toRow: span.row)
                attached = true
                index = current > 0 ? current - 1 : nil
            }
            guard attached else { throw error.diagnostic }
        }
    }

    /// Binary search over the spans (in document order, so sorted by start line).
    private func lastSpan(startingAtOrBefore line: Int) -> Int? {
        var low = 0
        var high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].startLine <= line { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }
}
