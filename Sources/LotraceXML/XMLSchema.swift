internal import CLibXML2

/// A compiled W3C XML Schema, ready to validate documents while they stream through an
/// `XMLStreamReader`. Compile it once and use it for many readers (one thread at a time).
///
/// The schema's own directory (or `loadsUnder`, for official schema trees whose main schema
/// imports `../common/...`, such as OASIS UBL) is added to the directories the process-wide
/// external entity loader may read from, so its relative `xs:include`/`xs:import` work; every
/// schema it uses must lie in that directory or below it.
public final class XMLSchema {
    let pointer: xmlSchemaPtr

    /// Loads and compiles the schema at `path`, letting it load files under `loadsUnder`
    /// (default: its own directory); throws `.schema` errors naming the file, line and
    /// libxml2's message.
    public init(path: String, loadsUnder root: String? = nil) throws(XMLError) {
        LibXML.prepare()
        let directory = path.split(separator: "/", omittingEmptySubsequences: false)
            .dropLast().joined(separator: "/")
        let base = root ?? (path.hasPrefix("/") && directory.isEmpty ? "/" : directory)
        guard LibXML.allowLoads(under: base.isEmpty ? "." : base) != nil else {
            throw XMLError(
                kind: .schema, file: path, line: 0, column: 0,
                message: "the directory the schema may load from does not exist: \(base)")
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
