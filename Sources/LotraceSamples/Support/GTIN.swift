/// GTIN-13 (EAN-13) barcodes with a correct GS1 check digit.
enum GTIN {
    /// Fictional GS1 company prefix "5060012" (country 50, company 60012).
    static let companyPrefix = "5060012"

    /// The 13-digit GTIN of item number `item` (0...99999) under the company prefix.
    static func gtin13(item: Int) -> String {
        var body = String(item)
        while body.count < 5 { body = "0" + body }
        let digits = companyPrefix + body
        return digits + String(checkDigit(of: digits))
    }

    /// The GS1 mod-10 check digit of 12 (or any number of) data digits.
    static func checkDigit(of digits: String) -> Int {
        var sum = 0
        for (offset, char) in digits.reversed().enumerated() {
            let value = Int(char.asciiValue! - 48)
            sum += offset % 2 == 0 ? value * 3 : value
        }
        return (10 - sum % 10) % 10
    }
}
