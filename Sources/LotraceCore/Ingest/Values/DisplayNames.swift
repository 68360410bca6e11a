/// Odoo display names: products "[CODE] Name", contacts "Company, Person", operation types
/// "Warehouse: Operation Type".
public enum DisplayNames {
    /// Splits "[CODE] Name" into its Internal Reference and name; a cell without the bracket
    /// prefix is a name alone.
    public static func parseProduct(_ display: String) -> (code: String?, name: String) {
        guard display.hasPrefix("["), let close = display.firstIndex(of: "]") else { return (nil, display) }
        let code = String(display[display.index(after: display.startIndex)..<close])
        var rest = display[display.index(after: close)...]
        guard rest.hasPrefix(" "), !code.isEmpty else { return (nil, display) }
        rest = rest.dropFirst()
        return (code, String(rest))
    }

    /// "[CODE] Name", or Name without a code.
    public static func product(code: String?, name: String) -> String {
        code.map { "[\($0)] \(name)" } ?? name
    }

    /// "Company, Person", or the name alone.
    public static func partner(company: String?, name: String) -> String {
        company.map { "\($0), \(name)" } ?? name
    }

    /// "Warehouse: Operation Type", or the name alone.
    public static func operationType(warehouse: String?, name: String) -> String {
        warehouse.map { "\($0): \(name)" } ?? name
    }
}
