import Foundation
import Testing
@testable import JixiaoWatch

/// New, moved and deleted directories: what libinotifytools leaves to us.
extension ContentWatcherTests {
    static func union(_ batches: [ChangeBatch]) -> Set<String> {
        batches.reduce(into: Set<String>()) { $0.formUnion($1.paths) }
    }

    @Test func mkdirDashPThenAFileInsideIsReported() throws {
        let tree = try TemporaryTree()
        try watching(tree) { recorder in
            try tree.makeDirectory("a/b/c")
            try tree.write("a/b/c/d.yaml")
            let seen = Self.union(recorder.take(untilSeen: ["a/b/c/d.yaml"]))
            #expect(seen.isSuperset(of: ["a", "a/b/c/d.yaml"]))
            // The new directories are watched from now on.
            try tree.write("a/b/c/e.yaml")
            #expect(Self.union(recorder.take(untilSeen: ["a/b/c/e.yaml"])).contains("a/b/c/e.yaml"))
        }
    }

    @Test func directoryMovedInReportsItsFiles() throws {
        let tree = try TemporaryTree()
        let outside = try TemporaryTree("outside")
        defer { outside.remove() }
        try outside.write("m/x.yaml")
        try outside.write("m/sub/y.yaml")
        try watching(tree) { recorder in
            try FileManager.default.moveItem(at: outside.url.appendingPathComponent("m"), to: tree.url.appendingPathComponent("m"))
            let seen = Self.union(recorder.take(untilSeen: ["m", "m/x.yaml", "m/sub", "m/sub/y.yaml"]))
            #expect(seen.isSuperset(of: ["m", "m/x.yaml", "m/sub", "m/sub/y.yaml"]))
            try tree.write("m/sub/z.yaml")
            #expect(Self.union(recorder.take(untilSeen: ["m/sub/z.yaml"])).contains("m/sub/z.yaml"))
        }
    }

    @Test func directoryMovedOutIsReportedAndThenForgotten() throws {
        let tree = try TemporaryTree()
        let outside = try TemporaryTree("outside")
        defer { outside.remove() }
        try tree.write("d/f.yaml")
        try tree.write("d/sub/g.yaml")
        try watching(tree) { recorder in
            let away = outside.url.appendingPathComponent("d")
            try tree.move("d", to: away)
            #expect(recorder.next()?.paths == ["d"])
            // Writes in the moved-out tree must not come back under the old paths.
            try outside.write("d/h.yaml")
            try outside.write("d/sub/i.yaml")
            try outside.write("d/sub/g.yaml", "changed")
            try tree.write("marker.yaml")
            #expect(recorder.next()?.paths == ["marker.yaml"])
        }
    }

    @Test func directoryRenamedInsideTheTreeIsFollowedUnderItsNewName() throws {
        let tree = try TemporaryTree()
        try tree.write("old/sub/f.yaml")
        try watching(tree) { recorder in
            try tree.move("old", to: tree.url.appendingPathComponent("new"))
            let seen = Self.union(recorder.take(untilSeen: ["old", "new", "new/sub/f.yaml"]))
            #expect(seen.isSuperset(of: ["old", "new", "new/sub", "new/sub/f.yaml"]))
            try tree.write("new/sub/g.yaml")
            let after = recorder.take(untilSeen: ["new/sub/g.yaml"])
            #expect(Self.union(after) == ["new/sub/g.yaml"])
        }
    }

    @Test func directoryDeletedAndRecreatedIsWatchedAgain() throws {
        let tree = try TemporaryTree()
        try tree.write("r/f.yaml")
        try watching(tree) { recorder in
            try tree.delete("r")
            let gone = Self.union(recorder.take(untilSeen: ["r"]))
            #expect(gone.isSuperset(of: ["r", "r/f.yaml"]))
            try tree.makeDirectory("r")
            #expect(Self.union(recorder.take(untilSeen: ["r"])).contains("r"))
            try tree.write("r/again.yaml")
            #expect(Self.union(recorder.take(untilSeen: ["r/again.yaml"])).contains("r/again.yaml"))
        }
    }
}
