import Foundation

/// The kernel's inotify limits, read from /proc/sys/fs/inotify (libinotifytools 3.22 reads
/// a misspelt file for the queue size and returns -1, so we read them ourselves).
public struct InotifyLimits {
    /// `nil` for a limit that cannot be read (not Linux, /proc not mounted).
    public static func read() -> (maxUserWatches: Int?, maxQueuedEvents: Int?, maxUserInstances: Int?) {
        (value("max_user_watches"), value("max_queued_events"), value("max_user_instances"))
    }

    static func value(_ name: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/sys/fs/inotify/" + name, encoding: .utf8) else {
            return nil
        }
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
