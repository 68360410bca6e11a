/// A row of a lots list that names no single lot of the data (docs/input-rules.md rule 39):
/// where it stands, what it names, why, and a sentence saying what was expected.
public struct LotListProblem: Sendable, Hashable {
    /// Why a row resolves to no lot.
    public enum Reason: Sendable, Hashable {
        /// The product cell names no product (by Internal Reference, display name or GTIN).
        case unknownProduct
        /// No lot of that name (of that product, when the row names one).
        case unknownLot
        /// Several lots have that name (of several products, or of one in several companies).
        case ambiguousLot
        /// The row names a product but its lot cell is empty.
        case missingLot
        /// The row could not be read into cells, as an export's row would be rejected.
        case unreadable(RejectionReason)

        /// The keyword reports and JSON give (`unknown_lot`; a rejection's own keyword).
        public var keyword: String {
            switch self {
            case .unknownProduct: "unknown_product"
            case .unknownLot: "unknown_lot"
            case .ambiguousLot: "ambiguous_lot"
            case .missingLot: "missing_lot"
            case .unreadable(let reason): reason.rawValue
            }
        }
    }

    /// Line (a workbook's row number) and 1-based column of the cell at fault (0: the row).
    public var line: Int
    public var column: Int
    /// The row's product and lot cells; nil when the row has none or could not be read.
    public var product: String?
    public var lot: String?
    public var reason: Reason
    public var message: String
}
