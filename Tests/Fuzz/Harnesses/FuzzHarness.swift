import Foundation

/// One fuzzing harness: a name (`scripts/fuzz.sh NAME SECONDS`, the corpus folder
/// `Tests/Fuzz/Corpus/NAME`) and what it does with one input. A harness checks invariants, not
/// only that nothing crashes: a broken one stops the run through `FuzzHarness.require`, and
/// libFuzzer keeps the input as a crash.
struct FuzzHarness: Sendable {
    let name: String
    let run: @Sendable ([UInt8]) -> Void

    static let all: [FuzzHarness] = [
        CSVHarness.harness,
        QuantityHarness.harness,
        DateTimeHarness.harness,
        XMLHarness.odoo,
        XMLHarness.lotrace,
        XLSXHarness.harness,
        GS1ElementStringHarness.harness,
        GS1ScanDataHarness.harness,
        GS1DigitalLinkHarness.harness,
        ConfigHarness.harness,
        TemplateHarness.harness,
    ]

    /// Stops the run (a crash for libFuzzer) when `condition` does not hold, printing `message`.
    static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        guard !condition() else { return }
        FileHandle.standardError.write(Data("invariant broken: \(message())\n".utf8))
        abort()
    }

    /// Checks that `answer` gives the same result twice for `input`, and returns it.
    static func deterministic<T: Equatable>(_ input: [UInt8], _ answer: ([UInt8]) -> T) -> T {
        let first = answer(input)
        let second = answer(input)
        require(first == second, "the same input gave two answers:\n\(first)\n\(second)")
        return first
    }
}
