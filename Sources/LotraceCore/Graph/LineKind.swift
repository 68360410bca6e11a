/// What a done move line does, from the usages of its two locations.
///
/// The first matching rule wins: from a vendor location `receipt` (a dropship, vendor to
/// customer, is a receipt here); into a customer location `delivery`; from a customer location
/// `customerReturn`; into a vendor location `vendorReturn`; into a production location
/// `consumption`; out of one `production`; into an inventory-loss location (scrap, inventory
/// adjustment down) `inventoryLoss`; out of one (inventory adjustment up) `inventoryGain`;
/// everything else (internal, transit, view) `internal`.
///
/// A line's part in receipts, deliveries and tracking events is its `TrackingEvents`, not its
/// kind: a dropship is both received and shipped there.
public enum LineKind: UInt8, Sendable, Hashable, CaseIterable {
    case receipt
    case delivery
    case customerReturn
    case vendorReturn
    case consumption
    case production
    case inventoryLoss
    case inventoryGain
    case `internal`

    /// The kind of a line moving stock from a location of usage `from` to one of usage `to`.
    public init(from: LocationUsage, to: LocationUsage) {
        if from == .supplier {
            self = .receipt
        } else if to == .customer {
            self = .delivery
        } else if from == .customer {
            self = .customerReturn
        } else if to == .supplier {
            self = .vendorReturn
        } else if to == .production {
            self = .consumption
        } else if from == .production {
            self = .production
        } else if to == .inventory {
            self = .inventoryLoss
        } else if from == .inventory {
            self = .inventoryGain
        } else {
            self = .internal
        }
    }
}
