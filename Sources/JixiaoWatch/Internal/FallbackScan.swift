/// State of the periodic full scan that replaces inotify once no more watches can be added.
struct FallbackScan {
    /// Listing (relative path → stamp) seen at the previous scan.
    var snapshot: [String: FileStamp]
    var nextScanAt: ContinuousClock.Instant
}
