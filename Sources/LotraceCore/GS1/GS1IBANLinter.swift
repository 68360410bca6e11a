/// The iban linter: an International Bank Account Number (ISO 13616) of 15 to 34 characters
/// (15 is the shortest in use), an ISO 3166 alpha-2 country, [0-9A-Z] only, mod 97 = 1.
enum GS1IBANLinter {
    static func check(_ data: [UInt8]) -> GS1LintFailure? {
        let whole = 0..<data.count
        guard data.count > 4 else { return GS1LintFailure(.ibanTooShort, whole) }
        guard data.count <= 34 else { return GS1LintFailure(.ibanTooLong, whole) }
        guard GS1CodeLists.countryAlpha2.contains(ASCII.text(data.prefix(2))) else {
            return GS1LintFailure(.illegalIBANCountryCode, 0..<2)
        }
        guard data.count >= 15 else { return GS1LintFailure(.ibanTooShort, whole) }
        let allowed: (UInt8) -> Bool = { ASCII.isDigit($0) || ASCII.isUpper($0) }
        if let bad = GS1CharacterSetLinters.firstOutside(data, .invalidIBANCharacter, allowed) { return bad }
        var remainder = 0
        for byte in data[4...] + data[..<4] {
            let value = ASCII.isDigit(byte) ? Int(byte - 0x30) : Int(byte - 0x41) + 10
            remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97
        }
        return remainder == 1 ? nil : GS1LintFailure(.incorrectIBANChecksum, 2..<4)
    }
}
