/// The electronics line as an Odoo XML data file (`electronics.xml`): `product.product`
/// records for the serial-tracked products and one `stock.lot` record per serial number,
/// linked by `ref` to the product record's id.
enum ElectronicsXMLFile {
    static let name = "electronics.xml"

    /// Writes the file; returns the number of records.
    static func write(_ book: LotBook, in directory: String) throws -> Int {
        let sink = try ByteSink(path: directory + "/" + name)
        sink.text("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<odoo>\n    <data noupdate=\"1\">\n")
        var records = 0
        for item in Item.allCases where item.spec.electronics {
            let spec = item.spec
            sink.text("        <record id=\"\(recordID(item))\" model=\"product.product\">\n")
            for (field, value) in [("name", spec.name), ("default_code", spec.code), ("barcode", spec.barcode),
                                   ("tracking", "serial")] {
                sink.text("            <field name=\"\(field)\">\(escaped(value))</field>\n")
            }
            sink.text("        </record>\n")
            records += 1
        }
        for lot in book.lots where !lot.name.isEmpty && lot.item.spec.electronics {
            let id = "lot_" + lot.name.lowercased().replacingOccurrences(of: "-", with: "_")
            sink.text("        <record id=\"\(id)\" model=\"stock.lot\">\n")
            sink.text("            <field name=\"name\">\(escaped(lot.name))</field>\n")
            sink.text("            <field name=\"product_id\" ref=\"\(recordID(lot.item))\"/>\n")
            sink.text("        </record>\n")
            records += 1
        }
        sink.text("    </data>\n</odoo>\n")
        try sink.close()
        return records
    }

    /// The XML id of a product record, e.g. `product_el_300`.
    private static func recordID(_ item: Item) -> String {
        "product_" + item.spec.code.lowercased().replacingOccurrences(of: "-", with: "_")
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
