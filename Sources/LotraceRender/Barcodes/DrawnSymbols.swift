import Synchronization

/// The symbols a build has drawn, by what they encode: a lot's GS1 barcode is the same on every
/// slip that ships it (and on the day's print of that slip), so it is drawn once. Bounded: past
/// `capacity` symbols it starts again empty, so memory stays flat on a year of slips.
final class DrawnSymbols: Sendable {
    private let symbols = Mutex<[String: PrintedBarcode]>([:])
    private let capacity: Int

    init(capacity: Int = 50_000) { self.capacity = capacity }

    /// The symbol drawn for `key`, drawn by `draw` the first time (a failure is not kept).
    func symbol(_ key: String, draw: () throws -> PrintedBarcode) rethrows -> PrintedBarcode {
        if let drawn = symbols.withLock({ $0[key] }) { return drawn }
        let drawn = try draw()
        symbols.withLock { symbols in
            if symbols.count >= capacity { symbols.removeAll(keepingCapacity: true) }
            symbols[key] = drawn
        }
        return drawn
    }
}
