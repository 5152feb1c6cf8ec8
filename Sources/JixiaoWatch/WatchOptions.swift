/// Timing knobs of a `ContentWatcher`; the defaults suit an editor saving one file at a time.
public struct WatchOptions: Sendable {
    /// Trailing quiet period while a file of the batch may still be half written (it was modified
    /// or created and not closed since): the batch is delivered once no event came for this long.
    public var settle: Duration
    /// Trailing quiet period once every file of the batch was closed after writing or renamed into
    /// place (IN_CLOSE_WRITE / IN_MOVED_TO after its last IN_MODIFY): its content is complete, so
    /// the batch only waits for the rest of the same save (an editor's rename, chmod, backup delete).
    public var settleAfterClose: Duration
    /// Upper bound on how long a continuous stream of events can delay a batch.
    public var maxWait: Duration
    /// How often to look again whether `.git/index.lock` is gone while holding a batch.
    public var lockPollInterval: Duration
    /// After this long a batch held by `.git/index.lock` is delivered anyway (stale lock).
    public var lockHoldLimit: Duration
    /// Period of the full-tree scan used once inotify watches cannot be added any more.
    public var fallbackScanInterval: Duration
    /// Most directory watches this watcher may hold; `nil` means only the kernel's
    /// `max_user_watches` limits it. Past the limit the watcher behaves as on ENOSPC.
    public var watchLimit: Int?

    public init(
        settle: Duration = .milliseconds(30),
        settleAfterClose: Duration = .milliseconds(5),
        maxWait: Duration = .seconds(1),
        lockPollInterval: Duration = .milliseconds(10),
        lockHoldLimit: Duration = .seconds(60),
        fallbackScanInterval: Duration = .seconds(2),
        watchLimit: Int? = nil
    ) {
        self.settle = settle
        self.settleAfterClose = min(settleAfterClose, settle)
        self.maxWait = maxWait
        self.lockPollInterval = lockPollInterval
        self.lockHoldLimit = lockHoldLimit
        self.fallbackScanInterval = fallbackScanInterval
        self.watchLimit = watchLimit
    }
}
