import LotraceDiagnostics

/// A contact (`res.partner`). Transfers name it by display name "<Related Company>, <Name>".
public struct Partner: Sendable, Hashable, Encodable {
    public var id: PartnerID
    public var displayName: String
    public var name: String
    public var company: String?
    public var street: String?
    public var street2: String?
    public var city: String?
    public var zip: String?
    public var state: String?
    public var country: String?
    public var email: String?
    public var phone: String?
    public var position: SourcePosition?
}
