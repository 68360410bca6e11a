import LotraceCore

/// The formats of the reports that have no document form: text for people, JSON for programs.
public enum TextOrJSON: String, Sendable, CaseIterable {
    case text
    /// Pretty-printed, keys in a fixed order, exact numbers; with a final line feed.
    case json
}

/// A report with a text and a JSON form.
protocol TextAndJSONReport {
    var text: String { get }
    var json: JSONValue { get }
}

extension TextAndJSONReport {
    /// The report in `format`.
    func render(_ format: TextOrJSON) -> RenderedDocument {
        switch format {
        case .text: RenderedDocument(text: text)
        case .json: RenderedDocument(text: json.serialized() + "\n")
        }
    }
}
