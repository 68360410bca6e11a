/// Check-character linters: csum (GS1 mod 10), csumalpha (check character pair), gcppos1/2
/// and iban (ISO 13616 mod 97).
enum GS1CheckLinters {
    private static let cset32 = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ".utf8)
    /// The first 97 primes: the csumalpha weights, from the rightmost character.
    private static let primes: [Int] = {
        var found: [Int] = []
        var candidate = 2
        while found.count < 97 {
            if found.allSatisfy({ candidate % $0 != 0 }) { found.append(candidate) }
            candidate += 1
        }
        return found
    }()

    static func check(_ linter: GS1Linter, _ data: [UInt8]) -> GS1LintFailure? {
        switch linter {
        case .csum: modulo10(data)
        case .csumalpha: checkPair(data)
        case .gcppos1: companyPrefix(data, from: 0)
        case .gcppos2: companyPrefix(data, from: 1)
        default: GS1IBANLinter.check(data)
        }
    }

    /// The GS1 mod 10 check digit of `digits` (weights 3, 1, 3... from the rightmost).
    static func checkDigit<Digits: BidirectionalCollection<UInt8>>(of digits: Digits) -> UInt8 {
        var sum = 0
        for (index, digit) in digits.reversed().enumerated() { sum += Int(digit - 0x30) * (index % 2 == 0 ? 3 : 1) }
        return UInt8((10 - sum % 10) % 10) + 0x30
    }

    private static func modulo10(_ data: [UInt8]) -> GS1LintFailure? {
        guard !data.isEmpty else { return GS1LintFailure(.tooShortForCheckDigit, 0..<0) }
        if let bad = GS1CharacterSetLinters.firstOutside(data, .nonDigitCharacter, ASCII.isDigit) { return bad }
        guard checkDigit(of: data.dropLast()) == data.last else {
            return GS1LintFailure(.incorrectCheckDigit, data.count - 1..<data.count)
        }
        return nil
    }

    /// The two check characters of `data` (Gen Specs 7.9.5).
    static func checkPair(of data: ArraySlice<UInt8>) -> [UInt8] {
        var sum = 0
        for (index, byte) in data.reversed().enumerated() {
            sum += (GS1CharacterSetLinters.cset82.firstIndex(of: byte) ?? 0) * primes[index]
        }
        let check = sum % 1021
        return [cset32[check >> 5], cset32[check & 31]]
    }

    private static func checkPair(_ data: [UInt8]) -> GS1LintFailure? {
        guard data.count >= 2 else { return GS1LintFailure(.tooShortForCheckPair, 0..<data.count) }
        guard data.count - 2 <= primes.count else {
            return GS1LintFailure(.tooLongForCheckPairImplementation, 0..<data.count)
        }
        let body = data.dropLast(2)
        if let bad = body.firstIndex(where: { !GS1CharacterSetLinters.isCSET82($0) }) {
            return GS1LintFailure(.invalidCSET82Character, bad..<bad + 1)
        }
        guard checkPair(of: body) == Array(data.suffix(2)) else {
            return GS1LintFailure(.incorrectCheckPair, data.count - 2..<data.count)
        }
        return nil
    }

    /// A GS1 Company Prefix (at least 4 digits) starts at `start`.
    private static func companyPrefix(_ data: [UInt8], from start: Int) -> GS1LintFailure? {
        guard data.count >= start + 4 else { return GS1LintFailure(.tooShortForGCP, start..<max(start, data.count)) }
        guard data[start..<start + 4].allSatisfy(ASCII.isDigit) else {
            return GS1LintFailure(.invalidGCPPrefix, start..<start + 4)
        }
        return nil
    }
}
