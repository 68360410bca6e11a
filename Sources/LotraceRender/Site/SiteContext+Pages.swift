import Foundation
import Synchronization

extension SiteContext {
    /// Calls `body` for `0..<count` on every core, reporting progress; the first error thrown
    /// stops the remaining calls and is rethrown.
    public func forEachPage(_ count: Int, _ body: @Sendable (Int) throws -> Void) throws {
        let failure = Mutex<(any Error)?>(nil)
        let done = Atomic(0)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            guard failure.withLock({ $0 == nil }) else { return }
            do {
                try body(index)
            } catch {
                failure.withLock { if $0 == nil { $0 = error } }
            }
            progress(done.add(1, ordering: .relaxed).newValue, count)
        }
        if let error = failure.withLock({ $0 }) { throw error }
    }
}
