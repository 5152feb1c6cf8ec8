import Foundation
import JixiaoWatch

/// Collects the batches a watcher delivers and lets a test wait for them with a deadline.
final class BatchRecorder: @unchecked Sendable {
    // @unchecked: all state is guarded by `condition`.
    private let condition = NSCondition()
    private var batches: [ChangeBatch] = []
    private var taken = 0

    func record(_ batch: ChangeBatch) {
        condition.lock()
        batches.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch not returned before, or nil when none arrives within `seconds`.
    func next(within seconds: Double = 5) -> ChangeBatch? {
        let deadline = Date(timeIntervalSinceNow: seconds)
        condition.lock()
        defer { condition.unlock() }
        while taken >= batches.count {
            if !condition.wait(until: deadline) { return nil }
        }
        taken += 1
        return batches[taken - 1]
    }

    /// Takes batches until the union of their paths contains `expected` (or one is `rescanAll`
    /// when `rescan` is set); returns them, or what arrived before the deadline.
    func take(untilSeen expected: Set<String> = [], rescan: Bool = false, within seconds: Double = 5) -> [ChangeBatch] {
        let deadline = Date().addingTimeInterval(seconds)
        var received: [ChangeBatch] = []
        var seen = Set<String>()
        var sawRescan = false
        while !(expected.isSubset(of: seen) && (!rescan || sawRescan)) {
            let left = deadline.timeIntervalSinceNow
            guard left > 0, let batch = next(within: left) else { break }
            received.append(batch)
            seen.formUnion(batch.paths)
            sawRescan = sawRescan || batch.rescanAll
        }
        return received
    }

    /// Every batch delivered so far, taken or not.
    var all: [ChangeBatch] {
        condition.lock()
        defer { condition.unlock() }
        return batches
    }
}
