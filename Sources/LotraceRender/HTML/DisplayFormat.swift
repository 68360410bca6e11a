import LotraceCore

/// How pages show typed values. Quantities stay exact (every digit of the export is shown),
/// with thousands separators and at least two decimals as Odoo prints them ("1,250.00");
/// dates are the exported naive local times.
public enum DisplayFormat {
    /// "1,250.00", "0.125", "-3.50".
    public static func quantity(_ quantity: Quantity) -> String {
        let text = Array(quantity.description.utf8)
        let negative = text.first == UInt8(ascii: "-")
        let digits = negative ? text[1...] : text[...]
        let point = digits.firstIndex(of: UInt8(ascii: ".")) ?? digits.endIndex
        var out: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        out.reserveCapacity(text.count + text.count / 3 + 3)
        let whole = digits[..<point]
        for (offset, digit) in whole.enumerated() {
            if offset > 0 && (whole.count - offset) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(digit)
        }
        out.append(UInt8(ascii: "."))
        let fraction = point < digits.endIndex ? digits[(point + 1)...] : []
        out.append(contentsOf: fraction)
        for _ in fraction.count..<max(2, fraction.count) { out.append(UInt8(ascii: "0")) }
        return String(decoding: out, as: UTF8.self)
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
