/// Global Trade Item Numbers as products carry them (GTIN-8, -12, -13 or -14).
public enum GTIN {
    /// The 14-digit form (left-padded with zeros) of a GTIN-8/12/13/14 whose check digit is
    /// right; nil for anything else (an internal barcode, a typo).
    public static func normalised(_ text: String) -> String? {
        let digits = Array(text.utf8)
        guard [8, 12, 13, 14].contains(digits.count), digits.allSatisfy(ASCII.isDigit),
            GS1CheckLinters.checkDigit(of: digits.dropLast()) == digits.last
        else { return nil }
        return String(repeating: "0", count: 14 - digits.count) + text
    }
}
