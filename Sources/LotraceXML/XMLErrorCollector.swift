internal import CLibXML2

/// Collects the structured errors libxml2 reports for one reader or schema parser.
/// It reaches the C callback through an unretained context pointer; its owner keeps it alive.
final class XMLErrorCollector {
    /// Errors of level error or fatal, in the order libxml2 reported them (warnings are dropped).
    private(set) var errors: [XMLError] = []
    /// The first error that is not a validity error, if any: it ends the reading.
    private(set) var firstFatal: XMLError?
    /// Set for a schema parser, whose errors are about the schema file.
    private let schemaFile: String?

    init(schemaFile: String? = nil) {
        self.schemaFile = schemaFile
    }

    /// The context pointer to hand to libxml2 together with `callback`.
    var context: UnsafeMutableRawPointer {
        Unmanaged.passUnretained(self).toOpaque()
    }

    /// The C callback: records the error on the collector found through `context`.
    static let callback: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let collector = Unmanaged<XMLErrorCollector>.fromOpaque(context).takeUnretainedValue()
        collector.record(error.pointee)
    }

    private func record(_ error: xmlError) {
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let kind: XMLError.Kind
        if schemaFile != nil {
            kind = .schema
        } else if error.domain == Int32(XML_FROM_SCHEMASV.rawValue) {
            kind = .invalid
        } else {
            kind = .notWellFormed
        }
        let message = error.message.map { String(cString: $0) } ?? "error \(error.code)"
        var file = schemaFile
        if schemaFile != nil, let name = error.file {
            file = String(cString: name)
        }
        let recorded = XMLError(
            kind: kind, file: file, line: Int(error.line), column: Int(error.int2),
            message: message)
        errors.append(recorded)
        if kind != .invalid, firstFatal == nil { firstFatal = recorded }
    }

    /// The validity errors, in order.
    var validityErrors: [XMLError] {
        errors.filter { $0.kind == .invalid }
    }
}
