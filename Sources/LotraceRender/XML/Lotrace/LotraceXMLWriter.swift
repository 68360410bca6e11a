import LotraceCore
import LotraceXML

/// Writes Lotrace's own XML vocabulary (namespace `urn:lotrace:1`, types in
/// `schemas/lotrace-types.xsd`) on an `XMLWriter`: the element names and value forms every
/// Lotrace document shares with the interchange format (`lotrace-data.xsd`): `product`, `lot`,
/// `location`, `partner`, `reference`, `quantity unit="..."`, and local date-times as
/// `2025-03-01T08:30:00` (the exports' naive times; the document root says their time zone).
///
/// User text goes through with U+FFFD in place of characters XML 1.0 cannot hold (ingest already
/// rejects rows holding them, so only hand-made datasets reach that), counted by the writer.
struct LotraceXMLWriter {
    /// Lotrace's namespace, the default namespace of its documents.
    static let namespace = XMLNamespace(prefix: nil, uri: "urn:lotrace:1")

    let writer: XMLWriter

    /// A writer for one document.
    init() throws(XMLWriterError) {
        writer = try XMLWriter(controlCharacters: .replace)
    }

    /// Opens an element in Lotrace's namespace.
    func start(_ name: String) throws(XMLWriterError) {
        try writer.start(name, in: Self.namespace)
    }

    /// Closes the innermost element.
    func end() throws(XMLWriterError) {
        try writer.end()
    }

    /// `<name>value</name>`; `source` names the field in errors.
    func text(_ name: String, _ value: String, source: String? = nil) throws(XMLWriterError) {
        try writer.element(name, in: Self.namespace, text: value, source: source ?? name)
    }

    /// `<name>value</name>` when `value` is neither nil nor empty.
    func optionalText(_ name: String, _ value: String?) throws(XMLWriterError) {
        guard let value, !value.isEmpty else { return }
        try text(name, value)
    }

    /// `<name>2025-03-01T08:30:00</name>`.
    func dateTime(_ name: String, _ value: LocalDateTime) throws(XMLWriterError) {
        try text(name, Self.isoText(value))
    }

    /// `<name>...</name>` when `value` is known.
    func optionalDateTime(_ name: String, _ value: LocalDateTime?) throws(XMLWriterError) {
        guard let value else { return }
        try dateTime(name, value)
    }

    /// `<name unit="kg">12.5</name>` (no `unit` attribute when the unit is unknown).
    func quantity(_ name: String, _ value: Quantity, unit: String) throws(XMLWriterError) {
        try start(name)
        if !unit.isEmpty { try writer.attribute("unit", unit, source: "unit") }
        try writer.text(value.description)
        try end()
    }

    /// `<lot><name/><product/></lot>`: a lot named by product key and lot name.
    func lotReference(product: String, lot: String) throws(XMLWriterError) {
        try start("lot")
        try text("name", lot, source: "lot name")
        try text("product", product)
        try end()
    }

    /// `2025-03-01T08:30:00`: ISO 8601 local date-time, as `lt:LocalDateTime`.
    static func isoText(_ value: LocalDateTime) -> String {
        var text = value.description
        let space = text.index(text.startIndex, offsetBy: 10)
        text.replaceSubrange(space...space, with: "T")
        return text
    }
}
