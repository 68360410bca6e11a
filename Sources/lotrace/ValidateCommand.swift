import ArgumentParser
import Foundation
import LotraceXML

/// `lotrace validate FILE... --schema XSD`: W3C XML Schema validation with libxml2, every
/// problem with its line.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate XML files against an XML Schema (Lotrace's own, UBL, EPCIS...).",
        discussion: """
            Prints FILE:LINE:COLUMN: message for every problem (column 0 when libxml2 gives none) and \
            FILE: valid otherwise. Without --schema, Lotrace's own documents are recognised by their root \
            element (data, trace, expiryAlerts in urn:lotrace:1) and checked against the schemas folder.
            An official schema whose main file imports ../common/... (OASIS UBL) needs --schema-root \
            set to the folder holding both. Exit codes: 0 all valid; 65 a file is invalid or not \
            well-formed; 1 a file or the schema cannot be read.
            """)

    @Argument(help: "The XML files.")
    var files: [String]

    @Option(help: "The XSD file, or a Lotrace schema name: data, trace, expiry.")
    var schema: String?

    @Option(help: "Folder the schema may load imported schemas from (default: the schema's folder).")
    var schemaRoot: String?

    @Option(help: "Folder of Lotrace's XML schemas (default as for the other commands).")
    var schemas: String?

    /// Lotrace's schemas by name, and the names of its documents' root elements.
    static let named = ["data": "lotrace-data.xsd", "trace": "lotrace-trace.xsd", "expiry": "lotrace-expiry.xsd"]
    static let roots = ["data": "data", "trace": "trace", "expiryAlerts": "expiry"]

    func run() throws {
        var compiled: [String: XMLSchema] = [:]
        var invalid = false
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                StandardError.write("lotrace: cannot read \(file)")
                throw ExitCode.failure
            }
            let bytes = Array(data)
            let path = try schemaPath(for: bytes, file: file)
            let schema: XMLSchema
            if let known = compiled[path] {
                schema = known
            } else {
                do {
                    schema = try XMLSchema(path: path, loadsUnder: schemaRoot)
                } catch {
                    StandardError.write("lotrace: schema \(error)")
                    throw ExitCode.failure
                }
                compiled[path] = schema
            }
            let problems = schema.problems(in: bytes, documentName: file)
            if problems.isEmpty {
                print("\(file): valid")
            } else {
                invalid = true
                for problem in problems { print("\(file):\(problem)") }
            }
        }
        if invalid { throw ExitCode(65) }
    }

    /// `--schema` as a path or a Lotrace schema name; without it, the Lotrace schema of the
    /// document's root element.
    private func schemaPath(for bytes: [UInt8], file: String) throws -> String {
        if let schema, Self.named[schema] == nil { return schema }
        let fileName: String
        if let schema, let known = Self.named[schema] {
            fileName = known
        } else if let root = Self.rootElement(bytes), root.namespaceURI == "urn:lotrace:1",
            let name = Self.roots[root.localName], let known = Self.named[name]
        {
            fileName = known
        } else {
            StandardError.write("lotrace: \(file) is not a Lotrace document: give its schema with --schema FILE.xsd")
            throw ExitCode(64)
        }
        let arguments = schemas.map { ["--schemas", $0] } ?? []
        guard let folder = try DataOptions.parse(arguments).schemasDirectory else {
            StandardError.write("lotrace: cannot find the schemas folder: give it with --schemas DIR")
            throw ExitCode.failure
        }
        return (folder as NSString).appendingPathComponent(fileName)
    }

    /// The document's root element, nil when the document cannot be read that far.
    private static func rootElement(_ bytes: [UInt8]) -> XMLStartElement? {
        guard let reader = try? XMLStreamReader(bytes: bytes, documentName: "root") else { return nil }
        while let event = try? reader.next() {
            if case .startElement(let element) = event { return element }
        }
        return nil
    }
}
