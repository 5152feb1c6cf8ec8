import Foundation
import JixiaoTestSupport
import Testing
@testable import JixiaoWatch

/// Git checkouts, queue overflow and the watch limit: the cases where paths are not enough.
extension ContentWatcherTests {
    @Test func filesWrittenWhileGitIndexLockExistsAreOneBatch() throws {
        let tree = try TemporaryTree()
        try tree.write(".git/HEAD", "ref: refs/heads/main\n")
        try watching(tree) { recorder in
            try tree.write(".git/index.lock", "")
            for index in 0..<250 {
                try tree.write("checkout/\(index).yaml")
            }
            // A checkout can pause longer than the settle time: still no batch while locked.
            #expect(recorder.next(within: 0.3) == nil)
            for index in 250..<500 {
                try tree.write("checkout/\(index).yaml")
            }
            try tree.delete(".git/index.lock")
            let batch = recorder.next()
            let files = batch?.paths.filter { $0.hasSuffix(".yaml") } ?? []
            #expect(files.count == 500)
            try tree.write("marker.yaml")
            #expect(recorder.next()?.paths == ["marker.yaml"], "the checkout must be exactly one batch")
        }
    }

    @Test func lockInTheRepositoryAboveTheContentFolderHoldsToo() throws {
        let repository = try TemporaryTree("repo")
        defer { repository.remove() }
        try repository.write(".git/HEAD", "ref: refs/heads/main\n")
        try repository.makeDirectory("content")
        let content = TemporaryTree(existing: repository.url.appendingPathComponent("content"))
        let recorder = BatchRecorder()
        let watcher = try ContentWatcher(root: content.url)
        try watcher.start { recorder.record($0) }
        defer { watcher.stop() }
        try repository.write(".git/index.lock", "")
        try content.write("a.yaml")
        #expect(recorder.next(within: 0.3) == nil)
        try repository.delete(".git/index.lock")
        #expect(recorder.next()?.paths == ["a.yaml"])
    }

    @Test(.enabled(if: getuid() == 0, "needs root to lower /proc/sys/fs/inotify/max_queued_events"))
    func overflowWhileTheConsumerIsBusyIsReportedAsRescanAll() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        let limitFile = "/proc/sys/fs/inotify/max_queued_events"
        let saved = try String(contentsOfFile: limitFile, encoding: .utf8)
        let recorder = BatchRecorder()
        let consumerBusy = DispatchSemaphore(value: 0)
        let releaseConsumer = DispatchSemaphore(value: 0)
        let watcher = try ContentWatcher(root: tree.url)
        try KernelSettingLock.withLock(exclusive: true) {
            Self.writeSetting(limitFile, "16\n")
            // The limit only applies to inotify instances created while it is set: restore it
            // once the watcher has its own.
            defer { Self.writeSetting(limitFile, saved) }
            #expect(InotifyLimits.read().maxQueuedEvents == 16)
            try watcher.start { batch in
                if batch.sequence == 1 {
                    consumerBusy.signal()
                    _ = releaseConsumer.wait(timeout: .now() + 10)
                }
                recorder.record(batch)
            }
        }
        defer { watcher.stop() }

        try tree.write("first.yaml")
        #expect(consumerBusy.wait(timeout: .now() + 5) == .success)
        // In the root (watched): files in a new directory would queue no events until it is watched.
        for index in 0..<200 {
            try tree.write("flood-\(index).yaml")
        }
        try tree.write("flood/0.yaml")
        releaseConsumer.signal()
        let batches = recorder.take(rescan: true)
        #expect(batches.contains { $0.rescanAll }, "batches: \(batches.map { ($0.sequence, $0.rescanAll, $0.paths.count) })")
        // Watches are resynchronised after the overflow: the new directory is watched.
        try tree.write("flood/late.yaml")
        #expect(Self.union(recorder.take(untilSeen: ["flood/late.yaml"])).contains("flood/late.yaml"))
    }

    @Test(.enabled(if: getuid() == 0, "needs root to mount a tmpfs inside the content folder"))
    func unmountedSubfolderIsReportedAsRescanAllAndWatchingGoesOn() throws {
        let tree = try TemporaryTree()
        try tree.makeDirectory("mnt")
        let mountPoint = tree.url.appendingPathComponent("mnt").path
        guard try Self.run("/bin/mount", ["-t", "tmpfs", "jixiao-test", mountPoint]) == 0 else {
            print("skipped: this container does not allow mounting a tmpfs")
            tree.remove()
            return
        }
        defer { _ = try? Self.run("/bin/umount", ["-l", mountPoint]) }
        try watching(tree) { recorder in
            try tree.write("mnt/inside.yaml")
            #expect(Self.union(recorder.take(untilSeen: ["mnt/inside.yaml"])).contains("mnt/inside.yaml"))
            #expect(try Self.run("/bin/umount", [mountPoint]) == 0)
            #expect(recorder.take(rescan: true).contains { $0.rescanAll })
            try tree.write("after.yaml")
            try tree.write("mnt/under.yaml")
            let after = Self.union(recorder.take(untilSeen: ["after.yaml", "mnt/under.yaml"]))
            #expect(after.isSuperset(of: ["after.yaml", "mnt/under.yaml"]))
        }
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Writes a /proc setting in place (Foundation's String.write may go through a temp file).
    static func writeSetting(_ path: String, _ value: String) {
        guard let handle = FileHandle(forWritingAtPath: path) else { return }
        handle.write(Data(value.utf8))
        try? handle.close()
    }

    @Test func watchLimitReachedFallsBackToPeriodicScan() throws {
        let tree = try TemporaryTree()
        try tree.write("sub/a.yaml")
        let options = WatchOptions(fallbackScanInterval: .milliseconds(100), watchLimit: 1)
        try watching(tree, options: options) { recorder in
            // The root is watched (limit 1); "sub" is not, so a change there is seen by the scan.
            try tree.write("sub/b.yaml")
            let batches = recorder.take(rescan: true)
            #expect(batches.contains { $0.rescanAll })
            // A quiet tree does not keep reporting.
            #expect(recorder.next(within: 0.5) == nil)
        }
    }

    @Test func inotifyLimitsAreReadFromProc() {
        let limits = InotifyLimits.read()
        #expect((limits.maxUserWatches ?? 0) > 0)
        #expect((limits.maxQueuedEvents ?? 0) > 0)
        #expect((limits.maxUserInstances ?? 0) > 0)
    }
}
