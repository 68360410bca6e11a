import Testing

@testable import LotraceCore

@Suite("Quantities")
struct QuantityTests {
    private func parse(_ text: String) -> Result<Quantity, Quantity.ParseError> { Quantity.parse(Array(text.utf8)) }

    @Test(arguments: [
        ("007.5", "7.5"), ("2.50000", "2.5"), ("3", "3"), ("0.0", "0"), ("12.5", "12.5"),
        ("999999999999999.999999999999999", "999999999999999.999999999999999"),
        ("0000000000000000001", "1"), ("1.000000000000000000000", "1"),
    ])
    func validQuantities(text: String, expected: String) throws {
        #expect(try parse(text).get().description == expected)
    }

    @Test(arguments: [
        "", "+1", " 1", "1 ", "1e3", "1,000", "12,5", "NaN", "inf", "0x10", ".5", "5.", "1\n", "٣", "1.2.3", "-",
    ])
    func nonNumeric(text: String) {
        #expect(parse(text) == .failure(.nonNumeric))
    }

    @Test func negative() {
        #expect(parse("-1") == .failure(.negative))
        #expect(parse("-0.5") == .failure(.negative))
        #expect(parse("-x") == .failure(.nonNumeric))
    }

    @Test func outOfRange() {
        #expect(parse("1000000000000000") == .failure(.outOfRange))
        #expect(parse("0.0000000000000001") == .failure(.outOfRange))
        #expect(parse("0999999999999999.9999999999999990") != .failure(.outOfRange))
    }

    @Test func sumsAreExact() throws {
        let sum = try parse("0.75").get() + parse("999999999999999").get()
        #expect(sum.description == "999999999999999.75")
        var total = Quantity.zero
        for _ in 0..<10 { total += try parse("0.1").get() }
        #expect(total == Quantity(1))
        #expect((Quantity.zero - Quantity(scaled: 250_000_000_000_000)).description == "-0.25")
    }
}
