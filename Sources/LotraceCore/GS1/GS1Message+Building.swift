extension GS1Message {
    /// A message made of `pairs` (AI, value) in this order, each value checked as a reader
    /// checks it (length, character set 82, check digits, dates) and then the AIs' associations:
    /// what goes into a barcode Lotrace prints. Positions in errors count in the bracketed
    /// form ("(01)...(10)...").
    public init(validating pairs: [(ai: String, value: String)]) throws(GS1Error) {
        var elements: [GS1Element] = []
        var position = 1
        for (ai, value) in pairs {
            guard let definition = GS1Dictionary.definition(of: ai) else {
                throw GS1Error(ai: ai, position: position + 1, reason: "unknown AI")
            }
            position += ai.utf8.count + 2
            elements.append(try GS1ElementValidator.element(definition, value: Array(value.utf8), position: position))
            position += value.utf8.count
        }
        self.init(elements: elements)
        if let first = associationErrors.first { throw first }
    }
}
