/// Choices of the GS1 parsers. The defaults are GS1's own (Syntax Engine) defaults, except
/// `permitZeroSuppressedGTIN`, which `lotrace scan` turns on (labels in the field carry GTIN-13s
/// in Digital Link URIs).
public struct GS1ParseOptions: Sendable, Hashable {
    /// Accept AIs the dictionary does not know (bracketed input and Digital Link only).
    public var permitUnknownAIs = false
    /// In Digital Link URIs, also accept unknown AIs as query attributes.
    public var unknownAIsAsDataAttributes = false
    /// In Digital Link URIs, accept GTIN-8/12/13 for (01) and zero-pad them to 14 digits.
    public var permitZeroSuppressedGTIN = false
    /// In Digital Link URIs, accept the legacy path names ("gtin", "lot", "ser"...).
    public var permitConvenienceAlphas = false

    public init(
        permitUnknownAIs: Bool = false, unknownAIsAsDataAttributes: Bool = false, permitZeroSuppressedGTIN: Bool = false,
        permitConvenienceAlphas: Bool = false
    ) {
        self.permitUnknownAIs = permitUnknownAIs
        self.unknownAIsAsDataAttributes = unknownAIsAsDataAttributes
        self.permitZeroSuppressedGTIN = permitZeroSuppressedGTIN
        self.permitConvenienceAlphas = permitConvenienceAlphas
    }
}
