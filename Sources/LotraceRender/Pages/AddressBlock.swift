import LotraceCore

/// A name and the lines of an address, as a slip prints them.
struct AddressBlock: Sendable, Encodable {
    var name: String
    var lines: [String]
    /// Phone, email, VAT: each "Label: value".
    var contact: [String]

    /// The shipping company of `lotrace.json`.
    init(company: LotraceConfig.Company) {
        name = company.name
        lines = Self.compact([company.street, Self.joined(company.zip, company.city), company.country])
        contact = Self.compact([
            company.phone.map { "Phone: \($0)" }, company.email.map { "Email: \($0)" },
            company.vat.map { "VAT: \($0)" }, company.gln.map { "GLN: \($0)" },
        ])
    }

    /// A customer: the partners-file row when known (its company first, as Odoo prints the
    /// commercial partner), else the contact name as the transfer wrote it.
    init(customer: DeliverySlip.Customer) {
        guard let partner = customer.partner else {
            self.init(name: customer.name, lines: [], contact: [])
            return
        }
        let company = partner.company.flatMap { $0.isEmpty ? nil : $0 }
        self.init(
            name: company ?? partner.name,
            lines: Self.compact([
                company == nil ? nil : partner.name, partner.street, partner.street2,
                Self.joined(partner.zip, partner.city), partner.state, partner.country,
            ]),
            contact: Self.compact([partner.phone.map { "Phone: \($0)" }, partner.email.map { "Email: \($0)" }]))
    }

    private init(name: String, lines: [String], contact: [String]) {
        self.name = name
        self.lines = lines
        self.contact = contact
    }

    private static func compact(_ values: [String?]) -> [String] { values.compactMap { $0 }.filter { !$0.isEmpty } }

    /// "MB1 4HL Millbrook", either part alone, or nil.
    private static func joined(_ zip: String?, _ city: String?) -> String? {
        let parts = compact([zip, city])
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }
}
