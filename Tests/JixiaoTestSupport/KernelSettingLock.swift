import Foundation

/// Tests that lower `fs.inotify.max_queued_events` (root only) hold this lock exclusively while the
/// kernel's setting is lowered; tests that read it (`jixiao doctor`) hold it shared. A flock on a
/// file in /tmp, so it also works across test targets (the suites run in parallel in one process).
/// In a support target of its own so both test targets share one copy.
public enum KernelSettingLock {
    public static func withLock<T>(exclusive: Bool, _ body: () throws -> T) rethrows -> T {
        let descriptor = open("/tmp/jixiao-tests-inotify-limits.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        if descriptor >= 0 { _ = flock(descriptor, exclusive ? LOCK_EX : LOCK_SH) }
        defer {
            if descriptor >= 0 {
                _ = flock(descriptor, LOCK_UN)
                close(descriptor)
            }
        }
        return try body()
    }
}
