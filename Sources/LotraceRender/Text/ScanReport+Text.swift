import LotraceCore

extension ScanReport {
    /// The scan as plain text: one line of what was read ("Scanned (01)...(10)... → product
    /// FL-1"), a blank line, then the trace exactly as `lotrace trace` prints it. Problems are
    /// not part of it (the command prints them on standard error); refused data prints nothing.
    public var text: String {
        guard !elements.isEmpty else { return "" }
        var line = "Scanned " + GS1Message(elements: elements).bracketed
        if let product { line += " \u{2192} product \(product)" }
        if let expiry { line += ", expiry \(expiry.dateText)" }
        return line + "\n" + (trace.map { "\n" + $0.text } ?? "")
    }
}
