import Foundation
import Testing
@testable import JixiaoWatch

/// Our wd → path table and the git lock lookup, which the watcher's correctness rests on.
struct WatchTableTests {
    @Test func removingASubtreeKeepsSiblingsWithTheSamePrefix() {
        var table = WatchTable()
        table.insert(descriptor: 1, path: "")
        table.insert(descriptor: 2, path: "a")
        table.insert(descriptor: 3, path: "a/b")
        table.insert(descriptor: 4, path: "ab")
        #expect(Set(table.removeSubtree("a")) == [2, 3])
        #expect(table.path(for: 4) == "ab")
        #expect(table.path(for: 3) == nil)
        #expect(table.count == 2)
    }

    @Test func aRecreatedDirectoryReplacesItsOldDescriptor() {
        var table = WatchTable()
        table.insert(descriptor: 2, path: "r")
        table.insert(descriptor: 7, path: "r")
        #expect(table.path(for: 2) == nil)
        #expect(table.descriptor(for: "r") == 7)
        // The late IN_IGNORED of the old descriptor must not forget the new one.
        table.remove(descriptor: 2)
        #expect(table.descriptor(for: "r") == 7)
    }

    @Test func gitLockIsFoundThroughAWorktreeGitFile() throws {
        let tree = try TemporaryTree("lock")
        defer { tree.remove() }
        try tree.write("main/.git/worktrees/wt/HEAD", "ref: refs/heads/wt\n")
        try tree.write("wt/.git", "gitdir: ../main/.git/worktrees/wt\n")
        try tree.makeDirectory("wt/content/2022")
        let probe = GitLockProbe(root: tree.url.appendingPathComponent("wt/content").path)
        #expect(probe.lockPath == tree.url.appendingPathComponent("main/.git/worktrees/wt/index.lock").path)
        #expect(!probe.isLocked)
        try tree.write("main/.git/worktrees/wt/index.lock", "")
        #expect(probe.isLocked)
    }
}
