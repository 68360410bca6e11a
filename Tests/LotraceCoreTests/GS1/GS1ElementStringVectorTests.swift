import LotraceCore
import Testing

/// The GS1 Syntax Engine's element-string vectors (`Fixtures/gs1/ai-element-strings.jsonl`):
/// bracketed parsing, element strings after FNC1, linters on real AIs, AI associations.
@Suite struct GS1ElementStringVectorTests {
    @Test func everyElementStringVector() throws {
        let vectors = try GS1Vector.load("ai-element-strings.jsonl")
        var tally = GS1VectorTally("ai-element-strings.jsonl")
        for vector in vectors {
            if vector.test == "test_existsInAIdata" {
                tally.skip(vector, because: "tests an internal engine lookup on data strings defined in C code")
            } else if vector.hasComputedArgument {
                tally.skip(vector, because: "input buffer built by C code upstream (no literal data)")
            } else {
                check(vector, &tally)
            }
        }
        tally.finish(total: vectors.count, reproduced: 230)
    }

    private func check(_ vector: GS1Vector, _ tally: inout GS1VectorTally) {
        switch vector.test {
        case "test_parseAIdata":
            let result = Result { () throws(GS1Error) in try GS1BracketedParser.parse(vector.string(1) ?? "") }
            let expected = vector.bool(0) ? vector.string(2) : nil
            tally.check((try? result.get()).map(caret) == expected, vector, "\(result)")
        case "test_processAIdata":
            let result = Result { () throws(GS1Error) in try GS1ElementStringParser.parse(caretNotation: vector.string(1) ?? "") }
            tally.check(((try? result.get()) != nil) == vector.bool(0), vector, "\(result)")
        case "test_ai_linters_table":
            lintTable(vector, &tally)
        case "test_validateAIs":
            let options = GS1ParseOptions(permitUnknownAIs: true)
            let message = try? GS1BracketedParser.parse(vector.string(2) ?? "", options: options)
            let errors = message?.associationErrors
            tally.check(errors.map(\.isEmpty) == vector.bool(0), vector, "\(String(describing: errors))")
        default:
            let result = Result { () throws(GS1Error) in try GS1BracketedParser.parse(vector.string(0) ?? "") }
            tally.check(result.failure?.markup == vector.string(1), vector, "\(result)")
        }
    }

    private func lintTable(_ vector: GS1Vector, _ tally: inout GS1VectorTally) {
        let input = vector.string(0) ?? ""
        let expected = String(vector.constant(1).dropFirst("GS1_LINTER_".count))
        guard !expected.hasPrefix("COUPON") else {
            tally.skip(vector, because: "coupon linters not implemented (AIs 8110/8112)")
            return
        }
        let result = Result { () throws(GS1Error) in try GS1BracketedParser.parse(input) }
        let verdict = result.failure?.lint?.rawValue ?? (result.failure == nil ? "OK" : "other: \(result)")
        tally.check(verdict == expected, vector, verdict)
    }
}

extension Result {
    /// The error, nil on success.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
