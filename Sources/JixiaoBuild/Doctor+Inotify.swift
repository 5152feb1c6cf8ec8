import Foundation

extension Doctor {
    /// The shared object the daemon links; the soname is what the dynamic loader looks for.
    static let inotifyToolsLibrary = "libinotifytools.so.0"
    /// Below this many queued events a large checkout overflows the queue and every batch becomes
    /// a full rescan: still correct, but slow.
    static let minimumQueuedEvents = 1024

    /// libinotifytools can be loaded and `inotifytools_initialize()` succeeds (it opens an inotify
    /// instance); the version is read from the file name the soname resolves to.
    public func checkInotifyTools() -> DoctorCheck {
        guard let handle = dlopen(Self.inotifyToolsLibrary, RTLD_NOW) else {
            let reason = dlerror().map { String(cString: $0) } ?? ""
            return DoctorCheck(name: "inotifytools", passed: false,
                               message: "找不到 libinotifytools（apt-get install libinotifytools0）：\(reason)")
        }
        defer { dlclose(handle) }
        guard let initialize = dlsym(handle, "inotifytools_initialize"),
              let cleanup = dlsym(handle, "inotifytools_cleanup") else {
            return DoctorCheck(name: "inotifytools", passed: false,
                               message: "libinotifytools 已加载，但缺少 inotifytools_initialize")
        }
        typealias Initialize = @convention(c) () -> Int32
        typealias Cleanup = @convention(c) () -> Void
        let version = Self.loadedLibraryVersion()
        guard unsafeBitCast(initialize, to: Initialize.self)() != 0 else {
            let reason = String(cString: strerror(errno))
            return DoctorCheck(name: "inotifytools", passed: false,
                               message: "libinotifytools \(version) 已加载，但 inotifytools_initialize 失败：\(reason)")
        }
        unsafeBitCast(cleanup, to: Cleanup.self)()
        return DoctorCheck(name: "inotifytools", passed: true,
                           message: "libinotifytools \(version) 已加载，inotifytools_initialize 成功。")
    }

    /// `0.4.1` from `/lib/x86_64-linux-gnu/libinotifytools.so.0.4.1`: the file the loaded soname
    /// resolves to, found in this process's memory map (dladdr is not visible to Swift on glibc).
    static func loadedLibraryVersion() -> String {
        guard let maps = readProcFile("/proc/self/maps") else { return "(版本未知)" }
        let line = maps.split(separator: "\n").first { $0.contains("libinotifytools") }
        guard let line, let slash = line.firstIndex(of: "/") else { return "(版本未知)" }
        let file = URL(fileURLWithPath: String(line[slash...])).resolvingSymlinksInPath().lastPathComponent
        guard let range = file.range(of: ".so.") else { return "(版本未知)" }
        return String(file[range.upperBound...])
    }

    /// Reads a /proc file to its end: they report size 0, so a read sized by stat would stop short.
    static func readProcFile(_ path: String) -> String? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The three inotify limits of the kernel, against what watching the content folder needs.
    public func checkInotifyLimits() -> [DoctorCheck] {
        let folders = folderCount()
        var checks: [DoctorCheck] = []
        if let watches = limit("max_user_watches") {
            let passed = watches >= folders
            let headroom = passed && watches < folders * 2 ? "，余量不多（同一用户的其他程序也占用）" : ""
            checks.append(DoctorCheck(
                name: "inotify.watches", passed: passed,
                message: passed
                    ? "inotify 监视数上限 max_user_watches = \(watches)，内容目录有 \(folders) 个文件夹，够用\(headroom)。"
                    : "inotify 监视数上限 max_user_watches = \(watches)，少于内容目录的 \(folders) 个文件夹；"
                        + "请设置 sysctl fs.inotify.max_user_watches=\(max(folders * 4, 8192))"))
        } else {
            checks.append(unreadableLimit("max_user_watches", name: "inotify.watches"))
        }
        if let instances = limit("max_user_instances") {
            let passed = instances >= 1
            checks.append(DoctorCheck(
                name: "inotify.instances", passed: passed,
                message: passed
                    ? "inotify 实例数上限 max_user_instances = \(instances)，守护进程只需要 1 个。"
                    : "inotify 实例数上限 max_user_instances = \(instances)，守护进程无法创建实例；"
                        + "请设置 sysctl fs.inotify.max_user_instances=128"))
        } else {
            checks.append(unreadableLimit("max_user_instances", name: "inotify.instances"))
        }
        if let queued = limit("max_queued_events") {
            let passed = queued >= Self.minimumQueuedEvents
            checks.append(DoctorCheck(
                name: "inotify.queue", passed: passed,
                message: passed
                    ? "inotify 事件队列 max_queued_events = \(queued)，一次大的 git 更新也不易溢出。"
                    : "inotify 事件队列 max_queued_events = \(queued) 太小（至少 \(Self.minimumQueuedEvents)），"
                        + "大的更新会溢出并导致全量重扫；请设置 sysctl fs.inotify.max_queued_events=16384"))
        } else {
            checks.append(unreadableLimit("max_queued_events", name: "inotify.queue"))
        }
        return checks
    }

    /// Folders the watcher needs one watch each for: the content root and every folder below it
    /// that is not hidden (`.git` and the like are never watched).
    public func folderCount() -> Int {
        var count = 0
        var pending = [content]
        let manager = FileManager.default
        while let folder = pending.popLast() {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            count += 1
            let names = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names where !name.hasPrefix(".") {
                let child = folder.appendingPathComponent(name)
                var info = stat()
                // lstat: a symlinked folder is not descended into (the tree never follows it out).
                if lstat(child.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { pending.append(child) }
            }
        }
        return count
    }

    private func limit(_ file: String) -> Int? {
        guard let data = FileManager.default.contents(atPath: inotifyLimits.appendingPathComponent(file).path) else { return nil }
        return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private func unreadableLimit(_ file: String, name: String) -> DoctorCheck {
        DoctorCheck(name: name, passed: false,
                    message: "无法读取 \(inotifyLimits.appendingPathComponent(file).path)（不是 Linux，或 /proc 不可见）")
    }
}
