/// Writers of the master-data exports: products, locations, operation types, partners.
enum MasterDataFiles {
    /// product.product (food line only; electronics come from the XML data file).
    static func products(in directory: String) throws -> CSVFile {
        let file = try CSVFile(directory: directory, name: "product.product.csv",
                               header: ["Name", "Internal Reference", "Barcode", "Tracking", "Use Expiration Date",
                                        "Expiration Date", "Best Before Date", "Removal Date", "Alert Date",
                                        "Unit of Measure"])
        for item in Item.allCases where !item.spec.electronics {
            let spec = item.spec
            file.field(spec.name)
            file.field(spec.code)
            file.field(spec.barcode)
            file.field(trackingLabel(spec))
            file.field(spec.expiry == nil ? "False" : "True")
            for days in [\ProductSpec.Expiry.expiration, \.bestBefore, \.removal, \.alert] {
                file.field(integer: spec.expiry?[keyPath: days] ?? 0)
            }
            file.field(spec.unit.rawValue)
            file.endRow()
        }
        try file.close()
        return file
    }

    /// stock.location: every location used, with its parents.
    static func locations(in directory: String) throws -> CSVFile {
        let file = try CSVFile(directory: directory, name: "stock.location.csv",
                               header: ["Full Location Name", "Location Type"])
        for (name, type) in Place.locationRows {
            file.field(name)
            file.field(type)
            file.endRow()
        }
        try file.close()
        return file
    }

    /// stock.picking.type of the one warehouse.
    static func operationTypes(in directory: String) throws -> CSVFile {
        let file = try CSVFile(directory: directory, name: "stock.picking.type.csv",
                               header: ["Operation Type", "Type of Operation", "Create New Lots/Serial Numbers",
                                        "Use Existing Lots/Serial Numbers", "Warehouse"])
        for kind in TransferBook.Kind.allCases {
            let settings = kind.settings
            file.field(kind.rawValue)
            file.field(settings.type)
            file.field(settings.createLots ? "True" : "False")
            file.field(settings.useExisting ? "True" : "False")
            file.field(PartnerDirectory.warehouse)
            file.endRow()
        }
        try file.close()
        return file
    }

    /// res.partner: each company, then its contact person (Related Company set).
    static func partners(_ customers: [Customer], in directory: String) throws -> CSVFile {
        let file = try CSVFile(directory: directory, name: "res.partner.csv",
                               header: ["Name", "Related Company", "Street", "City", "Zip", "Country", "Email"])
        let everyone = [PartnerDirectory.company] + PartnerDirectory.vendors + customers.map(\.partner)
        for partner in everyone {
            for (name, related) in [(partner.company, ""), (partner.person, partner.company)] {
                for value in [name, related, partner.street, partner.city, partner.zip, partner.country, partner.email] {
                    file.field(value)
                }
                file.endRow()
            }
        }
        try file.close()
        return file
    }

    private static func trackingLabel(_ spec: ProductSpec) -> String {
        switch spec.tracking {
        case .lot: "By Lots"
        case .serial: "By Unique Serial Number"
        case .none: "No Tracking"
        }
    }
}
