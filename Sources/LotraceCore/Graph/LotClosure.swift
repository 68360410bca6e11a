/// The lots reachable from one lot through manufacturing links, in one direction.
enum LotClosure {
    /// Breadth-first from `start` (excluded), each lot once (cycle-safe), in discovery order.
    static func lots(from start: LotID, next: (LotID) -> [LotID]) -> [LotID] {
        var seen: Set<LotID> = [start]
        var found: [LotID] = []
        var queue: [LotID] = [start]
        var head = 0
        while head < queue.count {
            let lot = queue[head]
            head += 1
            for neighbour in next(lot) where seen.insert(neighbour).inserted {
                found.append(neighbour)
                queue.append(neighbour)
            }
        }
        return found
    }
}
