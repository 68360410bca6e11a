/// Code-value linters: ISO code lists (3166, 4217, 5218), zero/non-zero rules, yes/no, winding
/// direction, hyphen, AIDC media type.
enum GS1CodeLinters {
    static func check(_ linter: GS1Linter, _ data: [UInt8]) -> GS1LintFailure? {
        let text = ASCII.text(data)
        let whole = 0..<data.count
        switch linter {
        case .iso3166: return listed(GS1CodeLists.countryNumeric.contains(text), .notISO3166, whole)
        case .iso3166999:
            return listed(text == "999" || GS1CodeLists.countryNumeric.contains(text), .notISO3166Or999, whole)
        case .iso3166alpha2: return listed(GS1CodeLists.countryAlpha2.contains(text), .notISO3166Alpha2, whole)
        case .iso4217: return listed(GS1CodeLists.currencyNumeric.contains(text), .notISO4217, whole)
        case .iso5218: return listed(["0", "1", "2", "9"].contains(text), .invalidBiologicalSexCode, whole)
        case .yesno: return listed(["0", "1"].contains(text), .notZeroOrOne, whole)
        case .winding: return listed(["0", "1", "9"].contains(text), .invalidWindingDirection, whole)
        case .zero: return listed(!data.isEmpty && data.allSatisfy { $0 == 0x30 }, .notZero, whole)
        case .hyphen: return listed(!data.isEmpty && data.allSatisfy { $0 == UInt8(ascii: "-") }, .notHyphen, whole)
        case .mediatype:
            let known = data.count == 2 && data.allSatisfy(ASCII.isDigit)
                && ((1...10).contains(ASCII.number(data)) || (80...99).contains(ASCII.number(data)))
            return listed(known, .invalidMediaType, whole)
        case .nonzero:
            if let bad = GS1CharacterSetLinters.firstOutside(data, .nonDigitCharacter, ASCII.isDigit) { return bad }
            return listed(data.contains { $0 != 0x30 }, .illegalZeroValue, whole)
        default:
            if let bad = GS1CharacterSetLinters.firstOutside(data, .nonDigitCharacter, ASCII.isDigit) { return bad }
            return listed(data.first != 0x30, .illegalZeroPrefix, 0..<1)
        }
    }

    private static func listed(_ ok: Bool, _ error: GS1LintError, _ range: Range<Int>) -> GS1LintFailure? {
        ok ? nil : GS1LintFailure(error, range)
    }
}
