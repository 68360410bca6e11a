import Foundation

extension Array {
    /// The `count` elements `element(0)`, `element(1)`... made on every core, in index order.
    /// `element` must only read shared state.
    public init(count: Int, madeInParallel element: @Sendable (Int) -> Element) {
        self.init(unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: count) { index in
                (buffer.baseAddress! + index).initialize(to: element(index))
            }
            initialized = count
        }
    }
}
