import LotraceCore

/// The formats of the reports that have no document form: text for people, JSON for programs.
/// Their reports are their own home: `RowAccounting` (`lotrace check`), `OnHandReport`
/// (`lotrace onhand`), `IntegrityAudit` (`lotrace audit`) and `ScanReport` (`lotrace scan`)
/// each `render(_:)` one of these (their text in `Text/`, their JSON in `JSON/`).
public enum TextOrJSON: String, Sendable, CaseIterable {
    case text
    /// Pretty-printed, keys in a fixed order, exact numbers; with a final line feed.
    case json
}

/// A report with a text and a JSON form.
public protocol TextAndJSONReport {
    var text: String { get }
    var json: JSONValue { get }
}

extension TextAndJSONReport {
    /// The report in `format`.
    public func render(_ format: TextOrJSON) -> RenderedDocument {
        switch format {
        case .text: RenderedDocument(text: text)
        case .json: RenderedDocument(text: json.serialized() + "\n")
        }
    }
}

extension RowAccounting: TextAndJSONReport {}
extension OnHandReport: TextAndJSONReport {}
extension IntegrityAudit: TextAndJSONReport {}
extension ScanReport: TextAndJSONReport {}
extension TraceReport: TextAndJSONReport {}
extension ExpiryAlertList: TextAndJSONReport {}
