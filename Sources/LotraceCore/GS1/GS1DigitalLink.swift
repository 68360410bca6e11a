/// Reads GS1 Digital Link URIs: `http(s)://{any domain}[/stem...]/{primary key AI}/{value}`
/// `[/{qualifier AI}/{value}...][?{AI}={value}&...][#fragment]`, e.g.
/// `https://id.gs1.org/01/09506000134352/10/ABC-1?17=251231`. The rightmost primary key in the
/// path ends the stem; qualifiers follow the order the dictionary's `dlpkey` gives; query
/// parameters that are not all-digit keys are ignored; no AI may appear twice.
public enum GS1DigitalLink {
    /// Legacy path names ("convenience alphas") and their AIs.
    static let convenienceAlphas: [String: String] = [
        "sscc": "00", "gtin": "01", "lot": "10", "ser": "21", "cpv": "22", "tpx": "235", "gdti": "253",
        "glnx": "254", "gcn": "255", "ginc": "401", "gsin": "402", "gln": "414", "party": "417", "grai": "8003",
        "giai": "8004", "itip": "8006", "cpid": "8010", "cpsn": "8011", "gmn": "8013", "gsrnp": "8017",
        "gsrn": "8018", "srin": "8019",
    ]

    /// The message in `uri`; throws at the first problem.
    public static func parse(_ uri: String, options: GS1ParseOptions = GS1ParseOptions()) throws(GS1Error) -> GS1Message {
        let parts = try GS1URIParts(uri)
        var reader = GS1DigitalLinkReader(options: options)
        try reader.readPath(parts.segments)
        try reader.readQuery(parts.parameters)
        return GS1Message(elements: reader.elements)
    }

    /// True when `text` looks like a URI this parser reads (http or https).
    public static func isURI(_ text: String) -> Bool {
        ["http://", "https://", "HTTP://", "HTTPS://"].contains { text.hasPrefix($0) }
    }
}
