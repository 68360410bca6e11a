/// The page of one delivery slip (`templates/slip.mustache`): the slip, framed, with the running
/// header its printed pages carry.
struct SlipPage: Sendable, Encodable {
    var frame: PageFrame
    /// CSS string literal for the running print header (built by Lotrace, hex-escaped).
    var printHeader: String
    var slip: SlipContent

    /// The page of `slip`, its symbols drawn by `barcodes`, framed by `frame`, linking through `links`.
    init(slip: DeliverySlip, barcodes: SlipBarcodes, frame: PageFrame, links: PageLinks) {
        self.frame = frame
        printHeader = CSSString.quoted(SlipContent.printHeader(slip))
        self.slip = SlipContent(slip: slip, barcodes: barcodes, links: links)
    }
}
