/// Turns a Digital Link URI's path segments and query parameters into element strings.
struct GS1DigitalLinkReader {
    let options: GS1ParseOptions
    private(set) var elements: [GS1Element] = []
    /// The qualifier sequences still possible after the path (for "belongs in the path").
    private var openQualifiers: [[String]] = []

    init(options: GS1ParseOptions) { self.options = options }

    /// Reads the path from its rightmost primary key on; what precedes it is the stem.
    mutating func readPath(_ segments: [GS1URIParts.Piece]) throws(GS1Error) {
        if let empty = segments.first(where: { $0.bytes.isEmpty }) {
            throw GS1Error(ai: nil, position: empty.position, reason: "empty path segment")
        }
        let keyIndex = stride(from: segments.count - 2, through: 0, by: -2).first { index in
            pathAI(segments[index]).flatMap(GS1Dictionary.definition(of:))?.primaryKey != nil
        }
        guard let keyIndex, let key = GS1Dictionary.definition(of: pathAI(segments[keyIndex]) ?? "") else {
            throw GS1Error(ai: nil, position: segments.first?.position ?? 1, reason: "no primary key AI in the path")
        }
        var sequences = key.primaryKey ?? []
        for index in stride(from: keyIndex, to: segments.count, by: 2) {
            let segment = segments[index]
            guard let ai = pathAI(segment), let definition = GS1Dictionary.definition(of: ai) else {
                throw GS1Error(ai: nil, position: segment.position, reason: "\"\(ASCII.text(segment.bytes))\" is not an AI")
            }
            if index > keyIndex {
                sequences = sequences.compactMap { sequence in
                    sequence.firstIndex(of: ai).map { Array(sequence[($0 + 1)...]) }
                }
                guard !sequences.isEmpty else {
                    throw GS1Error(ai: ai, position: segment.position, reason: "not a qualifier of (\(key.ai)) here")
                }
            }
            let value = segments[index + 1]
            try add(definition, GS1PercentEncoding.unescape(value.bytes, in: .path), at: value.position)
        }
        openQualifiers = sequences
    }

    /// Reads the query's AI attributes; other parameters (non-numeric keys, no "=") are ignored.
    mutating func readQuery(_ parameters: [GS1URIParts.Piece]) throws(GS1Error) {
        for parameter in parameters {
            guard let equals = parameter.bytes.firstIndex(of: UInt8(ascii: "=")) else { continue }
            let key = parameter.bytes[..<equals]
            guard !key.isEmpty, key.allSatisfy(ASCII.isDigit) else { continue }
            let ai = ASCII.text(key)
            let definition = try attribute(ai, at: parameter.position)
            let value = GS1PercentEncoding.unescape(parameter.bytes[(equals + 1)...], in: .query)
            try add(definition, value, at: parameter.position + key.count + 1)
        }
    }

    private func attribute(_ ai: String, at position: Int) throws(GS1Error) -> GS1AIDefinition {
        if let known = GS1Dictionary.definition(of: ai) {
            guard known.dataAttribute else {
                throw GS1Error(ai: ai, position: position, reason: "not allowed as a query attribute")
            }
            guard !openQualifiers.contains(where: { $0.contains(ai) }) else {
                throw GS1Error(ai: ai, position: position, reason: "a key qualifier: it belongs in the path")
            }
            return known
        }
        guard options.permitUnknownAIs, let unknown = GS1Dictionary.unknown(ai) else {
            throw GS1Error(ai: ai, position: position, reason: "unknown AI")
        }
        guard options.unknownAIsAsDataAttributes else {
            throw GS1Error(ai: ai, position: position, reason: "an unknown AI is not a query attribute")
        }
        return unknown
    }

    private mutating func add(_ definition: GS1AIDefinition, _ value: [UInt8], at position: Int) throws(GS1Error) {
        if elements.contains(where: { $0.ai == definition.ai }) {
            throw GS1Error(ai: definition.ai, position: position, reason: "appears twice")
        }
        if value.contains(0) { throw GS1Error(ai: definition.ai, position: position, reason: "NUL byte in the value") }
        var value = value
        var padding = 0
        if definition.ai == "01", options.permitZeroSuppressedGTIN, [8, 12, 13].contains(value.count),
            value.allSatisfy(ASCII.isDigit)
        {
            padding = 14 - value.count
            value = Array(repeating: 0x30, count: padding) + value
        }
        do {
            elements.append(try GS1ElementValidator.element(definition, value: value, position: position))
        } catch {
            // A problem in the padded GTIN-14 lies `padding` bytes earlier in the URI.
            throw error.moved(by: -padding, notBefore: position)
        }
    }

    /// The AI a path segment names: its digits, or a convenience alpha when allowed.
    private func pathAI(_ segment: GS1URIParts.Piece) -> String? {
        let text = ASCII.text(segment.bytes)
        if segment.bytes.allSatisfy(ASCII.isDigit) { return text }
        return options.permitConvenienceAlphas ? GS1DigitalLink.convenienceAlphas[text] : nil
    }
}
