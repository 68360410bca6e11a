/// The tracking events a done move line takes part in, decided here once from the usages of its
/// two locations: for the graph's receipts, deliveries and customer returns, for the FDA FSMA
/// 204 critical tracking events of a recall, and for the EPCIS events of an export.
///
/// - from a vendor location, to anything but a vendor: `receiving`;
/// - into a customer location, from anything but a customer: `shipping` (a dropship, vendor to
///   customer, is both);
/// - from a customer location, to anything but a customer: `customerReturn`;
/// - into a vendor location, from anything but a vendor: `vendorReturn`;
/// - none of these, into or out of a production location: `transformation` (consumed or
///   produced by a manufacturing order).
///
/// Internal moves, scraps and inventory adjustments take part in none.
public struct TrackingEvents: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Goods received from a vendor.
    public static let receiving = TrackingEvents(rawValue: 1 << 0)
    /// Goods shipped to a customer.
    public static let shipping = TrackingEvents(rawValue: 1 << 1)
    /// Goods a customer sent back.
    public static let customerReturn = TrackingEvents(rawValue: 1 << 2)
    /// Goods sent back to a vendor.
    public static let vendorReturn = TrackingEvents(rawValue: 1 << 3)
    /// Goods consumed or produced by a manufacturing order.
    public static let transformation = TrackingEvents(rawValue: 1 << 4)

    /// The events of a line moving stock from a location of usage `from` to one of usage `to`.
    @inline(__always)
    public init(from: LocationUsage, to: LocationUsage) {
        var events: TrackingEvents = []
        if from == .supplier && to != .supplier { events.insert(.receiving) }
        if to == .customer && from != .customer { events.insert(.shipping) }
        if from == .customer && to != .customer { events.insert(.customerReturn) }
        if to == .supplier && from != .supplier { events.insert(.vendorReturn) }
        if events.isEmpty && (to == .production || from == .production) { events.insert(.transformation) }
        self = events
    }

    /// Each event on its own, in the order of the declarations above.
    public var each: [TrackingEvents] {
        [.receiving, .shipping, .customerReturn, .vendorReturn, .transformation].filter(contains)
    }
}
