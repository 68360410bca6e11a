import Foundation

/// The site fixture (`SiteFixture`) with many more deliveries: enough on one day for its print
/// to be cut into parts (`SlipDay.parts`).
enum DayPrintFixture {
    /// The day the deliveries ship on unless told otherwise.
    static let date = "2025-01-20"

    /// One more delivery: a done transfer of `lines` lines of Shortbread B1, `quantity` each,
    /// shipping `second` seconds after 08:00:00 of `day`.
    struct Delivery {
        var reference: String
        var second: Int
        var day = DayPrintFixture.date
        var lines = 1
        var quantity = "1.0"
    }

    /// "WH/OUT/10007" for `number` 7: deliveries numbered in their shipping order.
    static func reference(_ number: Int) -> String { String(format: "WH/OUT/1%04d", number) }

    /// Deliveries 1...`count`, one line each, a second apart in that order.
    static func deliveries(_ count: Int) -> [Delivery] { (1...count).map { Delivery(reference: reference($0), second: $0) } }

    /// The fixture's files with `deliveries` added.
    static func files(_ deliveries: [Delivery]) -> [String: String] {
        var files = SiteFixture.files
        var transfers = files["transfers.csv"] ?? ""
        var moves = files["moves.csv"] ?? ""
        for delivery in deliveries {
            let second = delivery.second
            let time = String(format: "%@ %02d:%02d:%02d", delivery.day, 8 + second / 3600, second / 60 % 60, second % 60)
            transfers += #""\#(delivery.reference)","S100","Olive Table, Alice Khan","\#(time)","\#(time)","Done","Hartwell: Delivery Orders",""\#n"#
            for _ in 0..<delivery.lines {
                moves += #""\#(time)","\#(delivery.reference)","[BI-001] Shortbread","B1","WH/Stock","Partners/Customers","\#(delivery.quantity)","Units","Done","\#(delivery.reference)"\#n"#
            }
        }
        files["transfers.csv"] = transfers
        files["moves.csv"] = moves
        return files
    }
}
