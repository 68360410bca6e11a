import LotraceCore

/// The quantity grammar (docs/input-rules.md rules 15-16): the same answer twice, and a value
/// read is written back (`description`) as text that reads as the same value.
enum QuantityHarness {
    static let harness = FuzzHarness(name: "quantity") { input in
        let result = FuzzHarness.deterministic(input) { Quantity.parse($0) }
        guard case .success(let quantity) = result else { return }
        FuzzHarness.require(!quantity.isNegative, "\(quantity) read as a negative quantity")
        FuzzHarness.require(
            Quantity.parse(Array(quantity.description.utf8)) == .success(quantity),
            "\(quantity) does not read back as itself")
    }
}
