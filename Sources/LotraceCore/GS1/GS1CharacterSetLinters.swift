/// Character-set linters: csetnumeric, cset82, cset39, cset64, hasnondigit, pcenc, importeridx.
enum GS1CharacterSetLinters {
    /// CSET 82 in GS1's order (the order gives the values of the csumalpha check pair).
    static let cset82 = Array("!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz".utf8)
    private static let cset82Set = Set(cset82)
    private static let cset39Set = Set("#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)

    static func isCSET82(_ byte: UInt8) -> Bool { cset82Set.contains(byte) }

    private static func isCSET64(_ byte: UInt8) -> Bool {
        ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    static func check(_ linter: GS1Linter, _ data: [UInt8]) -> GS1LintFailure? {
        switch linter {
        case .csetnumeric: firstOutside(data, .nonDigitCharacter, ASCII.isDigit)
        case .cset82: firstOutside(data, .invalidCSET82Character, isCSET82)
        case .cset39: firstOutside(data, .invalidCSET39Character, cset39Set.contains)
        case .cset64: cset64(data)
        case .hasnondigit:
            data.allSatisfy(ASCII.isDigit) ? GS1LintFailure(.requiresNonDigitCharacter, 0..<data.count) : nil
        case .pcenc: percentEncoding(data)
        default: importerIndex(data)
        }
    }

    /// The first byte that is not `allowed`.
    static func firstOutside(_ data: [UInt8], _ error: GS1LintError, _ allowed: (UInt8) -> Bool) -> GS1LintFailure? {
        guard let bad = data.firstIndex(where: { !allowed($0) }) else { return nil }
        return GS1LintFailure(error, bad..<bad + 1)
    }

    /// base64url; "=" padding (at most two) only when the whole length is a multiple of 3.
    private static func cset64(_ data: [UInt8]) -> GS1LintFailure? {
        let pads = data.reversed().prefix { $0 == UInt8(ascii: "=") }.count
        if pads > 2 || (pads > 0 && data.count % 3 != 0) {
            return GS1LintFailure(.invalidCSET64Padding, data.count - pads..<data.count)
        }
        return firstOutside(Array(data.dropLast(pads)), .invalidCSET64Character, isCSET64)
    }

    /// Every "%" starts "%" + two hexadecimal digits.
    private static func percentEncoding(_ data: [UInt8]) -> GS1LintFailure? {
        var index = 0
        while index < data.count {
            if data[index] == UInt8(ascii: "%") {
                let end = min(index + 3, data.count)
                let digits = data[index + 1..<end]
                guard digits.count == 2, digits.allSatisfy({ ASCII.hexValue($0) != nil }) else {
                    return GS1LintFailure(.invalidPercentSequence, index..<end)
                }
                index += 3
            } else {
                index += 1
            }
        }
        return nil
    }

    /// One character of [0-9A-Za-z_-].
    private static func importerIndex(_ data: [UInt8]) -> GS1LintFailure? {
        guard data.count == 1 else { return GS1LintFailure(.importerIndexMustBeOneCharacter, 0..<data.count) }
        return firstOutside(data, .invalidImporterIndexCharacter, isCSET64)
    }
}
