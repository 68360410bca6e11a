internal import CLibXML2

/// A compiled W3C XML Schema, ready to validate documents while they stream through an
/// `XMLStreamReader`. Compile it once and use it for many readers (one thread at a time).
///
/// The schema's own directory is added to the directories the process-wide external entity
/// loader may read from, so its relative `xs:include`/`xs:import` work; every schema it uses
/// must lie in that directory or below it.
public final class XMLSchema {
    let pointer: xmlSchemaPtr

    /// Loads and compiles the schema at `path`; throws `.schema` errors naming the file, line
    /// and libxml2's message.
    public init(path: String) throws(XMLError) {
        LibXML.prepare()
        let directory = path.split(separator: "/", omittingEmptySubsequences: false)
            .dropLast().joined(separator: "/")
        let base = path.hasPrefix("/") && directory.isEmpty ? "/" : directory
        guard LibXML.allowLoads(under: base.isEmpty ? "." : base) != nil else {
            throw XMLError(
                kind: .schema, file: path, line: 0, column: 0,
                message: "the schema's directory does not exist")
        }
        let collector = XMLErrorCollector(schemaFile: path)
        guard let parser = xmlSchemaNewParserCtxt(path) else {
            throw XMLError(
                kind: .schema, file: path, line: 0, column: 0,
                message: "cannot create a schema parser")
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        xmlSchemaSetParserStructuredErrors(parser, XMLErrorCollector.callback, collector.context)
        let schema = withExtendedLifetime(collector) { xmlSchemaParse(parser) }
        guard let schema else {
            throw collector.errors.first
                ?? XMLError(
                    kind: .schema, file: path, line: 0, column: 0,
                    message: "the schema cannot be compiled")
        }
        pointer = schema
    }

    deinit {
        xmlSchemaFree(pointer)
    }
}
