/// One inotify event copied out of libinotifytools' static buffer, which the next read reuses.
struct RawEvent {
    let wd: Int32
    let mask: UInt32
    let cookie: UInt32
    /// Entry name inside the watched directory; empty for events on the directory itself.
    let name: String
}
