import Foundation
import Testing
@testable import JixiaoWatch

/// Real inotify on real temp folders. libinotifytools allows one watcher per process, so every
/// test that starts a watcher lives in this one serialized suite (extensions in other files).
@Suite(.serialized)
struct ContentWatcherTests {
    /// Starts a watcher on `tree` and runs `body`; always stops the watcher and removes the tree.
    func watching(
        _ tree: TemporaryTree,
        options: WatchOptions = .init(),
        _ body: (BatchRecorder) throws -> Void
    ) throws {
        defer { tree.remove() }
        let recorder = BatchRecorder()
        let watcher = try ContentWatcher(root: tree.url, options: options)
        try watcher.start { recorder.record($0) }
        defer { watcher.stop() }
        try body(recorder)
    }

    /// Options for tests that assert a multi-step edit lands in ONE batch: a loaded 2-core
    /// machine can pause the test process longer than the 30 ms default between two steps.
    static let patient = WatchOptions(settle: .milliseconds(300), settleAfterClose: .milliseconds(300), maxWait: .seconds(3))

    @Test func plainWriteIsReported() throws {
        let tree = try TemporaryTree()
        try watching(tree) { recorder in
            try tree.write("2022/a.yaml")
            let batches = recorder.take(untilSeen: ["2022/a.yaml"])
            let seen = batches.reduce(into: Set<String>()) { $0.formUnion($1.paths) }
            #expect(seen.contains("2022/a.yaml"))
            #expect(batches.first?.sequence == 1)
            #expect(batches.allSatisfy { !$0.rescanAll })
        }
    }

    @Test func modifyingAnExistingFileIsOneBatchWithThatFile() throws {
        let tree = try TemporaryTree()
        try tree.write("项目 一.yaml", "a")
        try watching(tree) { recorder in
            try tree.write("项目 一.yaml", "b")
            let batch = recorder.next()
            #expect(batch?.paths == ["项目 一.yaml"])
        }
    }

    @Test func sedInPlaceReportsTheTargetOnly() throws {
        let tree = try TemporaryTree()
        try tree.write("b.yaml", "金额: 10\n")
        try watching(tree, options: Self.patient) { recorder in
            let sed = Process()
            sed.executableURL = URL(fileURLWithPath: "/bin/sed")
            sed.arguments = ["-i", "s/10/20/", tree.url.appendingPathComponent("b.yaml").path]
            try sed.run()
            sed.waitUntilExit()
            #expect(sed.terminationStatus == 0)
            let batch = recorder.next()
            #expect(batch?.paths == ["b.yaml"])
            #expect(batch?.rescanAll == false)
        }
    }

    @Test func vimStyleSaveIsOneBatchWithTheTargetOnly() throws {
        let tree = try TemporaryTree()
        try tree.write("x.yaml", "old")
        try watching(tree, options: Self.patient) { recorder in
            // What vim does with 'backupcopy=no': probe file, swap file, backup by rename,
            // write the new file, drop the backup.
            try tree.write("4913", "")
            try tree.delete("4913")
            try tree.write(".x.yaml.swp", "swap")
            try tree.move("x.yaml", to: tree.url.appendingPathComponent("x.yaml~"))
            try tree.write("x.yaml", "new")
            try tree.delete("x.yaml~")
            try tree.delete(".x.yaml.swp")
            #expect(recorder.next()?.paths == ["x.yaml"])
            try tree.write("marker.yaml")
            #expect(recorder.next()?.paths == ["marker.yaml"], "the save must not leave a second batch behind")
        }
    }

    @Test func deletedFileIsReported() throws {
        let tree = try TemporaryTree()
        try tree.write("gone.yaml")
        try watching(tree) { recorder in
            try tree.delete("gone.yaml")
            #expect(recorder.next()?.paths == ["gone.yaml"])
        }
    }

    @Test func editorAndGitTempFilesAreIgnored() throws {
        let tree = try TemporaryTree()
        try tree.makeDirectory(".git")
        try watching(tree) { recorder in
            for name in ["4913", ".a.yaml.swp", ".a.yaml.swx", "a.yaml~", ".#a.yaml", "#a.yaml#",
                         "sedAbC123", ".goutputstream-XYZ123", "a.tmp", ".git/HEAD", ".git/index"] {
                try tree.write(name, "tmp")
            }
            try tree.write("marker.yaml")
            #expect(recorder.next()?.paths == ["marker.yaml"])
        }
    }

    @Test func symlinkedDirectoryIsNotFollowed() throws {
        let tree = try TemporaryTree()
        let outside = try TemporaryTree("outside")
        defer { outside.remove() }
        try FileManager.default.createSymbolicLink(at: tree.url.appendingPathComponent("link"), withDestinationURL: outside.url)
        try watching(tree) { recorder in
            try outside.write("secret.yaml")
            try tree.write("marker.yaml")
            #expect(recorder.next()?.paths == ["marker.yaml"])
        }
    }

    @Test func onlyOneWatcherPerProcess() throws {
        let first = try TemporaryTree()
        let second = try TemporaryTree()
        defer { second.remove() }
        try watching(first) { _ in
            let other = try ContentWatcher(root: second.url)
            #expect(throws: WatchError.anotherWatcherActive) {
                try other.start { _ in }
            }
        }
        // Once the first one stopped, libinotifytools can be initialised again.
        let recorder = BatchRecorder()
        let again = try ContentWatcher(root: second.url)
        try again.start { recorder.record($0) }
        defer { again.stop() }
        try second.write("after.yaml")
        #expect(recorder.next()?.paths == ["after.yaml"])
    }

    @Test func startingTwiceAndStoppingTwiceAreHarmless() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        let watcher = try ContentWatcher(root: tree.url)
        try watcher.start { _ in }
        #expect(throws: WatchError.alreadyStarted) {
            try watcher.start { _ in }
        }
        watcher.stop()
        watcher.stop()
    }

    @Test func missingRootIsRejected() {
        let missing = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)")
        #expect(throws: WatchError.notADirectory(path: missing.path)) {
            _ = try ContentWatcher(root: missing)
        }
    }
}

/// Timing and lifecycle: what a user of `jixiao watch` would notice as lag or a hang.
extension ContentWatcherTests {
    @Test func aSingleSaveArrivesAfterTheSettleTimeNotAfterWholeSeconds() throws {
        let tree = try TemporaryTree()
        let options = WatchOptions(settle: .milliseconds(30), maxWait: .seconds(5))
        try watching(tree, options: options) { recorder in
            let clock = ContinuousClock()
            let started = clock.now
            try tree.write("fast.yaml")
            #expect(recorder.next()?.paths == ["fast.yaml"])
            // libinotifytools' own timeout is in whole seconds; we poll its fd in milliseconds.
            #expect(clock.now - started < .milliseconds(700))
        }
    }

    @Test func aClosedFileGoesAtOnceAHalfWrittenOneWaitsForTheSettlePeriod() throws {
        let tree = try TemporaryTree()
        // Wide margins: a closed file must not wait the 3 s settle; an open one must.
        let options = WatchOptions(settle: .seconds(3), settleAfterClose: .milliseconds(5), maxWait: .seconds(20))
        try watching(tree, options: options) { recorder in
            let clock = ContinuousClock()
            var started = clock.now
            try tree.write("closed.yaml")
            #expect(recorder.next()?.paths == ["closed.yaml"])
            #expect(clock.now - started < .seconds(2), "a file closed after writing is complete")

            // Created, written and left open: as a slow writer or a large copy would leave it.
            let descriptor = open(tree.url.appendingPathComponent("open.yaml").path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            #expect(descriptor >= 0)
            started = clock.now
            let text = Array("项目名称: 半截\n".utf8)
            #expect(write(descriptor, text, text.count) == text.count)
            #expect(recorder.next(within: 1) == nil, "a file still open for writing may be half written")
            close(descriptor)
            #expect(recorder.next()?.paths == ["open.yaml"])
            #expect(clock.now - started < .seconds(2.9), "closing it ends the wait")
        }
    }

    @Test func stoppingFromInsideTheHandlerDoesNotHang() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        let watcher = try ContentWatcher(root: tree.url)
        let stopped = DispatchSemaphore(value: 0)
        try watcher.start { _ in
            watcher.stop()
            stopped.signal()
        }
        try tree.write("a.yaml")
        #expect(stopped.wait(timeout: .now() + 5) == .success)
        // The thread has finished and released libinotifytools: a new watcher can start.
        let recorder = BatchRecorder()
        var next: ContentWatcher?
        for _ in 0..<100 where next == nil {
            let candidate = try ContentWatcher(root: tree.url)
            do {
                try candidate.start { recorder.record($0) }
                next = candidate
            } catch WatchError.anotherWatcherActive {
                Thread.sleep(forTimeInterval: 0.01)  // the old thread is still cleaning up
            }
        }
        #expect(next != nil)
        next?.stop()
    }
}
