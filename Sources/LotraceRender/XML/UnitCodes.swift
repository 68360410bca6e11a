import LotraceCore

/// Odoo units of measure as UN/ECE Recommendation 20 codes (the `unitCode` of UBL quantities
/// and the `uom` of EPCIS quantities): Odoo 17-19's default unit names, plus the `unitCodes`
/// of `lotrace.json`, which win. Names match exactly (case and spaces matter).
public struct UnitCodes: Sendable {
    /// Rec 20 "one" (a count of pieces): EPCIS leaves `uom` out for counts of trade items.
    public static let piece = "C62"

    /// Odoo's default units (uom module data) and their usual spellings.
    static let builtIn: [String: String] = [
        "Units": "C62", "Unit": "C62", "Unit(s)": "C62", "Dozens": "DZN", "Dozen": "DZN",
        "kg": "KGM", "g": "GRM", "mg": "MGM", "t": "TNE", "lb": "LBR", "lb(s)": "LBR", "oz": "ONZ", "oz(s)": "ONZ",
        "L": "LTR", "l": "LTR", "Liters": "LTR", "ml": "MLT", "mL": "MLT", "m³": "MTQ", "m3": "MTQ",
        "fl oz (US)": "OZA", "qt (US)": "QTL", "gal (US)": "GLL", "in³": "INQ", "ft³": "FTQ",
        "m": "MTR", "mm": "MMT", "cm": "CMT", "km": "KMT", "in": "INH", "ft": "FOT", "yd": "YRD", "mi": "SMI",
        "m²": "MTK", "m2": "MTK", "ft²": "FTK", "Hours": "HUR", "Days": "DAY", "Weeks": "WEE",
    ]

    private let codes: [ExactText: String]

    /// The built-in table with `overrides` (unit name -> code) over it.
    public init(overrides: [String: String] = [:]) {
        var codes: [ExactText: String] = [:]
        for (name, code) in Self.builtIn { codes[ExactText(name)] = code }
        for (name, code) in overrides { codes[ExactText(name)] = code }
        self.codes = codes
    }

    /// The code of unit `name`; nil when it has none.
    public func code(for name: String) -> String? { codes[ExactText(name)] }

    /// The note for a unit without a code.
    static func missing(_ unit: String) -> String {
        "unit \"\(unit)\" has no UN/ECE Rec 20 code: add it under \"unitCodes\" in lotrace.json"
    }
}
