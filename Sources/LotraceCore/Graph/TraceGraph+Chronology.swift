extension TraceGraph {
    /// Line indices sorted by (date, sequence).
    ///
    /// When sequences increase with the index (the loader's reading order) and the date span
    /// leaves room, each line becomes one `UInt64` key (date offset, then index) and a plain
    /// integer sort does the work; otherwise the indices are sorted by comparing lines.
    static func chronologicalOrder(of lines: [MoveLine]) -> [Int32] {
        guard let first = lines.first else { return [] }
        var earliest = first.date.seconds
        var latest = earliest
        var sequencesIncrease = true
        var previous = Int64(first.sequence) - 1
        for line in lines {
            earliest = min(earliest, line.date.seconds)
            latest = max(latest, line.date.seconds)
            if Int64(line.sequence) <= previous { sequencesIncrease = false }
            previous = Int64(line.sequence)
        }
        let indexBits = Int.bitWidth - (lines.count - 1).leadingZeroBitCount
        let span = UInt64(latest - earliest)
        guard sequencesIncrease, UInt64.bitWidth - span.leadingZeroBitCount + indexBits <= UInt64.bitWidth else {
            return (0..<Int32(lines.count)).sorted { a, b in
                (lines[Int(a)].date, lines[Int(a)].sequence) < (lines[Int(b)].date, lines[Int(b)].sequence)
            }
        }
        var keys = [UInt64]()
        keys.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            keys.append(UInt64(line.date.seconds - earliest) << UInt64(indexBits) | UInt64(index))
        }
        keys.sort()
        let mask = (UInt64(1) << UInt64(indexBits)) &- 1
        return keys.map { Int32(truncatingIfNeeded: $0 & mask) }
    }
}
