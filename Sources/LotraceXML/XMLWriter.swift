internal import CLibXML2

/// Writes one XML document into memory through libxml2's xmlTextWriter, so markup is never
/// assembled by hand: text and attribute values are escaped by libxml2, and what libxml2 would
/// pass through unchecked is checked here first.
///
/// - Names must be XML names (ASCII NCNames, the writer's callers use constants).
/// - Namespaces are tracked in scope: an element in a namespace that is not bound to its prefix
///   yet gets the declaration on itself; an unqualified element under a default namespace gets
///   `xmlns=""`. Extra declarations (for the root) can be passed to `start`.
/// - Text and attribute values must be XML 1.0 characters: C0 controls other than tab, LF and
///   CR, U+FFFE and U+FFFF are refused (`.reject`, the default) or replaced by U+FFFD
///   (`.replace`, counted in `replacedCharacters`). Bytes handed in as UTF-8 are decoded
///   strictly; errors name the element path, the caller's `source` and the byte offset.
///
/// Not Sendable: make and use a writer in one task.
public final class XMLWriter {
    /// What to do with characters XML 1.0 cannot hold.
    public enum ControlCharacters: Sendable {
        /// Throw `.invalidCharacter`.
        case reject
        /// Write U+FFFD instead, and count it.
        case replace
    }

    /// One open element.
    private struct Frame {
        var qualifiedName: String
        /// Sibling position (1-based) among same-named children of its parent.
        var position: Int
        /// Prefix (nil: default) to URI bindings declared on this element ("" undeclares the default).
        var bindings: [String?: String]
        var childCounts: [String: Int] = [:]
    }

    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private let policy: ControlCharacters
    private var stack: [Frame] = []
    private var rootWritten = false
    private var attributesOpen = false
    private var finished = false

    /// How many characters `.replace` replaced so far.
    public private(set) var replacedCharacters = 0

    /// Starts a UTF-8 document (`<?xml version="1.0" encoding="UTF-8"?>`), indented with
    /// `indent` per level (nil: no indentation, no line breaks).
    public init(indent: String? = "  ", controlCharacters: ControlCharacters = .reject) throws(XMLWriterError) {
        LibXML.prepare()
        policy = controlCharacters
        guard let buffer = xmlBufferCreate() else {
            throw XMLWriterError(kind: .libxml, path: "/", message: "cannot allocate the output buffer")
        }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLWriterError(kind: .libxml, path: "/", message: "cannot create an XML writer")
        }
        self.buffer = buffer
        self.writer = writer
        if let indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, indent)
        }
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "cannot start the document")
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens element `name` in `namespace` (nil: no namespace), declaring `declaring` on it too.
    public func start(
        _ name: String, in namespace: XMLNamespace? = nil, declaring: [XMLNamespace] = []
    ) throws(XMLWriterError) {
        try requireOpenDocument()
        guard !Self.hasColon(name), XMLCharacters.isName(name) else {
            throw error(.invalidName, "\"\(name)\" is not an XML element name")
        }
        guard !(stack.isEmpty && rootWritten) else {
            throw error(.misuse, "a document has one root element; <\(name)> would be a second")
        }
        if let prefix = namespace?.prefix, !XMLCharacters.isName(prefix) || Self.hasColon(prefix) {
            throw error(.invalidName, "\"\(prefix)\" is not a namespace prefix")
        }
        var bindings: [String?: String] = [:]
        var order: [XMLNamespace] = []
        for binding in declaring + [namespace ?? XMLNamespace(prefix: nil, uri: "")] {
            if let existing = bindings.isEmpty ? nil : bindings[binding.prefix] {
                guard existing == binding.uri else {
                    throw error(.misuse, "prefix \(binding.prefix ?? "(default)") bound twice on <\(name)>")
                }
                continue
            }
            let inScope = uri(bound: binding.prefix) ?? ""
            let isRequested = !declaring.isEmpty && declaring.contains(binding)
            guard isRequested || inScope != binding.uri else { continue }
            bindings[binding.prefix] = binding.uri
            order.append(binding)
        }
        let qualified = namespace?.prefix.map { "\($0):\(name)" } ?? name
        var position = 1
        if !stack.isEmpty {
            // One lookup of the name: counted and read in place.
            func counted(_ count: inout Int) -> Int {
                count += 1
                return count
            }
            position = counted(&stack[stack.count - 1].childCounts[qualified, default: 0])
        }
        stack.append(Frame(qualifiedName: qualified, position: position, bindings: bindings))
        rootWritten = true
        try check(xmlTextWriterStartElement(writer, qualified), "cannot start <\(qualified)>")
        for binding in order {
            try check(
                xmlTextWriterWriteAttribute(writer, binding.declarationName, binding.uri),
                "cannot declare \(binding.declarationName)")
        }
        attributesOpen = true
    }

    /// Writes attribute `name` on the element just opened (before any content); a namespaced
    /// attribute needs a prefixed namespace already in scope.
    public func attribute(
        _ name: String, _ value: String, in namespace: XMLNamespace? = nil, source: String? = nil
    ) throws(XMLWriterError) {
        try requireOpenDocument()
        guard attributesOpen else {
            throw error(.misuse, "attribute \(name) must follow the start of its element", source: source)
        }
        guard !Self.hasColon(name), XMLCharacters.isName(name), !name.hasPrefix("xmlns") else {
            throw error(.invalidName, "\"\(name)\" is not an attribute name", source: source)
        }
        var qualified = name
        if let namespace {
            guard let prefix = namespace.prefix, uri(bound: prefix) == namespace.uri else {
                throw error(.misuse, "attribute \(name)'s namespace \(namespace.uri) has no prefix in scope")
            }
            qualified = "\(prefix):\(name)"
        }
        let checked = try checked(value, source: source)
        try check(xmlTextWriterWriteAttribute(writer, qualified, checked), "cannot write attribute \(qualified)")
    }

    /// Writes `value` as character data of the open element (escaped by libxml2).
    public func text(_ value: String, source: String? = nil) throws(XMLWriterError) {
        try requireOpenDocument()
        guard !stack.isEmpty else { throw error(.misuse, "text must be inside an element", source: source) }
        let checked = try checked(value, source: source)
        attributesOpen = false
        try check(xmlTextWriterWriteString(writer, checked), "cannot write text")
    }

    /// Writes bytes that should be UTF-8 as character data; bytes that are not UTF-8 are an
    /// `.invalidUTF8` error naming the element, `source` and the byte offset.
    public func text(utf8 bytes: some Collection<UInt8>, source: String? = nil) throws(XMLWriterError) {
        switch XMLCharacters.decode(bytes) {
        case .success(let value):
            try text(value, source: source)
        case .failure(let failure):
            throw error(.invalidUTF8, "not UTF-8 at byte \(failure.offset)", source: source)
        }
    }

    /// Closes the innermost open element.
    public func end() throws(XMLWriterError) {
        try requireOpenDocument()
        guard !stack.isEmpty else { throw error(.misuse, "no element is open") }
        try check(xmlTextWriterEndElement(writer), "cannot end <\(stack[stack.count - 1].qualifiedName)>")
        stack.removeLast()
        attributesOpen = false
    }

    /// Writes `<name attributes...>text</name>` in one call.
    public func element(
        _ name: String, in namespace: XMLNamespace? = nil, text value: String,
        attributes: KeyValuePairs<String, String> = [:], source: String? = nil
    ) throws(XMLWriterError) {
        try start(name, in: namespace)
        for (attributeName, attributeValue) in attributes {
            try attribute(attributeName, attributeValue, source: source)
        }
        try text(value, source: source)
        try end()
    }

    /// Ends the document and returns its bytes (UTF-8, ending with a line break).
    public func finish() throws(XMLWriterError) -> [UInt8] {
        try requireOpenDocument()
        guard rootWritten else { throw error(.misuse, "the document has no root element") }
        guard stack.isEmpty else {
            throw error(.misuse, "\(stack.count) element(s) still open")
        }
        try check(xmlTextWriterEndDocument(writer), "cannot end the document")
        try check(xmlTextWriterFlush(writer), "cannot flush the document")
        finished = true
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    /// The URI bound to `prefix` in scope (nil: unbound; "" for an undeclared default).
    private func uri(bound prefix: String?) -> String? {
        for frame in stack.reversed() where !frame.bindings.isEmpty {
            if let uri = frame.bindings[prefix] { return uri }
        }
        return nil
    }

    /// `value` after the control-character policy.
    private func checked(_ value: String, source: String?) throws(XMLWriterError) -> String {
        guard let (scalar, position) = XMLCharacters.firstDisallowed(in: value) else { return value }
        switch policy {
        case .reject:
            let code = String(scalar.value, radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
            throw error(
                .invalidCharacter, "character U+\(padded) at position \(position) cannot appear in XML 1.0",
                source: source)
        case .replace:
            let (replaced, count) = XMLCharacters.replacingDisallowed(in: value)
            replacedCharacters += count
            return replaced
        }
    }

    /// True when `name` holds a colon (a byte test: a Character search would segment graphemes).
    private static func hasColon(_ name: String) -> Bool { name.utf8.contains(UInt8(ascii: ":")) }

    private func requireOpenDocument() throws(XMLWriterError) {
        guard !finished else { throw error(.misuse, "the document is already finished") }
    }

    private func check(_ result: Int32, _ message: String) throws(XMLWriterError) {
        guard result >= 0 else { throw error(.libxml, message) }
    }

    /// The element path: `/root/child[2]/...` (the root without a position).
    private var path: String {
        guard let root = stack.first else { return "/" }
        return "/" + root.qualifiedName
            + stack.dropFirst().map { "/\($0.qualifiedName)[\($0.position)]" }.joined()
    }

    private func error(_ kind: XMLWriterError.Kind, _ message: String, source: String? = nil) -> XMLWriterError {
        XMLWriterError(kind: kind, path: path, source: source, message: message)
    }
}
