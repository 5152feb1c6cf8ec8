import CInotifyTools
import Foundation
import Glibc
import Logging

/// Everything the watch thread owns: the inotify session, the wd → path table and the batch
/// being settled. It reads events, settles bursts and calls the consumer, all on that thread.
final class WatchLoop: @unchecked Sendable {
    // @unchecked: once `start` hands the loop to the watch thread, only that thread touches the
    // mutable state below; other threads only call `requestStop` and `isWatchThread`, which go
    // through the eventfd and a lock.
    let root: String
    let options: WatchOptions
    let logger: Logger
    let handler: @Sendable (ChangeBatch) -> Void
    let lockProbe: GitLockProbe
    let clock = ContinuousClock()

    /// Self-pipe: `requestStop` writes to [1] so a poll() waiting on [0] returns at once.
    private let wakePipe: (read: Int32, write: Int32)
    private let stopRequested = Locked(false)
    private let watchThread = Locked<pthread_t?>(nil)

    var session: InotifySession?
    var table = WatchTable()
    var fallback: FallbackScan?
    /// While resynchronising after an overflow: every descriptor the walk (re)confirmed.
    var confirmedDescriptors: Set<Int32>?
    /// False during the initial walk: what exists at start is not a change.
    var isRunning = false

    var pending = Set<String>()
    /// Files of the pending batch modified or created and not closed or renamed into place since:
    /// while any is left, the batch waits for the full `settle` period.
    var beingWritten = Set<String>()
    var pendingRescan = false
    var firstEventAt: ContinuousClock.Instant?
    var lastEventAt: ContinuousClock.Instant?
    var holdStartedAt: ContinuousClock.Instant?
    /// Set when a lock outlived `lockHoldLimit`: do not hold again until it disappears.
    var lockDeclaredStale = false
    var sequence: UInt64 = 0
    /// The last drain hit its budget: libinotifytools may still hold events in its buffer.
    var moreBuffered = false
    /// errno of the last watch that could not be added, for the error `start` throws.
    var lastWatchError: Int32 = 0

    init(root: String, options: WatchOptions, logger: Logger, handler: @escaping @Sendable (ChangeBatch) -> Void) throws {
        self.root = root
        self.options = options
        self.logger = logger
        self.handler = handler
        self.lockProbe = GitLockProbe(root: root)
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            throw WatchError.inotifyFailed(operation: "pipe", errno: errno)
        }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        wakePipe = (ends[0], ends[1])
    }

    deinit {
        Glibc.close(wakePipe.read)
        Glibc.close(wakePipe.write)
    }

    // MARK: Called from other threads

    func requestStop() {
        stopRequested.withLock { $0 = true }
        var byte: UInt8 = 1
        _ = write(wakePipe.write, &byte, 1)
    }

    var isWatchThread: Bool {
        guard let thread = watchThread.current else { return false }
        return pthread_equal(thread, pthread_self()) != 0
    }

    // MARK: The watch thread

    /// Initialises libinotifytools and watches the whole tree; `start` waits for this.
    func setUp() throws {
        watchThread.withLock { $0 = pthread_self() }
        let session = try InotifySession()
        self.session = session
        if session.descriptor == nil {
            logger.warning("未能找到 libinotifytools 的 inotify 描述符：改为每 5 ms 轮询一次事件")
        }
        watchTree("", report: false)
        if table.descriptor(for: "") == nil, fallback == nil {
            throw WatchError.inotifyFailed(operation: "inotify_add_watch \(root)", errno: lastWatchError)
        }
        isRunning = true
        logger.debug("开始监视", metadata: ["root": "\(root)", "watches": "\(table.count)"])
    }

    /// Reads, settles and delivers until `requestStop`.
    func run() {
        while !stopRequested.current {
            // Events left in libinotifytools' buffer do not make its fd readable: do not sleep.
            waitForInput(timeoutMilliseconds: moreBuffered ? 0 : pollTimeoutMilliseconds(now: clock.now))
            if stopRequested.current { break }
            moreBuffered = drainEvents()
            let now = clock.now
            scanIfDue(now: now)
            deliverIfSettled(now: now)
        }
    }

    func tearDown() {
        session?.close()
        session = nil
    }

    private func waitForInput(timeoutMilliseconds: Int32) {
        var descriptors = [pollfd(fd: wakePipe.read, events: Int16(POLLIN), revents: 0)]
        var timeout = timeoutMilliseconds
        if let inotify = session?.descriptor {
            descriptors.append(pollfd(fd: inotify, events: Int16(POLLIN), revents: 0))
        } else if session != nil {
            timeout = timeout < 0 ? 5 : min(timeout, 5)
        }
        _ = poll(&descriptors, nfds_t(descriptors.count), timeout)
        if descriptors[0].revents & Int16(POLLIN) != 0 {
            var bytes = [UInt8](repeating: 0, count: 16)
            _ = read(wakePipe.read, &bytes, bytes.count)
        }
    }

    /// Handles the queued events; true when it stopped early and more may be waiting.
    private func drainEvents() -> Bool {
        guard let session else { return false }
        // Bounded so a flood of events cannot starve the settle timer and the consumer.
        var budget = 16_384
        while budget > 0 {
            guard let event = session.nextEvent() else { return false }
            handle(event)
            budget -= 1
        }
        return true
    }

    private func pollTimeoutMilliseconds(now: ContinuousClock.Instant) -> Int32 {
        var deadline: ContinuousClock.Instant?
        if let first = firstEventAt, let last = lastEventAt {
            deadline = holdStartedAt == nil
                ? min(last + quietPeriod, first + options.maxWait)
                : now + options.lockPollInterval
        }
        if let scanAt = fallback?.nextScanAt {
            deadline = min(deadline ?? scanAt, scanAt)
        }
        guard let deadline else { return -1 }
        let remaining = now.duration(to: deadline)
        if remaining <= .zero { return 0 }
        let (seconds, attoseconds) = remaining.components
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: milliseconds)
    }

    // MARK: Settling and delivery

    func markChanged(_ relativePath: String) {
        pending.insert(relativePath)
        noteActivity()
    }

    func markRescanAll() {
        pendingRescan = true
        noteActivity()
    }

    /// Whether a file of the pending batch may still be half written, and how long to wait for quiet.
    private var quietPeriod: Duration {
        beingWritten.isEmpty && !pendingRescan ? options.settleAfterClose : options.settle
    }

    /// Tracks whether a file is complete: IN_MODIFY / IN_CREATE open a write, IN_CLOSE_WRITE or a
    /// rename into place (IN_MOVED_TO) closes it; a file that is gone is not being written.
    func noteFileEvent(_ relativePath: String, mask: UInt32) {
        if mask & (JX_IN_CLOSE_WRITE | JX_IN_MOVED_TO | JX_IN_DELETE | JX_IN_MOVED_FROM) != 0 {
            beingWritten.remove(relativePath)
        } else if mask & (JX_IN_MODIFY | JX_IN_CREATE) != 0 {
            beingWritten.insert(relativePath)
        }
    }

    private func noteActivity() {
        let now = clock.now
        if firstEventAt == nil { firstEventAt = now }
        lastEventAt = now
    }

    private func deliverIfSettled(now: ContinuousClock.Instant) {
        guard let first = firstEventAt, let last = lastEventAt else { return }
        if holdStartedAt == nil {
            guard now >= last + quietPeriod || now >= first + options.maxWait else { return }
        }
        if lockProbe.isLocked, !lockDeclaredStale {
            // A checkout or pull rewrites many files while holding the lock: one batch for all.
            let heldSince = holdStartedAt ?? now
            holdStartedAt = heldSince
            if now < heldSince + options.lockHoldLimit { return }
            lockDeclaredStale = true
            logger.warning("\(lockProbe.lockPath) 已存在超过 \(options.lockHoldLimit)，视为残留锁，照常发出变更")
        } else if !lockProbe.isLocked {
            lockDeclaredStale = false
        }
        deliver()
    }

    private func deliver() {
        let paths = pending
        let rescanAll = pendingRescan
        pending = []
        beingWritten = []
        pendingRescan = false
        firstEventAt = nil
        lastEventAt = nil
        holdStartedAt = nil
        guard !paths.isEmpty || rescanAll else { return }
        sequence += 1
        handler(ChangeBatch(paths: paths, rescanAll: rescanAll, sequence: sequence))
    }

    // MARK: Fallback scan (watch limit reached)

    func enterFallback(reason: String) {
        guard fallback == nil else { return }
        let limits = InotifyLimits.read()
        let limitText = limits.maxUserWatches.map(String.init) ?? "未知"
        logger.error("""
            无法再添加 inotify 监视（\(reason)；max_user_watches=\(limitText)，本监视器已用 \(table.count) 个）。\
            改为每 \(options.fallbackScanInterval) 全量扫描一次内容目录；\
            可调高 /proc/sys/fs/inotify/max_user_watches 后重启。
            """)
        fallback = FallbackScan(snapshot: TreeWalker.snapshot(root: root), nextScanAt: clock.now + options.fallbackScanInterval)
        // Changes may already have been missed in the directories we could not watch.
        if isRunning { markRescanAll() }
    }

    private func scanIfDue(now: ContinuousClock.Instant) {
        guard var scan = fallback, now >= scan.nextScanAt else { return }
        let listing = TreeWalker.snapshot(root: root)
        if listing != scan.snapshot {
            markRescanAll()
        }
        scan.snapshot = listing
        scan.nextScanAt = clock.now + options.fallbackScanInterval
        fallback = scan
    }
}
