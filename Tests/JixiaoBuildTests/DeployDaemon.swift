import Foundation

/// `jixiao watch` started the way systemd starts it (Type=notify): the test stands in for systemd's
/// notify socket and waits for READY=1; stderr (the journal, under systemd) goes to a log file.
final class DeployDaemon {
    let process = Process()
    let log: URL
    let output: URL
    private let socketPath: String
    private let socketDescriptor: Int32
    private let handle: FileHandle

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// `launcher`, when given, runs first and execs the binary (same process, same pid): used to
    /// start the daemon under the kernel's memory-deny-write-execute, as the unit does.
    init(binary: URL, content: URL, output: URL, log: URL, launcher: URL? = nil, readyTimeout: TimeInterval = 180) throws {
        self.log = log
        self.output = output
        // sun_path holds 108 bytes: keep the socket path short.
        socketPath = "/tmp/jx-notify-\(getpid())-\(UUID().uuidString.prefix(6))"
        socketDescriptor = try Self.bindDatagramSocket(at: socketPath)
        let arguments = ["watch", "--content", content.path, "--output", output.path]
        process.executableURL = launcher ?? binary
        process.arguments = launcher == nil ? arguments : [binary.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NOTIFY_SOCKET"] = socketPath
        environment["LANG"] = "C.UTF-8"
        process.environment = environment
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        handle = try FileHandle(forWritingTo: log)
        process.standardError = handle
        process.standardOutput = handle
        try Self.withSignalsUnblocked { try process.run() }
        guard waitForNotification("READY=1", timeout: readyTimeout) else {
            stop()
            try? handle.close()
            throw Failure(description: "jixiao watch never sent READY=1; log:\n\(logText)")
        }
    }

    var logText: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// The daemon's status.json, parsed.
    func status() -> [String: Any]? {
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent("status.json").path) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    func waitForNotification(_ word: String, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            var poller = pollfd(fd: socketDescriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 200) > 0 else {
                if !process.isRunning { return false }
                continue
            }
            let count = recv(socketDescriptor, &buffer, buffer.count, 0)
            if count > 0, String(decoding: buffer[0..<count], as: UTF8.self).contains(word) { return true }
        }
        return false
    }

    /// `systemctl reload jixiao` sends SIGHUP (ExecReload): a full rebuild.
    func reload() {
        kill(process.processIdentifier, SIGHUP)
    }

    /// `systemctl stop jixiao` sends SIGTERM; returns the exit status (0 expected). Like systemd's
    /// TimeoutStopSec, a daemon still running after `timeout` is killed (and -9 returned).
    @discardableResult
    func stop(timeout: TimeInterval = 30) -> Int32 {
        guard process.isRunning else { return process.terminationStatus }
        process.terminate()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return -9
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Tests/deploy/memory-deny-write-execute.py when the kernel (PR_SET_MDWE, Linux ≥ 6.3) and
    /// python3 allow it: the daemon then runs with what MemoryDenyWriteExecute=yes enforces.
    static var memoryDenyWriteExecuteLauncher: URL? {
        let launcher = DeployPaths.packageRoot.appendingPathComponent("Tests/deploy/memory-deny-write-execute.py")
        guard DeployPaths.program("python3") != nil,
              let probe = try? DeployShell.run(launcher.path, ["/bin/true"]), probe.status == 0 else { return nil }
        return launcher
    }

    /// systemd starts a service with no signal blocked; test threads may have some blocked, and a
    /// child inherits the mask of the thread that spawns it (Foundation's Process does not reset it),
    /// so SIGHUP and SIGTERM would stay pending forever. Spawn with an empty mask, then restore.
    static func withSignalsUnblocked<T>(_ body: () throws -> T) rethrows -> T {
        var empty = sigset_t(), saved = sigset_t()
        sigemptyset(&empty)
        pthread_sigmask(SIG_SETMASK, &empty, &saved)
        defer { pthread_sigmask(SIG_SETMASK, &saved, nil) }
        return try body()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        close(socketDescriptor)
        unlink(socketPath)
    }

    private static func bindDatagramSocket(at path: String) throws -> Int32 {
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket(AF_UNIX) failed") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in bytes.enumerated() where index < raw.count - 1 { raw[index] = byte }
        }
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else {
            close(descriptor)
            throw Failure(description: "cannot bind the notify socket \(path)")
        }
        return descriptor
    }
}
