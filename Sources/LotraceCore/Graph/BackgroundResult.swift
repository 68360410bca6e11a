import Dispatch

/// A value computed on a global dispatch queue while the caller does other work; `value`
/// waits for it. The semaphore orders the write before the read.
final class BackgroundResult<Value: Sendable>: @unchecked Sendable {
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)

    /// Starts computing `work` now.
    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// The computed value (waits until it is there).
    var value: Value {
        done.wait()
        defer { done.signal() }
        return result!
    }
}
