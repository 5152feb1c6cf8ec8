// JixiaoWatch: decides WHICH paths under the content folder changed; it builds nothing.
//
// One dedicated thread owns libinotifytools (global state, static event buffer). It watches the
// content folder recursively and does what the library does not: watches and rescans new
// directories, drops watches of directories moved out, turns queue overflow into `rescanAll`,
// falls back to a periodic full scan when the watch limit is reached, never follows symlinks,
// ignores editor temp files and `.git/`, and holds batches while `.git/index.lock` exists.
// Bursts are settled with a trailing quiet period capped by a maximum wait, then handed to the
// consumer as one `ChangeBatch`, on the same thread, one at a time. See docs/watch.md.
import Foundation
import Logging

/// Watches a content folder and calls a handler with settled batches of changed paths.
///
/// libinotifytools keeps process-wide state, so only one watcher may run per process at a
/// time: `start` throws `WatchError.anotherWatcherActive` otherwise. A watcher is single-use.
public final class ContentWatcher: Sendable {
    /// The content folder, symlinks resolved; batch paths are relative to it.
    public let root: URL
    private let options: WatchOptions
    private let logger: Logger
    private let lifecycle = Locked(Lifecycle())

    private struct Lifecycle {
        var started = false
        var loop: WatchLoop?
        var finished: DispatchSemaphore?
    }

    /// Process-wide claim on libinotifytools; released once its state is cleaned up.
    private static let libraryInUse = Locked(false)

    public init(root: URL, options: WatchOptions = .init(), logger: Logger = Logger(label: "jixiao.watch")) throws {
        let resolved = root.standardizedFileURL.resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WatchError.notADirectory(path: root.path)
        }
        self.root = resolved
        self.options = options
        var logger = logger
        logger[metadataKey: "content"] = "\(resolved.path)"
        self.logger = logger
    }

    deinit {
        stop()
    }

    /// Starts the watch thread and returns once every directory of the tree is watched, so a
    /// file written right after `start` returns is reported. `handler` runs on the watch
    /// thread, serially; while it runs no events are read (a slow consumer can overflow the
    /// kernel queue, which is then reported as `rescanAll`).
    public func start(_ handler: @escaping @Sendable (ChangeBatch) -> Void) throws {
        try lifecycle.withLock { state in
            if state.started { throw WatchError.alreadyStarted }
            state.started = true
        }
        let claimed = Self.libraryInUse.withLock { inUse in
            if inUse { return false }
            inUse = true
            return true
        }
        guard claimed else {
            lifecycle.withLock { $0.started = false }
            throw WatchError.anotherWatcherActive
        }
        let loop: WatchLoop
        do {
            loop = try WatchLoop(root: root.path, options: options, logger: logger, handler: handler)
        } catch {
            Self.libraryInUse.withLock { $0 = false }
            throw error
        }
        let ready = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let setUpError = Locked<(any Error)?>(nil)
        let thread = Thread {
            do {
                try loop.setUp()
            } catch {
                setUpError.withLock { $0 = error }
            }
            let failed = setUpError.current != nil
            ready.signal()
            if !failed { loop.run() }
            loop.tearDown()
            Self.libraryInUse.withLock { $0 = false }
            finished.signal()
        }
        thread.name = "jixiao.watch"
        thread.start()
        ready.wait()
        if let error = setUpError.current {
            finished.wait()
            throw error
        }
        lifecycle.withLock { state in
            state.loop = loop
            state.finished = finished
        }
    }

    /// Stops watching and waits for the watch thread to finish (unless called from the handler,
    /// where it only asks the thread to stop after the handler returns). Idempotent.
    public func stop() {
        let running = lifecycle.withLock { state -> (WatchLoop, DispatchSemaphore)? in
            guard let loop = state.loop, let finished = state.finished else { return nil }
            state.loop = nil
            state.finished = nil
            return (loop, finished)
        }
        guard let (loop, finished) = running else { return }
        loop.requestStop()
        if !loop.isWatchThread {
            finished.wait()
        }
    }
}
