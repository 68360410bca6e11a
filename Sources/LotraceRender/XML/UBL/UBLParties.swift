import LotraceCore
import LotraceXML

/// The two parties of a despatch advice: the shipping company (`lotrace.json`) and the
/// customer (the transfer's contact, with the partners file's address).
struct UBLParties {
    let ubl: UBLWriter
    let profile: DespatchAdviceXML.Profile

    /// `cac:DespatchSupplierParty`.
    func supplier(_ company: LotraceConfig.Company, notes: inout RenderNotes) throws(XMLWriterError) {
        try ubl.open("DespatchSupplierParty")
        try ubl.open("Party")
        if let gln = company.gln, !gln.isEmpty {
            try ubl.basic("EndpointID", gln, attributes: ["schemeID": "0088"])
            try ubl.open("PartyIdentification")
            try ubl.basic("ID", gln, attributes: ["schemeID": "0088"])
            try ubl.close()
        } else if profile == .peppol {
            notes.add("Peppol needs the company's GLN as endpoint: set company.gln in lotrace.json")
        }
        try partyName(company.name)
        try address(
            street: company.street, street2: nil, city: company.city, zip: company.zip, state: nil,
            country: company.country, of: company.name, notes: &notes)
        try legalEntity(company.name)
        try contact(name: nil, phone: company.phone, email: company.email, element: "Contact")
        try ubl.close(2)
    }

    /// `cac:DeliveryCustomerParty`: the party, and the person as `cac:DeliveryContact` when the
    /// contact belongs to a company.
    func customer(_ customer: DeliverySlip.Customer?, notes: inout RenderNotes) throws(XMLWriterError) {
        try ubl.open("DeliveryCustomerParty")
        guard let customer else {
            notes.add("the transfer names no contact: the delivery customer is empty")
            try ubl.close()
            return
        }
        let partner = customer.partner
        let company = partner?.company.flatMap { $0.isEmpty ? nil : $0 }
        let legalName = company ?? partner?.name ?? customer.name
        if profile == .peppol {
            notes.add("Peppol needs the customer's endpoint (GLN): the partners export carries none")
        }
        try ubl.open("Party")
        try partyName(legalName)
        try address(
            street: partner?.street, street2: partner?.street2, city: partner?.city, zip: partner?.zip,
            state: partner?.state, country: partner?.country, of: customer.name, notes: &notes)
        try legalEntity(legalName)
        try ubl.close()
        try contact(
            name: company == nil ? nil : partner?.name, phone: partner?.phone, email: partner?.email,
            element: "DeliveryContact")
        try ubl.close()
    }

    /// `cac:PartyName` (plain UBL only: Peppol's data model has none for these parties).
    private func partyName(_ name: String) throws(XMLWriterError) {
        guard profile == .ubl else { return }
        try ubl.open("PartyName")
        try ubl.basic("Name", name)
        try ubl.close()
    }

    private func legalEntity(_ name: String) throws(XMLWriterError) {
        try ubl.open("PartyLegalEntity")
        try ubl.basic("RegistrationName", name)
        try ubl.close()
    }

    /// `cac:PostalAddress` with the parts that are known; the country as its ISO 3166 code, or
    /// by name (plain UBL) when the name is not a known country.
    private func address(
        street: String?, street2: String?, city: String?, zip: String?, state: String?, country: String?,
        of party: String, notes: inout RenderNotes
    ) throws(XMLWriterError) {
        let parts = [("StreetName", street), ("AdditionalStreetName", street2), ("CityName", city),
            ("PostalZone", zip), ("CountrySubentity", state)].compactMap { name, value in
            value.flatMap { $0.isEmpty ? nil : (name, $0) }
        }
        let country = country.flatMap { $0.isEmpty ? nil : $0 }
        guard !parts.isEmpty || country != nil else {
            if profile == .peppol { notes.add("Peppol needs a country for \(party): the address is unknown") }
            return
        }
        try ubl.open("PostalAddress")
        for (name, value) in parts { try ubl.basic(name, value) }
        if let country {
            if let code = CountryCodes.alpha2(country) {
                try ubl.open("Country")
                try ubl.basic("IdentificationCode", code)
                try ubl.close()
            } else if profile == .ubl {
                try ubl.open("Country")
                try ubl.basic("Name", country)
                try ubl.close()
            } else {
                notes.add("country \"\(country)\" of \(party) has no ISO 3166 code")
            }
        } else if profile == .peppol {
            notes.add("Peppol needs a country for \(party)")
        }
        try ubl.close()
    }

    /// A contact block (`cac:Contact` or `cac:DeliveryContact`) when anything is known.
    private func contact(name: String?, phone: String?, email: String?, element: String) throws(XMLWriterError) {
        let parts = [("Name", name), ("Telephone", phone), ("ElectronicMail", email)].compactMap { key, value in
            value.flatMap { $0.isEmpty ? nil : (key, $0) }
        }
        guard !parts.isEmpty else { return }
        try ubl.open(element)
        for (key, value) in parts { try ubl.basic(key, value) }
        try ubl.close()
    }
}
