/// A customer or vendor as a recall names it: the transfer's contact, with address, email and
/// phone from the partners file when it has the contact (else the name alone).
public struct RecallParty: Sendable, Hashable {
    /// Display name as the transfer writes it ("Azure Interior, Brandon Freeman").
    public var name: String
    public var street: String?
    public var street2: String?
    public var city: String?
    public var zip: String?
    public var state: String?
    public var country: String?
    public var email: String?
    public var phone: String?
    /// False when the partners file has no row for the contact.
    public var inPartnersFile: Bool

    /// The contact of `transfer`; nil when there is no transfer or it names no contact.
    init?(transfer: TransferID?, dataset: Dataset) {
        guard let transfer, let name = dataset[transfer].contactName else { return nil }
        self.name = name
        inPartnersFile = dataset[transfer].contact != nil
        guard let id = dataset[transfer].contact else { return }
        let partner = dataset[id]
        street = partner.street
        street2 = partner.street2
        city = partner.city
        zip = partner.zip
        state = partner.state
        country = partner.country
        email = partner.email
        phone = partner.phone
    }

    /// Street and second street line, comma separated; nil when neither is known.
    public var streetAddress: String? {
        let parts = [street, street2].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The address on one line: street, city with zip, state, country (the known parts).
    public var address: String {
        let cityLine = [zip, city].compactMap { $0 }.joined(separator: " ")
        return [streetAddress, cityLine.isEmpty ? nil : cityLine, state, country].compactMap { $0 }.joined(separator: ", ")
    }
}
