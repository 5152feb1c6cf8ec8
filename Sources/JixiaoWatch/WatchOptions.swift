/// Timing knobs of a `ContentWatcher`; the defaults suit an editor saving one file at a time.
public struct WatchOptions: Sendable {
    /// Trailing quiet period: a batch is delivered once no event came for this long.
    public var settle: Duration
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
        maxWait: Duration = .seconds(1),
        lockPollInterval: Duration = .milliseconds(10),
        lockHoldLimit: Duration = .seconds(60),
        fallbackScanInterval: Duration = .seconds(2),
        watchLimit: Int? = nil
    ) {
        self.settle = settle
        self.maxWait = maxWait
        self.lockPollInterval = lockPollInterval
        self.lockHoldLimit = lockHoldLimit
        self.fallbackScanInterval = fallbackScanInterval
        self.watchLimit = watchLimit
    }
}
