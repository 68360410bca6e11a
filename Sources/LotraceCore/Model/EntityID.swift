/// A dense index into one of the Dataset's tables, typed by the entity it names.
public struct EntityID<Entity>: Hashable, Comparable, Sendable, Encodable, CustomStringConvertible {
    public let index: Int32

    public init(_ index: Int) { self.index = Int32(index) }

    public static func < (a: EntityID, b: EntityID) -> Bool { a.index < b.index }

    public var description: String { String(index) }
}

public typealias ProductID = EntityID<Product>
public typealias LotID = EntityID<Lot>
public typealias LocationID = EntityID<Location>
public typealias PartnerID = EntityID<Partner>
public typealias TransferID = EntityID<Transfer>
public typealias OperationTypeID = EntityID<OperationType>
