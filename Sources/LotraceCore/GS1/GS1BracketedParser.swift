/// Reads the human-readable bracketed form, "(01)09506000134352(17)251231(10)ABC-1": each AI in
/// parentheses followed by its value; "\(" is a literal "(" inside a value. "^" is refused (it
/// stands for FNC1 in GS1's notation). Each element is checked against the dictionary.
public enum GS1BracketedParser {
    /// The message in `text`; throws at the first problem.
    public static func parse(_ text: String, options: GS1ParseOptions = GS1ParseOptions()) throws(GS1Error) -> GS1Message {
        let bytes = Array(text.utf8)
        guard bytes.first == UInt8(ascii: "(") else {
            throw GS1Error(ai: nil, position: 1, reason: "bracketed data must start with an AI in parentheses")
        }
        var elements: [GS1Element] = []
        var index = 0
        while index < bytes.count {
            let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: ")"))
            guard let close else { throw GS1Error(ai: nil, position: index + 1, reason: "the AI's \")\" is missing") }
            let digits = bytes[(index + 1)..<close]
            let ai = ASCII.text(digits)
            guard (2...4).contains(digits.count), digits.allSatisfy(ASCII.isDigit) else {
                throw GS1Error(ai: nil, position: index + 2, reason: "\"\(ai)\" is not an AI (2 to 4 digits)")
            }
            let definition = GS1Dictionary.definition(of: ai) ?? (options.permitUnknownAIs ? GS1Dictionary.unknown(ai) : nil)
            guard let definition else { throw GS1Error(ai: ai, position: index + 2, reason: "unknown AI") }
            var value: [UInt8] = []
            index = close + 1
            let start = index
            while index < bytes.count && bytes[index] != UInt8(ascii: "(") {
                if bytes[index] == UInt8(ascii: "^") {
                    throw GS1Error(ai: ai, position: index + 1, reason: "\"^\" is not allowed in a value (it means FNC1)")
                }
                let escaped = bytes[index] == UInt8(ascii: "\\") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "(")
                index += escaped ? 1 : 0
                value.append(bytes[index])
                index += 1
            }
            elements.append(try GS1ElementValidator.element(definition, value: value, position: start + 1))
        }
        return GS1Message(elements: elements)
    }
}
