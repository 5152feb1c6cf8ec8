import Foundation
import Yams

/// The checks `jixiao doctor` runs on a server before (or while) the daemon watches a folder.
/// Each check only looks: nothing is created except one temporary file in the output, removed again.
public struct Doctor: Sendable {
    /// The content folder the daemon watches.
    public var content: URL
    /// The output folder the daemon writes.
    public var output: URL
    /// Where the kernel publishes the inotify limits; a test points this at a folder of its own.
    public var inotifyLimits: URL

    public init(content: URL, output: URL, inotifyLimits: URL = URL(fileURLWithPath: "/proc/sys/fs/inotify")) {
        self.content = content
        self.output = output
        self.inotifyLimits = inotifyLimits
    }

    /// Every check, in the order they are printed.
    public func run() -> [DoctorCheck] {
        [checkInotifyTools()] + checkInotifyLimits() + [checkContent(), checkOutput(), checkConfiguration()]
    }

    /// The whole report as printed, one line per check, and a closing line.
    public static func report(_ checks: [DoctorCheck]) -> String {
        let failed = checks.filter { !$0.passed }.count
        let closing = failed == 0
            ? "全部 \(checks.count) 项检查通过。"
            : "\(failed) 项检查未通过（共 \(checks.count) 项）。"
        return (checks.map(\.line) + [closing]).joined(separator: "\n") + "\n"
    }

    // MARK: - Content

    /// The content folder exists, can be listed and read, and holds at least one project file.
    public func checkContent() -> DoctorCheck {
        let path = content.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return DoctorCheck(name: "content", passed: false, message: "内容目录不存在：\(path)")
        }
        guard isDirectory.boolValue else {
            return DoctorCheck(name: "content", passed: false, message: "内容路径不是目录：\(path)")
        }
        guard access(path, R_OK | X_OK) == 0 else {
            return DoctorCheck(name: "content", passed: false, message: "内容目录不可读：\(path)（检查所有者和权限）")
        }
        let tree = ContentTree(root: content)
        let projects = tree.projectPaths()
        let unreadable = projects.filter { access(tree.url(of: $0).path, R_OK) != 0 }
        if let first = unreadable.first {
            return DoctorCheck(name: "content", passed: false,
                               message: "内容目录中有 \(unreadable.count) 个项目文件不可读，例如 \(first)")
        }
        guard !projects.isEmpty else {
            return DoctorCheck(name: "content", passed: false,
                               message: "内容目录 \(path) 可读，但没有项目文件（*.yaml）")
        }
        return DoctorCheck(name: "content", passed: true,
                           message: "内容目录 \(path) 可读，有 \(projects.count) 个项目文件。")
    }

    // MARK: - Output

    /// The output folder (or, when it does not exist yet, the folder it will be created in) is writable.
    public func checkOutput() -> DoctorCheck {
        let path = output.path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                return DoctorCheck(name: "output", passed: false, message: "输出路径不是目录：\(path)")
            }
            if let failure = probeWrite(in: output) {
                return DoctorCheck(name: "output", passed: false, message: "输出目录不可写：\(path)（\(failure)）")
            }
            let cache = output.appendingPathComponent(".jixiao")
            if FileManager.default.fileExists(atPath: cache.path), let failure = probeWrite(in: cache) {
                return DoctorCheck(name: "output", passed: false, message: "缓存目录不可写：\(cache.path)（\(failure)）")
            }
            return DoctorCheck(name: "output", passed: true, message: "输出目录 \(path) 可写。")
        }
        // Not there yet: jixiao creates it, so the nearest existing ancestor must be a writable folder.
        var ancestor = output.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isDirectory), ancestor.path != "/" {
            ancestor = ancestor.deletingLastPathComponent()
        }
        guard isDirectory.boolValue else {
            return DoctorCheck(name: "output", passed: false,
                               message: "无法创建输出目录 \(path)：\(ancestor.path) 是文件，不是目录")
        }
        guard access(ancestor.path, W_OK | X_OK) == 0 else {
            return DoctorCheck(name: "output", passed: false,
                               message: "无法创建输出目录 \(path)：上级目录 \(ancestor.path) 不可写")
        }
        return DoctorCheck(name: "output", passed: true,
                           message: "输出目录 \(path) 尚不存在，jixiao 会创建它（\(ancestor.path) 可写）。")
    }

    /// Creates and removes a temporary file; nil when that worked, else why not.
    private func probeWrite(in folder: URL) -> String? {
        let probe = folder.appendingPathComponent(".jixiao-doctor-\(getpid())")
        let descriptor = open(probe.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        close(descriptor)
        guard unlink(probe.path) == 0 else { return "无法删除临时文件：" + String(cString: strerror(errno)) }
        return nil
    }

    // MARK: - Configuration

    /// `jixiao.yaml`, when present, is a YAML mapping that the configuration loader accepts.
    public func checkConfiguration() -> DoctorCheck {
        let url = content.appendingPathComponent(ContentTree.configurationFileName)
        guard FileManager.default.fileExists(atPath: url.path) else {
            return DoctorCheck(name: "configuration", passed: true,
                               message: "没有 \(ContentTree.configurationFileName)，使用默认设置。")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return DoctorCheck(name: "configuration", passed: false, message: "\(url.path) 不可读")
        }
        let text = String(decoding: data, as: UTF8.self)
        do {
            let node = try Yams.compose(yaml: text)
            if let node, node.mapping == nil {
                return DoctorCheck(name: "configuration", passed: false,
                                   message: "\(url.path) 的顶层必须是键值映射（mapping）")
            }
            _ = try JixiaoConfiguration.load(from: ContentTree(root: content))
        } catch {
            return DoctorCheck(name: "configuration", passed: false, message: "\(url.path) 无效：\(error)")
        }
        return DoctorCheck(name: "configuration", passed: true, message: "\(url.path) 有效。")
    }
}
