import Foundation

/// Signal handling for the daemon: the signals are blocked in every thread (call `block` before
/// any thread starts) and one thread takes them with `sigwait`, so Swift code runs outside any
/// async-signal context. (libdispatch signal sources on Linux miss signals set to SIG_IGN.)
final class SignalHandlers: @unchecked Sendable {
    private var actions: [Int32: @Sendable () -> Void] = [:]
    private let lock = NSLock()
    private let signals: [Int32]

    /// Blocks the signals in the calling thread; threads started afterwards inherit the mask.
    init(blocking signals: [Int32]) {
        self.signals = signals
        var set = sigset_t()
        sigemptyset(&set)
        for number in signals { sigaddset(&set, number) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    func on(_ signalNumber: Int32, _ action: @escaping @Sendable () -> Void) {
        lock.lock()
        actions[signalNumber] = action
        lock.unlock()
    }

    /// Starts the thread that waits for the signals and runs their actions one at a time.
    func start() {
        let thread = Thread { [self] in
            var set = sigset_t()
            sigemptyset(&set)
            for number in signals { sigaddset(&set, number) }
            while true {
                var received: Int32 = 0
                guard sigwait(&set, &received) == 0 else { continue }
                lock.lock()
                let action = actions[received]
                lock.unlock()
                action?()
            }
        }
        thread.name = "jixiao.signals"
        thread.start()
    }
}
