/// One settled burst of changes under the content folder, handed to the consumer in order.
///
/// `paths` are relative to the content root ("2022/a.yaml", "sub"): files and directories that
/// were created, modified, deleted or moved from/to. A directory path means "anything under it
/// may have changed": the consumer re-lists it. `rescanAll` means events were lost (queue
/// overflow, watch limit reached, root replaced): the consumer must re-read the whole tree.
public struct ChangeBatch: Sendable, Equatable {
    /// Changed paths relative to the content root, editor temp files and `.git/` left out.
    public var paths: Set<String>
    /// True when the watcher could not tell exactly what changed: re-read everything.
    public var rescanAll: Bool
    /// 1 for the first batch of a watcher, then +1 per batch.
    public var sequence: UInt64

    public init(paths: Set<String>, rescanAll: Bool, sequence: UInt64) {
        self.paths = paths
        self.rescanAll = rescanAll
        self.sequence = sequence
    }
}
