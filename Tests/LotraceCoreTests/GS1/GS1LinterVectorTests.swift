import LotraceCore
import Testing

/// GS1's unit-test vectors of every Syntax Dictionary linter (`Fixtures/gs1/linters.jsonl`):
/// the verdict and the highlighted span must match.
@Suite struct GS1LinterVectorTests {
    @Test func everyLinterVector() throws {
        let vectors = try GS1Vector.load("linters.jsonl")
        var tally = GS1VectorTally("linters.jsonl")
        for vector in vectors {
            let name = String(vector.constant(0).dropFirst("gs1_lint_".count))
            guard let linter = GS1Linter(rawValue: name), linter.isImplemented else {
                tally.skip(vector, because: "linter \(name) not implemented (coupon AIs 8110/8112, UN/ECE package types)")
                continue
            }
            guard let data = vector.string(1) else {
                tally.skip(vector, because: "data built by C code upstream (GCP lookup tests)")
                continue
            }
            if [.gcppos1, .gcppos2].contains(linter), vector.test == "UNIT_TEST_FAIL",
                ["GS1_LINTER_GCP_DATASOURCE_OFFLINE", "GS1_LINTER_INVALID_GCP_PREFIX"].contains(vector.constant(2))
            {
                tally.skip(vector, because: "needs GS1's online GCP register (upstream mocks its lookup)")
                continue
            }
            let bytes = cBytes(data)
            let failure = linter.check(bytes)
            if vector.test == "UNIT_TEST_PASS" {
                tally.check(failure == nil, vector, "\(failure.map { "\($0.error)" } ?? "")")
            } else {
                let expected = String(vector.constant(2).dropFirst("GS1_LINTER_".count))
                let highlighted = failure.map { failure -> [UInt8] in
                    let star = UInt8(ascii: "*")
                    return Array(bytes[..<failure.range.lowerBound]) + [star] + Array(bytes[failure.range]) + [star]
                        + Array(bytes[failure.range.upperBound...])
                }
                tally.check(
                    failure?.error.rawValue == expected && highlighted == vector.string(3).map(cBytes), vector,
                    "got \(String(describing: failure))")
            }
        }
        tally.finish(total: vectors.count, reproduced: 4757)
    }
}
