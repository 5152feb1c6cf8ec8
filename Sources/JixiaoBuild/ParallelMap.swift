import Dispatch

/// Runs independent work items on every core (`DispatchQueue.concurrentPerform`) and returns their
/// results in input order. Each iteration writes only its own slot of a preallocated buffer, so no
/// lock is needed; the buffer is read only after all iterations have finished.
enum ParallelMap {
    /// Below this many items the work runs on the calling thread (thread hand-off costs more).
    static let minimumParallelCount = 4

    static func map<Result>(_ count: Int, _ transform: (Int) -> Result) -> [Result] {
        map(count, alongside: nil, transform)
    }

    /// `map`, and `alongside` run once at the same time as the items, on one of the threads (it
    /// is started first). The caller's thread waits for both.
    static func map<Result>(_ count: Int, alongside: (() -> Void)?, _ transform: (Int) -> Result) -> [Result] {
        guard count >= minimumParallelCount else {
            alongside?()
            return (0..<count).map(transform)
        }
        let slots = Slots<Result>(count: count)
        let extra = alongside == nil ? 0 : 1
        withoutActuallyEscaping(transform) { transform in
            withoutActuallyEscaping(alongside ?? {}) { alongside in
                let work = UncheckedBox(transform)
                let side = UncheckedBox(alongside)
                DispatchQueue.concurrentPerform(iterations: count + extra) { index in
                    if index < extra {
                        side.value()
                    } else {
                        slots.set(index - extra, work.value(index - extra))
                    }
                }
            }
        }
        return slots.collect()
    }

    /// One slot per iteration; each is written by exactly one iteration.
    private final class Slots<Element>: @unchecked Sendable {
        private let storage: UnsafeMutableBufferPointer<Element?>

        init(count: Int) {
            storage = .allocate(capacity: count)
            storage.initialize(repeating: nil)
        }

        func set(_ index: Int, _ value: Element) { storage[index] = value }

        func collect() -> [Element] { storage.compactMap { $0 } }

        deinit {
            storage.deinitialize()
            storage.deallocate()
        }
    }

    /// The caller's closure reads shared state only (the builder is not mutated during a parallel
    /// phase), which the compiler cannot see.
    private struct UncheckedBox<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
