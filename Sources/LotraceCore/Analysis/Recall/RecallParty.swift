/// A customer or vendor as a recall names it: the transfer's contact, with address, email and
/// phone from the partners file when it has the contact (else the name alone). The partner's
/// fields read through it (`party.city`), nil when the partners file does not know the contact.
@dynamicMemberLookup
public struct RecallParty: Sendable, Hashable {
    /// Display name as the transfer writes it ("Azure Interior, Brandon Freeman").
    public var name: String
    /// The partners file's row of the contact; nil when it has none.
    public var partner: Partner?

    /// The contact of `transfer`; nil when there is no transfer or it names no contact.
    init?(transfer: TransferID?, dataset: Dataset) {
        guard let transfer, let name = dataset[transfer].contactName else { return nil }
        self.name = name
        partner = dataset[transfer].contact.map { dataset[$0] }
    }

    /// False when the partners file has no row for the contact.
    public var inPartnersFile: Bool { partner != nil }

    /// A field of the partner (`street`, `email`, ...); nil when unknown.
    public subscript(dynamicMember field: KeyPath<Partner, String?>) -> String? {
        partner?[keyPath: field]
    }

    /// Street and second street line, comma separated; nil when neither is known.
    public var streetAddress: String? {
        let parts = [self.street, self.street2].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The address on one line: street, city with zip, state, country (the known parts).
    public var address: String {
        let cityLine = [self.zip, self.city].compactMap { $0 }.joined(separator: " ")
        return [streetAddress, cityLine.isEmpty ? nil : cityLine, self.state, self.country].compactMap { $0 }
            .joined(separator: ", ")
    }
}
