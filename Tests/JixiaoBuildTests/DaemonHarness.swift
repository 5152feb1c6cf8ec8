import Foundation
import JixiaoTestSupport

/// Runs the real `jixiao watch` binary on a content folder, waits for systemd-style readiness on a
/// socket of its own, and waits for changes to be built through cookies (no sleeps).
final class DaemonHarness {
    let content: URL
    let output: URL
    private let process = Process()
    private let notifySocket: NotifySocket
    private var cookieNumber = 0
    let stderr = Pipe()
    private let log = LogBuffer()

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// `settingsLocked`: the caller holds `KernelSettingLock` exclusively (it lowered an inotify
    /// limit for this daemon); otherwise the daemon starts under the shared lock, never with a
    /// limit another test lowered.
    init(content: URL, output: URL, extraArguments: [String] = [], settingsLocked: Bool = false) throws {
        self.content = content
        self.output = output
        notifySocket = try NotifySocket()
        process.executableURL = PackageRoot.executable
        process.arguments = ["watch", "--content", content.path, "--output", output.path] + extraArguments
        var environment = ProcessInfo.processInfo.environment
        environment["NOTIFY_SOCKET"] = notifySocket.path
        process.environment = environment
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        let log = self.log
        stderr.fileHandleForReading.readabilityHandler = { handle in
            log.append(handle.availableData)
        }
        let start = { [process, notifySocket] in
            try process.run()
            return notifySocket.waitFor("READY=1", timeout: 60)
        }
        let ready = try settingsLocked ? start() : KernelSettingLock.withLock(exclusive: false, start)
        guard ready else {
            process.terminate()
            throw Failure(description: "daemon never sent READY=1; log:\n\(logText)")
        }
    }

    var logText: String { log.text }

    var isRunning: Bool { process.isRunning }

    var pid: pid_t { process.processIdentifier }

    /// Returns once every change made before the call has been built.
    func sync(timeout: TimeInterval = 60) throws {
        cookieNumber += 1
        let name = "\(getpid())-\(cookieNumber)"
        let cookie = content.appendingPathComponent(".jixiao-cookie-\(name)")
        guard FileManager.default.createFile(atPath: cookie.path, contents: Data()) else {
            throw Failure(description: "could not create the cookie \(cookie.path)")
        }
        defer { try? FileManager.default.removeItem(at: cookie) }
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let status = status(), let cookies = status["cookies"] as? [String], cookies.contains(name) { return }
            guard process.isRunning else { throw Failure(description: "daemon exited; log:\n\(logText)") }
            usleep(5_000)
        }
        throw Failure(description: "cookie \(name) not seen within \(timeout) s; log:\n\(logText)")
    }

    func status() -> [String: Any]? {
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent("status.json").path) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    func generation() -> Int { (status()?["generation"] as? Int) ?? 0 }

    /// SIGTERM, then the exit status.
    @discardableResult
    func stop() -> Int32 {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        stderr.fileHandleForReading.readabilityHandler = nil
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { process.terminate() }
    }
}

/// A datagram socket standing in for systemd's notify socket.
final class NotifySocket {
    let path: String
    private let descriptor: Int32

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("jx-notify-\(UUID().uuidString.prefix(8))").path
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in bytes.enumerated() { raw[index] = byte }
        }
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else { throw DaemonHarness.Failure(description: "cannot bind notify socket") }
    }

    func waitFor(_ word: String, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 200) > 0 else { continue }
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count > 0, String(decoding: buffer[0..<count], as: UTF8.self).contains(word) { return true }
        }
        return false
    }

    deinit {
        close(descriptor)
        unlink(path)
    }
}

/// What the daemon printed, collected from another thread.
final class LogBuffer: @unchecked Sendable {
    private var data = Data()
    private let lock = NSLock()

    func append(_ more: Data) {
        lock.lock()
        data.append(more)
        lock.unlock()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }
}
