import Foundation
import JixiaoTestSupport

/// Deterministic random edits of a content folder for the random-sequence test (SplitMix64).
struct RandomEdits {
    let root: URL
    var generator: SeededGenerator
    let texts: [String]
    var counter = 0

    init(root: URL, seed: UInt64, texts: [String]) {
        self.root = root
        generator = SeededGenerator(seed: seed)
        self.texts = texts
    }

    mutating func next(_ bound: Int) -> Int {
        Int(generator.next() % UInt64(max(bound, 1)))
    }

    func files() -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return (enumerator.allObjects as? [String] ?? []).filter { $0.hasSuffix(".yaml") && !$0.contains("/.") }.sorted()
    }

    func directories() -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return (enumerator.allObjects as? [String] ?? []).filter {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path, isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted()
    }

    mutating func newName() -> String {
        counter += 1
        let names = ["项目", "新 项目", "科技", "a b", "测试&<x>"]
        return "\(names[next(names.count)])\(counter).yaml"
    }

    mutating func someFolder() -> URL {
        let folders = directories()
        if folders.isEmpty || next(3) == 0 { return root }
        return root.appendingPathComponent(folders[next(folders.count)])
    }

    mutating func content() -> String {
        if next(10) == 0 { return "项目名称: [未闭合\n" }  // broken YAML now and then
        return texts[next(texts.count)].replacingOccurrences(of: "项目名称: ", with: "项目名称: 随机\(next(1000))")
    }

    /// Applies one random operation and says what it did.
    mutating func step() throws -> String {
        let manager = FileManager.default
        let all = files()
        switch next(10) {
        case 0, 1:
            let url = someFolder().appendingPathComponent(newName())
            try content().write(to: url, atomically: false, encoding: .utf8)
            return "create \(url.lastPathComponent)"
        case 2, 3:
            guard !all.isEmpty else { return "noop" }
            let url = root.appendingPathComponent(all[next(all.count)])
            try content().write(to: url, atomically: false, encoding: .utf8)
            return "modify \(url.lastPathComponent)"
        case 4:
            guard !all.isEmpty else { return "noop" }
            try manager.removeItem(at: root.appendingPathComponent(all[next(all.count)]))
            return "delete"
        case 5:
            guard !all.isEmpty else { return "noop" }
            let from = root.appendingPathComponent(all[next(all.count)])
            let to = someFolder().appendingPathComponent(newName())
            try manager.moveItem(at: from, to: to)
            return "rename"
        case 6:
            let url = someFolder().appendingPathComponent("目录\(next(50))/子\(next(3))")
            try manager.createDirectory(at: url, withIntermediateDirectories: true)
            if next(2) == 0 { try content().write(to: url.appendingPathComponent(newName()), atomically: false, encoding: .utf8) }
            return "mkdir"
        case 7:
            let folders = directories()
            guard !folders.isEmpty else { return "noop" }
            try manager.removeItem(at: root.appendingPathComponent(folders[next(folders.count)]))
            return "rmdir -r"
        case 8:
            guard !all.isEmpty else { return "noop" }
            // vim-style save: rename away, write anew, delete the backup
            let url = root.appendingPathComponent(all[next(all.count)])
            let backup = URL(fileURLWithPath: url.path + "~")
            try manager.moveItem(at: url, to: backup)
            try content().write(to: url, atomically: false, encoding: .utf8)
            try manager.removeItem(at: backup)
            return "vim-save"
        default:
            let folders = directories()
            guard !folders.isEmpty else { return "noop" }
            let from = root.appendingPathComponent(folders[next(folders.count)])
            let to = root.appendingPathComponent("搬家\(next(100))")
            guard !manager.fileExists(atPath: to.path), !to.path.hasPrefix(from.path + "/") else { return "noop" }
            try manager.moveItem(at: from, to: to)
            return "bulk-move"
        }
    }
}
