import LotraceDiagnostics
import LotraceXML

/// Reads XML inputs: Odoo XML data files and Lotrace's own interchange format, told apart by
/// their root element.
public enum XMLInput {
    /// Reads an XML input (Odoo data file or Lotrace interchange document) into tables.
    ///
    /// `schemasDirectory` holds `lotrace-data.xsd`, against which a Lotrace document is
    /// validated while it is read; a Lotrace document cannot be read without it. Throws when
    /// the file cannot be used as a whole: not well-formed, a DOCTYPE or entity reference, an
    /// unknown root, or a Lotrace document whose structure breaks the schema outside a record.
    public static func read(bytes: [UInt8], fileName: String, schemasDirectory: String?) throws(Diagnostic) -> XMLInputDocument {
        let source = try XMLEventSource(bytes: bytes, fileName: fileName)
        let root = try source.root()
        switch (root.namespaceURI, root.localName) {
        case (nil, "odoo"), (nil, "openerp"):
            var reader = OdooDataFileReader(source: source)
            return try reader.read()
        case (LotraceDataReader.namespace, "data"):
            let schema = try lotraceSchema(in: schemasDirectory, root: root)
            var reader = LotraceDataReader(source: try XMLEventSource(bytes: bytes, fileName: fileName, schema: schema))
            return try reader.read()
        default:
            let namespace = root.namespaceURI.map { " in namespace \($0)" } ?? ""
            throw Diagnostic(at: root.position, message: "the root element <\(root.localName)>\(namespace) is neither an Odoo data file's <odoo> nor Lotrace's <data xmlns=\"\(LotraceDataReader.namespace)\">"
            )
        }
    }

    private static func lotraceSchema(in directory: String?, root: XMLStartElement) throws(Diagnostic) -> XMLSchema {
        guard let directory else {
            throw Diagnostic(at: root.position, message: "a Lotrace XML document is validated against \(LotraceDataReader.schemaFile), but no schemas directory was given")
        }
        do {
            return try XMLSchema(path: directory + "/" + LotraceDataReader.schemaFile)
        } catch {
            throw Diagnostic(at: SourcePosition(line: 0, column: 0), message: "cannot load the schema: \(error.description)")
        }
    }
}
