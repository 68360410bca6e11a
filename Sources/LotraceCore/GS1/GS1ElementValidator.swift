/// Checks one value against its AI's components: lengths, character set, linters.
enum GS1ElementValidator {
    /// The element for `value` of `definition`, which started at `position` (1-based).
    static func element(_ definition: GS1AIDefinition, value: [UInt8], position: Int) throws(GS1Error) -> GS1Element {
        let ai = definition.ai
        guard !value.isEmpty else { throw GS1Error(ai: ai, position: position, reason: "the value is empty") }
        var offset = 0
        for (index, component) in definition.components.enumerated() {
            let remaining = value.count - offset
            if remaining == 0 && component.optional { break }
            let length = min(remaining, component.max)
            guard length >= component.min else {
                let wanted = component.min == component.max ? "\(component.min)" : "at least \(component.min)"
                throw GS1Error(
                    ai: ai, position: position + offset,
                    reason: "too short: part \(index + 1) needs \(wanted) characters, has \(remaining)")
            }
            let part = Array(value[offset..<offset + length])
            for linter in [component.characterSet.linter] + component.linters {
                guard let failure = linter.check(part) else { continue }
                throw GS1Error(
                    ai: ai, position: position + offset + failure.range.lowerBound, reason: failure.error.message,
                    lint: failure.error, markup: markup(ai: ai, value: value, component: offset, length: length, failure))
            }
            offset += length
        }
        guard offset == value.count else {
            throw GS1Error(
                ai: ai, position: position + offset,
                reason: "too long: at most \(definition.maxLength) characters, has \(value.count)")
        }
        return GS1Element(definition: definition, value: ASCII.text(value), position: position)
    }

    private static func markup(
        ai: String, value: [UInt8], component: Int, length: Int, _ failure: GS1LintFailure
    ) -> String {
        let start = component + failure.range.lowerBound
        let end = component + failure.range.upperBound
        return "(\(ai))" + ASCII.text(value[..<start]) + "|" + ASCII.text(value[start..<end]) + "|"
            + ASCII.text(value[end..<component + length])
    }
}
