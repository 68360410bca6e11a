/// Reads element strings as a barcode carries them after its leading FNC1: AIs and values run
/// together, a separator (FNC1: GS 0x1D from scanners, "^" in GS1's notation) after each
/// variable-length value that is not last. A superfluous separator after a predefined-length
/// value or at the end is tolerated, as GS1's engine does.
public enum GS1ElementStringParser {
    /// The message in `bytes`; `offset` is added to reported positions (a symbology identifier
    /// before the data). Throws at the first problem.
    public static func parse(_ bytes: [UInt8], separator: UInt8, offset: Int = 0) throws(GS1Error) -> GS1Message {
        guard !bytes.isEmpty else { throw GS1Error(ai: nil, position: offset + 1, reason: "no element strings") }
        var elements: [GS1Element] = []
        var index = 0
        while index < bytes.count {
            guard let definition = GS1Dictionary.definition(startOf: bytes[index...]) else {
                let shown = ASCII.text(bytes[index..<min(index + 4, bytes.count)])
                throw GS1Error(ai: nil, position: offset + index + 1, reason: "no known AI starts at \"\(shown)\"")
            }
            let start = index + definition.ai.utf8.count
            let end = bytes[start...].firstIndex(of: separator) ?? bytes.count
            let valueEnd = definition.separatorRequired ? end : min(end, start + definition.maxLength)
            if !definition.separatorRequired && valueEnd - start < definition.maxLength {
                throw GS1Error(
                    ai: definition.ai, position: offset + start + 1,
                    reason: "too short: \(definition.maxLength) characters needed, has \(valueEnd - start)")
            }
            elements.append(
                try GS1ElementValidator.element(definition, value: Array(bytes[start..<valueEnd]), position: offset + start + 1))
            index = valueEnd
            if index < bytes.count && bytes[index] == separator { index += 1 }
        }
        return GS1Message(elements: elements)
    }
}

extension GS1ElementStringParser {
    /// GS1's own notation: "^" for every FNC1, including the leading one that marks GS1 data
    /// ("^0109501101530003172812311" + "0AB-123^21S1").
    public static func parse(caretNotation text: String) throws(GS1Error) -> GS1Message {
        let bytes = Array(text.utf8)
        guard bytes.first == UInt8(ascii: "^") else {
            throw GS1Error(ai: nil, position: 1, reason: "GS1 data starts with FNC1 (\"^\")")
        }
        return try parse(Array(bytes.dropFirst()), separator: UInt8(ascii: "^"), offset: 1)
    }
}
