import Foundation
import LotraceCore
import LotraceXML
import Testing

@testable import LotraceRender

@Suite("UBL DespatchAdvice")
struct XMLSlipTests {
    private static func render(
        _ reference: String, profile: DespatchAdviceXML.Profile = .ubl, data: (Dataset, LotraceConfig)? = nil
    ) throws -> RenderedDocument {
        let (dataset, config) = try data ?? SiteFixture.load()
        let slip = try #require(DeliverySlipBuilder(dataset: dataset, config: config).slip(named: reference))
        return try DespatchAdviceXML(
            slip: slip, dataset: dataset, profile: profile, unitCodes: UnitCodes(overrides: config.unitCodes),
            fallbackDate: SiteFixture.asOf
        ).render()
    }

    @Test("the slip of WH/OUT/00001 matches its golden file")
    func golden() throws {
        let document = try Self.render("WH/OUT/00001")
        try Golden.check(Data(document.bytes), "XML/slip-WH_OUT_00001.xml")
        #expect(document.notes.isEmpty)
    }

    @Test("lots, serials, expiry, GTIN and units land where UBL puts them")
    func content() throws {
        let root = try XMLNode.parse(try Self.render("WH/OUT/00001").bytes)
        #expect(root.name == "DespatchAdvice")
        #expect(root["ID"] == "WH/OUT/00001")
        #expect(root["IssueDate"] == "2025-01-07")
        #expect(root.child("OrderReference")?["ID"] == "S001")
        let lines = root.all("DespatchLine")
        #expect(lines.map { $0["DeliveredQuantity"] } == ["120", "2"])
        #expect(lines.map { $0.child("DeliveredQuantity")?.attributes["unitCode"] } == ["C62", "C62"])
        let biscuits = try #require(lines.first?.child("Item"))
        #expect(biscuits["Name"] == "Shortbread")
        #expect(biscuits.child("SellersItemIdentification")?["ID"] == "BI-001")
        #expect(biscuits.child("StandardItemIdentification")?["ID"] == "05060012002015")
        #expect(biscuits.child("StandardItemIdentification")?.child("ID")?.attributes["schemeID"] == "0160")
        let lot = biscuits.child("ItemInstance")?.child("LotIdentification")
        #expect(lot?["LotNumberID"] == "B1")
        #expect(lot?["ExpiryDate"] == "2025-01-20")
        let serials = lines[1].child("Item")?.all("ItemInstance").map { $0["SerialID"] }
        #expect(serials == ["SN-1", "SN-2"])
        let customer = try #require(root.child("DeliveryCustomerParty"))
        #expect(customer.child("Party")?.child("PartyLegalEntity")?["RegistrationName"] == "Olive Table")
        #expect(customer.child("Party")?.child("PostalAddress")?.child("Country")?["IdentificationCode"] == "GB")
        #expect(customer.child("DeliveryContact")?["Name"] == "Alice Khan")
        #expect(root.child("Shipment")?.child("Delivery")?.child("Despatch")?["ActualDespatchDate"] == "2025-01-07")
    }

    @Test("the Peppol profile drops UBLVersionID and PartyName, fixes line shipments to NA and says what is missing")
    func peppol() throws {
        let document = try Self.render("WH/OUT/00001", profile: .peppol)
        let root = try XMLNode.parse(document.bytes)
        #expect(root.child("UBLVersionID") == nil)
        #expect(root["CustomizationID"] == "urn:fdc:peppol.eu:poacc:trns:despatch_advice:3")
        #expect(root["ProfileID"] == "urn:fdc:peppol.eu:poacc:bis:despatch_advice:3")
        #expect(root.descendants("PartyName").isEmpty)
        #expect(root.all("DespatchLine").map { $0.child("Shipment")?["ID"] } == ["NA", "NA"])
        #expect(
            document.notes == [
                "Peppol needs the company's GLN as endpoint: set company.gln in lotrace.json",
                "Peppol needs the customer's endpoint (GLN): the partners export carries none",
            ])
    }

    @Test("a unit without UN/ECE code is left without unitCode and noted; lotrace.json can map it")
    func unknownUnit() throws {
        var (dataset, config) = try SiteFixture.load()
        dataset.units = dataset.units.map { $0 == "Units" ? "Crate" : $0 }
        let noted = try Self.render("WH/OUT/00001", data: (dataset, config))
        #expect(noted.notes == ["unit \"Crate\" has no UN/ECE Rec 20 code: add it under \"unitCodes\" in lotrace.json"])
        #expect(try XMLNode.parse(noted.bytes).all("DespatchLine").first?.child("DeliveredQuantity")?.attributes == [:])
        config.unitCodes = ["Crate": "CR"]
        let mapped = try Self.render("WH/OUT/00001", data: (dataset, config))
        #expect(mapped.notes.isEmpty)
        #expect(try XMLNode.parse(mapped.bytes).all("DespatchLine").first?.child("DeliveredQuantity")?.attributes["unitCode"] == "CR")
    }

    @Test("hostile partner, company and lot names stay well-formed and their text comes back")
    func hostile() throws {
        let data = try XMLFixture.hostile()
        let root = try XMLNode.parse(try Self.render("WH/OUT/00001", data: data).bytes)
        #expect(root.child("DeliveryCustomerParty")?.child("DeliveryContact")?["Name"] == "Alice \"<Khan>\" & \u{FFFD}Sons")
        #expect(root.descendants("LotNumberID").map(\.text) == ["B1 <x>&amp;\"'\u{FFFD}\u{FFFD}]]>"])
        #expect(root.descendants("RegistrationName").map(\.text) == ["Hartwell <Bakery> & \"Co\"\u{FFFD}", "Olive ]]> Table\u{FFFD}"])
    }

    @Test(
        "every slip of the fixture, plain and Peppol, hostile or not, is valid against the OASIS UBL 2.1 XSD",
        .enabled(if: XMLFixture.refdata != nil, Comment(rawValue: XMLFixture.notRun)))
    func officialSchema() throws {
        let schema = try XMLFixture.ublSchema()
        for data in [try SiteFixture.load(), try XMLFixture.hostile()] {
            let slips = DeliverySlipBuilder(dataset: data.0, config: data.1).slips()
            #expect(slips.count == 3)
            for slip in slips {
                for profile in DespatchAdviceXML.Profile.allCases {
                    XMLFixture.expectValid(try Self.render(slip.reference, profile: profile, data: data).bytes, schema, slip.reference)
                }
            }
        }
    }
}
