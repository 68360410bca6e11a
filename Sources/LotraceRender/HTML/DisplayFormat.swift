import LotraceCore

/// How pages show typed values. Quantities stay exact (every digit of the export is shown),
/// with thousands separators and at least two decimals as Odoo prints them ("1,250.00");
/// dates are the exported naive local times.
public enum DisplayFormat {
    /// "1,250.00", "0.125", "-3.50".
    public static func quantity(_ quantity: Quantity) -> String {
        let text = quantity.description
        let negative = text.hasPrefix("-")
        let digits = negative ? text.dropFirst() : Substring(text)
        let parts = digits.split(separator: ".", maxSplits: 1)
        var whole = ""
        for (offset, digit) in parts[0].reversed().enumerated() {
            if offset > 0 && offset % 3 == 0 { whole.append(",") }
            whole.append(digit)
        }
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.count < 2 { fraction.append("0") }
        return (negative ? "-" : "") + String(whole.reversed()) + "." + fraction
    }

    /// "1,250.00 kg"; the number alone without a unit.
    public static func quantity(_ quantity: Quantity, unit: String) -> String {
        unit.isEmpty ? self.quantity(quantity) : self.quantity(quantity) + " " + unit
    }

    /// "2025-03-07" ("" for none).
    public static func date(_ date: LocalDateTime?) -> String { date?.dateText ?? "" }

    /// "2025-03-07 08:00" ("" for none).
    public static func minutes(_ date: LocalDateTime?) -> String { date.map { String($0.description.prefix(16)) } ?? "" }

    /// "2025-03-07 08:00:00", as exported ("" for none).
    public static func dateTime(_ date: LocalDateTime?) -> String { date?.description ?? "" }

    /// "1 lot", "3 lots".
    public static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(grouped(count)) \(count == 1 ? noun : plural ?? noun + "s")"
    }

    /// "12,345".
    public static func grouped(_ value: Int) -> String { quantity(Quantity(value)).dropLast(3).description }
}
