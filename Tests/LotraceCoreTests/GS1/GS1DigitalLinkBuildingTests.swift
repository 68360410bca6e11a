import LotraceCore
import Testing

/// Digital Link URIs written from messages (the QR codes of delivery slips): primary key and
/// qualifiers in the path, in the dictionary's order, data attributes in the query, values
/// percent-encoded; the parser reads every one back to the same elements.
@Suite struct GS1DigitalLinkBuildingTests {
    @Test(arguments: [
        ([("01", "05060012001018"), ("10", "F-2501")], "https://id.gs1.org/01/05060012001018/10/F-2501"),
        ([("01", "05060012001018"), ("17", "260331"), ("10", "F-2501")], "https://id.gs1.org/01/05060012001018/10/F-2501?17=260331"),
        ([("01", "09501101530003"), ("17", "281231"), ("21", "SN/1%")], "https://id.gs1.org/01/09501101530003/21/SN%2F1%25?17=281231"),
        ([("01", "09501101530003"), ("10", "AB-1"), ("21", "S1")], "https://id.gs1.org/01/09501101530003/10/AB-1/21/S1"),
        ([("01", "09501101530003")], "https://id.gs1.org/01/09501101530003"),
    ])
    func writesAndReadsBack(pairs: [(String, String)], uri: String) throws {
        let message = try GS1Message(validating: pairs.map { (ai: $0.0, value: $0.1) })
        #expect(message.digitalLink(domain: "https://id.gs1.org") == uri)
        let read = try GS1DigitalLink.parse(uri).elements.map { "(\($0.ai))\($0.value)" }
        #expect(read.sorted() == pairs.map { "(\($0.0))\($0.1)" }.sorted())
    }

    @Test func aMessageWithoutAPrimaryKeyHasNoDigitalLink() throws {
        let withGTIN = try GS1Message(validating: [("01", "05060012001018"), ("17", "260331"), ("10", "F1")])
        let without = GS1Message(elements: withGTIN.elements.filter { $0.ai != "01" })
        #expect(without.digitalLink(domain: "https://id.gs1.org") == nil)
    }
}
