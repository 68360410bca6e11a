/// Elements grouped by a dense integer key (compressed sparse rows): the elements of key `k` are
/// `elements[offsets[k]..<offsets[k + 1]]`. One flat array instead of an array per key.
struct Grouped<Element: Sendable>: Sendable {
    private(set) var offsets: [Int32] = [0]
    private(set) var elements: [Element] = []

    init() {}

    /// Number of keys (groups closed so far).
    var groupCount: Int { offsets.count - 1 }

    /// The elements of one key.
    subscript(key: Int) -> ArraySlice<Element> {
        elements[Int(offsets[key])..<Int(offsets[key + 1])]
    }

    /// Adds an element to the group being built.
    mutating func append(_ element: Element) { elements.append(element) }

    /// Ends the group being built: its key is the next one.
    mutating func closeGroup() { offsets.append(Int32(elements.count)) }
}

extension Grouped where Element == Int32 {
    /// Groups `values` by `keys` (aligned; a negative key leaves the value out) with a counting
    /// sort: values keep their input order inside each group.
    init(keyCount: Int, keys: [Int32], values: [Int32]) {
        var offsets = [Int32](repeating: 0, count: keyCount + 1)
        for key in keys where key >= 0 { offsets[Int(key) + 1] += 1 }
        for key in 0..<keyCount { offsets[key + 1] += offsets[key] }
        var cursor = offsets
        var elements = [Int32](repeating: 0, count: Int(offsets[keyCount]))
        for (position, key) in keys.enumerated() where key >= 0 {
            elements[Int(cursor[Int(key)])] = values[position]
            cursor[Int(key)] += 1
        }
        self.offsets = offsets
        self.elements = elements
    }
}
