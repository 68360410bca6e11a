extension GS1Message {
    /// What the combination of AIs breaks (empty when valid): an AI repeated with another
    /// value, a mandatory association missing (`req`), an excluded pair present (`ex`), a digital
    /// signature (8030) without a serialised key. Checked over the whole message, as GS1
    /// requires for everything marked on one item.
    public var associationErrors: [GS1Error] {
        repeatErrors + exclusionErrors + requirementErrors + signatureErrors
    }

    private var repeatErrors: [GS1Error] {
        var first: [String: String] = [:]
        var errors: [GS1Error] = []
        for element in elements {
            if let earlier = first[element.ai] {
                if !earlier.utf8.elementsEqual(element.value.utf8) {
                    errors.append(
                        GS1Error(
                            ai: element.ai, position: element.position,
                            reason: "repeated with another value (\(element.value), earlier \(earlier))"))
                }
            } else {
                first[element.ai] = element.value
            }
        }
        return errors
    }

    private var exclusionErrors: [GS1Error] {
        elements.flatMap { element in
            element.definition.excludes.compactMap { pattern in
                elements.first { $0.ai != element.ai && GS1Dictionary.matches($0.ai, pattern: pattern) }.map {
                    GS1Error(ai: element.ai, position: element.position, reason: "may not appear with (\($0.ai))")
                }
            }
        }
    }

    private var requirementErrors: [GS1Error] {
        elements.flatMap { element in
            element.definition.requires.compactMap { alternatives -> GS1Error? in
                let met = alternatives.contains { patterns in
                    patterns.allSatisfy { pattern in elements.contains { GS1Dictionary.matches($0.ai, pattern: pattern) } }
                }
                guard !met else { return nil }
                let wanted = alternatives.map { $0.map { "(\($0))" }.joined(separator: "+") }.joined(separator: " or ")
                return GS1Error(ai: element.ai, position: element.position, reason: "needs \(wanted)")
            }
        }
    }

    /// 8030 signs a serialised key: a GDTI (253), GCN (255) or GRAI (8003) without its serial
    /// component does not qualify.
    private var signatureErrors: [GS1Error] {
        guard let signature = elements.first(where: { $0.ai == "8030" }) else { return [] }
        let unserialised = elements.first { element in
            let keyLength = ["253": 13, "255": 13, "8003": 14][element.ai]
            return keyLength.map { element.value.utf8.count <= $0 } ?? false
        }
        return unserialised.map {
            [GS1Error(ai: signature.ai, position: signature.position, reason: "signs (\($0.ai)) without its serial component")]
        } ?? []
    }
}
