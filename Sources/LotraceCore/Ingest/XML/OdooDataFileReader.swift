import LotraceDiagnostics
import LotraceXML

/// Reads an Odoo XML data file (`<odoo>`/`<openerp>`, optional `<data>` wrappers, `<record
/// model=... id=...>` with `<field name=...>`) into one table per model.
///
/// A record becomes a row: its `id` attribute goes to column `id`, a field's text to the
/// column of its name, `ref="xml_id"` to column `name/id`, and a simple literal `eval` to its
/// text (see `OdooEvalLiteral`). What cannot be read without Odoo itself (other `eval`
/// expressions, `search`, `file`, nested markup) leaves the field out and puts an issue on the
/// row, which the caller then rejects. Other top-level elements are listed as ignored.
struct OdooDataFileReader {
    private let source: XMLEventSource
    private var tables: [SourceTableBuilder] = []
    private var tableIndex: [String: Int] = [:]
    private var ignored: [XMLInputDocument.IgnoredElement] = []

    /// A reader over `source`, whose root start event was already read.
    init(source: XMLEventSource) {
        self.source = source
    }

    /// Reads the root's content to the end of the document.
    mutating func read() throws(Diagnostic) -> XMLInputDocument {
        try readContainer()
        while try source.next() != nil {}
        return XMLInputDocument(
            format: .odooXML, tables: tables.map { $0.table() }, ignoredElements: ignored)
    }

    /// Reads the children of `<odoo>`, `<openerp>` or `<data>` up to the container's end.
    private mutating func readContainer() throws(Diagnostic) {
        while let event = try source.next() {
            switch event {
            case .startElement(let element) where element.namespaceURI == nil && element.localName == "data":
                try readContainer()
            case .startElement(let element) where element.namespaceURI == nil && element.localName == "record":
                try readRecord(element)
            case .startElement(let element):
                ignored.append(.init(name: element.localName, line: element.position.line))
                try source.skipElement()
            case .endElement:
                return
            case .text:
                continue
            }
        }
    }

    private mutating func readRecord(_ record: XMLStartElement) throws(Diagnostic) {
        guard let model = record.attribute("model") else {
            throw Diagnostic(at: record.position, message: "a <record> has no model attribute")
        }
        var row = RowBuilder()
        if let id = record.attribute("id") {
            row.cells.append(("id", SourceCell(value: id, at: record.position)))
        }
        while let event = try source.next() {
            switch event {
            case .startElement(let element) where element.namespaceURI == nil && element.localName == "field":
                let content = try source.readContent()
                row.addField(element, text: content.text, hasChildElements: content.hasChildElements)
            case .startElement(let element):
                row.issue(at: element, "<\(element.localName)> is not read in a <record>: only <field> is")
                try source.skipElement()
            case .endElement:
                addRow(row, model: model, line: record.position.line)
                return
            case .text:
                continue
            }
        }
    }

    private mutating func addRow(_ row: RowBuilder, model: String, line: Int) {
        let index: Int
        if let existing = tableIndex[model] {
            index = existing
        } else {
            index = tables.count
            tableIndex[model] = index
            tables.append(SourceTableBuilder(model: model, line: line, header: ["id"]))
        }
        tables[index].addRow(line: line, cells: row.cells, issues: row.issues)
    }
}

/// The cells and issues of one `<record>` as its fields are read.
private struct RowBuilder {
    var cells: [(column: String, cell: SourceCell)] = []
    var issues: [Diagnostic] = []
    private var seen: Set<String> = []

    mutating func issue(at element: XMLStartElement, _ message: String) {
        issues.append(Diagnostic(at: element.position, message: message))
    }

    /// Adds the value of a `<field>` element, or an issue saying why it cannot be read.
    mutating func addField(_ field: XMLStartElement, text: String, hasChildElements: Bool) {
        guard let name = field.attribute("name") else {
            issue(at: field, "a <field> has no name attribute")
            return
        }
        guard seen.insert(name).inserted else {
            issue(at: field, "field \(name) is given twice")
            return
        }
        let cell = { (value: String) in SourceCell(value: value, at: field.position) }
        if let search = field.attribute("search") {
            issue(at: field, "field \(name): search=\"\(search)\" is not supported (it needs Odoo's database)")
        } else if let ref = field.attribute("ref") {
            cells.append(("\(name)/id", cell(ref)))
        } else if let expression = field.attribute("eval") {
            guard let value = OdooEvalLiteral.text(of: expression) else {
                issue(
                    at: field,
                    "field \(name): the eval expression \"\(expression)\" is not supported (only True, False, numbers and quoted strings are)"
                )
                return
            }
            cells.append((name, cell(value)))
        } else if let file = field.attribute("file") {
            issue(at: field, "field \(name): file=\"\(file)\" is not supported")
        } else if hasChildElements {
            issue(at: field, "field \(name): nested elements are not supported")
        } else {
            cells.append((name, cell(text)))
        }
    }
}
