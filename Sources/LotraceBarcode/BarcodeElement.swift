/// One GS1 element string to encode: an AI and its value (GS1 character set 82, checked by
/// the caller; libzint checks again).
public struct BarcodeElement: Sendable, Hashable {
    public var ai: String
    public var value: String

    public init(ai: String, value: String) {
        self.ai = ai
        self.value = value
    }
}
