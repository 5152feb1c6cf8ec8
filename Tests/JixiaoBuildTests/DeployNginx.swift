import Foundation

/// nginx from Debian, run as a child of the test with a temporary prefix, serving a folder on
/// 127.0.0.1 with the shipped site configuration `deploy/nginx/jixiao.conf`.
///
/// The only changes to the shipped file (see docs/deploy.md): the two `listen` lines become one
/// `listen 127.0.0.1:PORT`, and `root` points at the folder under test. Everything else (headers,
/// caching, gzip, types, dotfile rule) is served exactly as shipped.
final class DeployNginx {
    let prefix: URL
    let port: Int
    let root: URL
    private var process: Process?

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// The nginx binary, or nil when Debian's nginx is not installed.
    static var binary: URL? { DeployPaths.program("nginx") }

    init(serving root: URL, prefix: URL) throws {
        self.root = root
        self.prefix = prefix
        port = try Self.freePort()
        try FileManager.default.createDirectory(at: prefix, withIntermediateDirectories: true)
        let shipped = try String(contentsOf: DeployPaths.deploy.appendingPathComponent("nginx/jixiao.conf"), encoding: .utf8)
        try Data(Self.substitute(shipped, port: port, root: root).utf8).write(to: prefix.appendingPathComponent("jixiao.conf"))
        try Data(mainConfiguration.utf8).write(to: prefix.appendingPathComponent("nginx.conf"))
    }

    /// The shipped site file with only `listen` and `root` changed.
    static func substitute(_ shipped: String, port: Int, root: URL) -> String {
        shipped.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
            switch line.trimmingCharacters(in: .whitespaces) {
            case "listen 80;": return "    listen 127.0.0.1:\(port);"
            case "listen [::]:80;": return nil
            case "root /var/lib/jixiao/site;": return "    root \(root.path);"
            default: return String(line)
            }
        }.joined(separator: "\n")
    }

    /// A main configuration like Debian's, cut to what a non-daemonised nginx in a temporary prefix
    /// needs. As root, the workers run as nobody, so the site must be readable by everyone.
    private var mainConfiguration: String {
        let path = prefix.path
        return """
        \(getuid() == 0 ? "user nobody nogroup;" : "")
        daemon off;
        worker_processes 1;
        pid \(path)/nginx.pid;
        error_log \(path)/error.log warn;
        events { worker_connections 64; }
        http {
            include /etc/nginx/mime.types;
            default_type application/octet-stream;
            sendfile on;
            access_log \(path)/access.log;
            client_body_temp_path \(path)/body;
            proxy_temp_path \(path)/proxy;
            fastcgi_temp_path \(path)/fastcgi;
            uwsgi_temp_path \(path)/uwsgi;
            scgi_temp_path \(path)/scgi;
            include \(path)/jixiao.conf;
        }

        """
    }

    private var arguments: [String] { ["-p", prefix.path + "/", "-c", prefix.appendingPathComponent("nginx.conf").path] }

    /// `nginx -t`: the syntax and every directive, without serving.
    func test() throws -> DeployShell.Result {
        guard let binary = Self.binary else { throw Failure(description: "nginx is not installed") }
        return try DeployShell.run(binary.path, ["-t"] + arguments)
    }

    func start() throws {
        guard let binary = Self.binary else { throw Failure(description: "nginx is not installed") }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try DeployDaemon.withSignalsUnblocked { try process.run() }
        self.process = process
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if Self.accepts(port: port) { return }
            guard process.isRunning else { break }
            usleep(20_000)
        }
        let log = (try? String(contentsOf: prefix.appendingPathComponent("error.log"), encoding: .utf8)) ?? ""
        throw Failure(description: "nginx did not start on 127.0.0.1:\(port)\n\(log)")
    }

    func stop() {
        guard let process, process.isRunning else { return }
        process.terminate()  // SIGTERM: nginx's fast shutdown
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    deinit { stop() }

    /// A port the kernel just handed out and took back: free unless someone races us for it.
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket failed") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress -> Bool in
                bind(descriptor, socketAddress, length) == 0 && getsockname(descriptor, socketAddress, &length) == 0
            }
        }
        guard bound else { throw Failure(description: "bind failed") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func accepts(port: Int) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}
