import CInotifyTools
import Foundation
import Glibc

/// The process's one libinotifytools instance (the library keeps global state and a static
/// event buffer). Used only on the watch thread.
final class InotifySession {
    /// Result of asking for a watch on one directory.
    enum AddResult {
        case watched(descriptor: Int32)
        case failed(errno: Int32)
    }

    /// What we watch on every directory. IN_DONT_FOLLOW: a symlink is never followed out of
    /// the content folder; IN_ONLYDIR: a directory replaced by a file in a race is not watched.
    static let directoryMask: UInt32 = JX_IN_CREATE | JX_IN_DELETE | JX_IN_MODIFY | JX_IN_CLOSE_WRITE
        | JX_IN_MOVED_FROM | JX_IN_MOVED_TO | JX_IN_ATTRIB | JX_IN_DELETE_SELF | JX_IN_MOVE_SELF
        | JX_IN_DONT_FOLLOW | JX_IN_ONLYDIR

    /// The inotify descriptor inside libinotifytools, which 3.22 has no getter for: found as
    /// the one `anon_inode:inotify` that appeared in /proc/self/fd during initialisation.
    /// We poll() it for millisecond timing; nil means we could not tell, and poll in 5 ms steps.
    let descriptor: Int32?

    init() throws {
        let before = Self.inotifyDescriptors()
        guard inotifytools_initialize() != 0 else {
            throw WatchError.inotifyFailed(operation: "inotifytools_initialize", errno: Int32(inotifytools_error()))
        }
        let appeared = Self.inotifyDescriptors().subtracting(before)
        descriptor = appeared.count == 1 ? appeared.first : nil
    }

    /// Frees libinotifytools' state so a later watcher in this process can initialise it again.
    func close() {
        inotifytools_cleanup()
    }

    func addWatch(absolutePath: String) -> AddResult {
        let mask = Self.directoryMask
        let added = absolutePath.withCString { inotifytools_watch_file($0, Int32(bitPattern: mask)) }
        guard added != 0 else { return .failed(errno: Int32(inotifytools_error())) }
        // libinotifytools returns no descriptor and its name table can hold a stale entry for a
        // recreated directory; the kernel hands back the live descriptor of an already watched
        // inode, and IN_MASK_ADD with the same mask changes nothing.
        if let descriptor {
            let watch = inotify_add_watch(descriptor, absolutePath, mask | JX_IN_MASK_ADD)
            return watch >= 0 ? .watched(descriptor: watch) : .failed(errno: errno)
        }
        let watch = inotifytools_wd_from_filename(absolutePath + "/")
        return watch >= 0 ? .watched(descriptor: watch) : .failed(errno: ENOENT)
    }

    /// Drops a watch that is still alive (a directory moved out of the tree).
    func removeWatch(_ descriptor: Int32) {
        _ = inotifytools_remove_watch_by_wd(descriptor)
    }

    /// Drops a watch that may already be gone (the kernel removed it and queued IN_IGNORED):
    /// straight through the fd, because the library prints to stderr when removal fails.
    func dropWatch(_ watch: Int32) {
        guard let descriptor else {
            removeWatch(watch)
            return
        }
        _ = inotify_rm_watch(descriptor, watch)
    }

    /// The next queued event without blocking, copied at once out of the library's buffer.
    func nextEvent() -> RawEvent? {
        // Timeout 0 on next_events means select() with a zero timeout (next_event(0) would block).
        guard let event = inotifytools_next_events(0, 1) else { return nil }
        let name = String(cString: jx_event_name(event))
        return RawEvent(wd: event.pointee.wd, mask: event.pointee.mask, cookie: event.pointee.cookie, name: name)
    }

    private static func inotifyDescriptors() -> Set<Int32> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        var found = Set<Int32>()
        for name in names {
            guard let number = Int32(name) else { continue }
            var buffer = [CChar](repeating: 0, count: 64)
            let length = readlink("/proc/self/fd/" + name, &buffer, buffer.count - 1)
            guard length > 0 else { continue }
            let target = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if target == "anon_inode:inotify" {
                found.insert(number)
            }
        }
        return found
    }
}
