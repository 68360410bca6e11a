import LotraceXML

/// Writes UBL's two component kinds on an `XMLWriter`: aggregates (`cac:`, elements with
/// children) and basic components (`cbc:`, text with optional attributes such as `unitCode`).
struct UBLWriter {
    let writer: XMLWriter

    /// Opens `cac:name`.
    func open(_ name: String) throws(XMLWriterError) {
        try writer.start(name, in: DespatchAdviceXML.cac)
    }

    /// Closes the `count` innermost aggregates.
    func close(_ count: Int = 1) throws(XMLWriterError) {
        for _ in 0..<count { try writer.end() }
    }

    /// `<cbc:name attributes...>value</cbc:name>`.
    func basic(_ name: String, _ value: String, attributes: KeyValuePairs<String, String> = [:]) throws(XMLWriterError) {
        try writer.element(name, in: DespatchAdviceXML.cbc, text: value, attributes: attributes, source: name)
    }
}
