/// Why a `ContentWatcher` could not be created or started.
public enum WatchError: Error, Equatable, CustomStringConvertible {
    /// The content root does not exist or is not a directory.
    case notADirectory(path: String)
    /// libinotifytools keeps global state: only one watcher per process may run at a time.
    case anotherWatcherActive
    /// `start` was called on a watcher that was already started (watchers are single-use).
    case alreadyStarted
    /// inotify itself failed (errno), e.g. EMFILE when `max_user_instances` is reached.
    case inotifyFailed(operation: String, errno: Int32)

    public var description: String {
        switch self {
        case .notADirectory(let path):
            return "内容目录不存在或不是目录：\(path)"
        case .anotherWatcherActive:
            return "本进程已有一个 ContentWatcher 在运行（libinotifytools 为全局状态，每个进程只能有一个）"
        case .alreadyStarted:
            return "该 ContentWatcher 已启动过；请新建一个"
        case .inotifyFailed(let operation, let code):
            return "inotify 调用失败：\(operation)（errno \(code)）"
        }
    }
}
