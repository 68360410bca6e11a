import Testing

@testable import LotraceCore

/// Report order of texts: by UTF-8 bytes, whatever Swift's `String` comparison would say.
@Suite("Byte order of texts")
struct ByteOrderTests {
    @Test("bytes decide: prefixes first, canonically equivalent forms apart, the same for every string storage")
    func order() {
        let nfc = "Caf\u{E9}"
        let nfd = "Cafe\u{301}"
        #expect(ByteOrder.less(nfd, nfc))
        #expect(!ByteOrder.less(nfc, nfd))
        #expect(ByteOrder.less("", "a") && !ByteOrder.less("a", "") && !ByteOrder.less("", ""))
        #expect(ByteOrder.less("F1", "F10") && !ByteOrder.less("F10", "F1") && !ByteOrder.less("F1", "F1"))
        #expect(ByteOrder.less("Z", "a") && ByteOrder.less("a", "\u{E9}"))
        let long = String(repeating: "x", count: 40)
        #expect(ByteOrder.less(long + "a", long + "b") && ByteOrder.less(long, long + "\u{0}"))
        let bridged = String(Substring("lot-0002"))
        #expect(ByteOrder.less("lot-0001", bridged) && !ByteOrder.less(bridged, "lot-0002"))
        let sorted = ByteOrder.sorted(["b", nfc, "a", nfd, "a"]) { [$0] }
        #expect(sorted.map { Array($0.utf8) } == [nfd, nfc, "a", "a", "b"].map { Array($0.utf8) })
    }
}
