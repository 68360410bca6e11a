/// The `eval` attributes of Odoo data files that Lotrace reads: simple Python literals.
/// Anything else (expressions, `ref(...)`, lists, `None`) would need a Python interpreter and
/// Odoo's database, so it is not supported.
enum OdooEvalLiteral {
    /// The literal as cell text: `True`/`False`, an integer or decimal as written (optionally
    /// negative), or a quoted string's content (single or double quotes, no backslash escapes);
    /// nil when the expression is not such a literal. Spaces around the expression are ignored,
    /// as Python's `eval` does.
    static func text(of expression: String) -> String? {
        let trimmed = expression.trimmingASCIISpaces()
        if trimmed == "True" || trimmed == "False" { return trimmed }
        if isNumber(trimmed) { return trimmed }
        return stringContent(trimmed)
    }

    /// `-?[0-9]+(\.[0-9]+)?` without leading zeros in a whole number (Python rejects `007`).
    private static func isNumber(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" { digits.removeFirst() }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return false }
        if parts.count == 1, let whole = parts.first, whole.count > 1, whole.first == "0" {
            return whole.allSatisfy { $0 == "0" }
        }
        return true
    }

    private static func stringContent(_ text: String) -> String? {
        guard let quote = text.first, quote == "'" || quote == "\"", text.count >= 2,
            text.last == quote
        else { return nil }
        let content = text.dropFirst().dropLast()
        guard !content.contains(quote), !content.contains("\\"), !content.contains("\n") else {
            return nil
        }
        return String(content)
    }
}

extension String {
    /// The string without leading and trailing ASCII spaces and tabs.
    fileprivate func trimmingASCIISpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[start...end])
    }
}
