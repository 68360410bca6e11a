/// Lookups in the Syntax Dictionary table, and the General Specifications' prefix tables the
/// dictionary does not carry (AI length and predefined value length by two-digit prefix).
public enum GS1Dictionary {
    private static let byAI: [String: GS1AIDefinition] = Dictionary(
        definitions.map { ($0.ai, $0) }, uniquingKeysWith: { first, _ in first })

    /// AI length per two-digit prefix, as the table uses them (every AI of a prefix has one length).
    static let aiLengthByPrefix: [String: Int] = Dictionary(
        definitions.map { (String($0.ai.prefix(2)), $0.ai.count) }, uniquingKeysWith: { first, _ in first })

    /// Gen Specs figure "element strings with predefined length": value length per AI prefix.
    /// These AIs never need an FNC1 separator; every other AI does.
    static let predefinedValueLength: [String: Int] = [
        "00": 18, "01": 14, "02": 14, "03": 14, "04": 16, "11": 6, "12": 6, "13": 6, "14": 6, "15": 6, "16": 6,
        "17": 6, "18": 6, "19": 6, "20": 2, "31": 6, "32": 6, "33": 6, "34": 6, "35": 6, "36": 6, "41": 13,
    ]

    /// The dictionary's entry for `ai`, nil when it has none.
    public static func definition(of ai: String) -> GS1AIDefinition? { byAI[ai] }

    /// The AI at the start of `bytes` (2 to 4 digits), nil when no known AI starts there.
    static func definition(startOf bytes: ArraySlice<UInt8>) -> GS1AIDefinition? {
        for length in 2...4 where bytes.count >= length {
            let digits = bytes.prefix(length)
            guard digits.allSatisfy(ASCII.isDigit) else { return nil }
            if let found = byAI[String(decoding: digits, as: UTF8.self)] { return found }
        }
        return nil
    }

    /// An AI the dictionary does not know, accepted as CSET 82 data: nil when `ai` is not 2 to 4
    /// digits, clashes with a known AI (one is a prefix of the other) or has the wrong length
    /// for its prefix.
    static func unknown(_ ai: String) -> GS1AIDefinition? {
        let bytes = Array(ai.utf8)
        guard (2...4).contains(bytes.count), bytes.allSatisfy(ASCII.isDigit) else { return nil }
        let prefix = String(ai.prefix(2))
        if let length = aiLengthByPrefix[prefix], length != bytes.count { return nil }
        guard !definitions.contains(where: { $0.ai.hasPrefix(ai) || ai.hasPrefix($0.ai) }) else { return nil }
        let fixed = predefinedValueLength[prefix]
        return GS1AIDefinition(
            ai: ai, separatorRequired: fixed == nil, dataAttribute: false,
            components: [GS1Component(.cset82, min: fixed ?? 1, max: fixed ?? 90, optional: false, linters: [])],
            requires: [], excludes: [], primaryKey: nil, title: "UNKNOWN", isUnknown: true)
    }

    /// True when `ai` matches `pattern` ("31nn": n stands for any digit).
    static func matches(_ ai: String, pattern: String) -> Bool {
        ai.utf8.count == pattern.utf8.count
            && zip(ai.utf8, pattern.utf8).allSatisfy { $1 == UInt8(ascii: "n") || $0 == $1 }
    }
}
