import Foundation
import Testing

/// The shipped nginx site, systemd unit and installer, checked with the real tools.
@Suite struct DeployConfigurationTests {
    /// What the pages carry in their <meta> CSP (JixiaoSite's PageLayout); the header adds
    /// frame-ancestors, which only a header can set.
    static let pagePolicy = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'"
    static let headerPolicy = pagePolicy + "; frame-ancestors 'none'"

    /// On CI a missing nginx is a failure (CI installs it: apt-get install -y nginx curl git);
    /// elsewhere the nginx tests are skipped.
    static let nginxRuns = DeployNginx.binary != nil || DeployPaths.isCI
    static let nginxMissing = "CI is set but nginx is missing: apt-get install -y nginx curl git"

    @Test(.enabled(if: nginxRuns, "nginx is not installed (apt-get install nginx); set CI=1 to make this a failure"))
    func nginxAcceptsTheShippedSite() throws {
        try #require(DeployNginx.binary != nil, "\(Self.nginxMissing)")
        let folder = try DeployPaths.temporaryFolder("jx-nginx-t")
        defer { try? FileManager.default.removeItem(at: folder) }
        let nginx = try DeployNginx(serving: folder.appendingPathComponent("site"), prefix: folder.appendingPathComponent("nginx"))
        let result = try nginx.test()
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("test is successful"))
        #expect(!result.output.contains("[warn]"), "\(result.output)")
    }

    @Test(.enabled(if: nginxRuns && FileManager.default.fileExists(atPath: "/etc/nginx/nginx.conf") && getuid() == 0,
                   "needs Debian's /etc/nginx/nginx.conf and root"))
    func theShippedFileWorksUnchangedInDebiansConfiguration() throws {
        try #require(DeployNginx.binary != nil, "\(Self.nginxMissing)")
        let folder = try DeployPaths.temporaryFolder("jx-nginx-debian")
        defer { try? FileManager.default.removeItem(at: folder) }
        let debian = try String(contentsOfFile: "/etc/nginx/nginx.conf", encoding: .utf8)
        let shipped = DeployPaths.deploy.appendingPathComponent("nginx/jixiao.conf").path
        // Exactly what sites-enabled/jixiao → sites-available/jixiao does, without touching /etc.
        let main = debian.replacingOccurrences(of: "include /etc/nginx/sites-enabled/*;", with: "include \(shipped);")
        try #require(main != debian, "Debian's nginx.conf no longer includes sites-enabled/*")
        let configuration = folder.appendingPathComponent("nginx.conf")
        try Data(main.utf8).write(to: configuration)
        let result = try DeployShell.run(try #require(DeployNginx.binary).path, ["-t", "-c", configuration.path])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(.enabled(if: nginxRuns, "nginx is not installed (apt-get install nginx); set CI=1 to make this a failure"))
    func nginxServesTheSiteWithTypesHeadersCachingAndGzip() throws {
        try #require(DeployNginx.binary != nil, "\(Self.nginxMissing)")
        let folder = try DeployPaths.temporaryFolder("jx-nginx-serve")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        let filler = String(repeating: "绩效目标 ", count: 200)  // above gzip_min_length
        let files = [
            "index.html": "<!doctype html><title>总览</title><p>\(filler)</p>",
            "projects/2022/科技 评估.html": "<!doctype html><title>科技 评估</title>",
            "data/projects.json": "{\"projects\": [\"\(filler)\"]}",
            "data/indicators.csv": "项目,指标值\n科技评估,≥20个\n\(filler)\n",
            "assets/site.css": "body { font-family: sans-serif; } /* \(filler) */",
            "status.json": "{\"generation\": 1}",
            ".jixiao/cache.json": "{}",
            "projects/.科技 评估.html.123.tmp": "half a page",
        ]
        for (path, text) in files {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o755])
            try Data(text.utf8).write(to: url)
        }
        let nginx = try DeployNginx(serving: site, prefix: folder.appendingPathComponent("nginx"))
        try nginx.start()
        defer { nginx.stop() }
        let base = "http://127.0.0.1:\(nginx.port)"

        let index = try DeployHTTP.get(base + "/")
        #expect(index.status == 200)
        #expect(index.headers["content-type"] == "text/html; charset=utf-8")
        #expect(index.headers["content-security-policy"] == Self.headerPolicy)
        #expect(index.headers["x-content-type-options"] == "nosniff")
        #expect(index.headers["x-frame-options"] == "DENY")
        #expect(index.headers["referrer-policy"] == "same-origin")
        #expect(index.headers["permissions-policy"]?.contains("camera=()") == true)
        #expect(index.headers["cache-control"] == "no-cache")
        #expect(index.headers["server"] == "nginx")  // no version number

        // Revalidation is cheap: the ETag gives a 304 without the body.
        let etag = try #require(index.headers["etag"])
        let revalidated = try DeployHTTP.get(base + "/", headers: ["If-None-Match: \(etag)"])
        #expect(revalidated.status == 304)
        #expect(revalidated.body.isEmpty)

        let project = try DeployHTTP.get(base + "/" + DeployHTTP.encodedPath("projects/2022/科技 评估.html"))
        #expect(project.status == 200)
        #expect(project.text.contains("科技 评估"))

        let json = try DeployHTTP.get(base + "/data/projects.json", headers: ["Accept-Encoding: gzip"])
        #expect(json.headers["content-type"] == "application/json; charset=utf-8")
        #expect(json.headers["content-encoding"] == "gzip")
        #expect(json.headers["cache-control"] == "no-cache")
        let csv = try DeployHTTP.get(base + "/data/indicators.csv", headers: ["Accept-Encoding: gzip"])
        #expect(csv.headers["content-type"] == "text/csv; charset=utf-8")
        #expect(csv.headers["content-encoding"] == "gzip")
        #expect(csv.headers["cache-control"] == "no-cache")
        #expect(csv.headers["content-security-policy"] == Self.headerPolicy)  // headers reach every location
        let css = try DeployHTTP.get(base + "/assets/site.css", headers: ["Accept-Encoding: gzip"])
        #expect(css.headers["content-type"] == "text/css; charset=utf-8")
        #expect(css.headers["content-encoding"] == "gzip")
        #expect(css.headers["cache-control"] == "max-age=3600")

        #expect(try DeployHTTP.get(base + "/status.json").status == 200)  // for monitoring
        #expect(try DeployHTTP.get(base + "/.jixiao/cache.json").status == 404)
        #expect(try DeployHTTP.get(base + "/" + DeployHTTP.encodedPath("projects/.科技 评估.html.123.tmp")).status == 404)
        let missing = try DeployHTTP.get(base + "/projects/none.html")
        #expect(missing.status == 404)
        #expect(missing.headers["x-content-type-options"] == "nosniff")
    }

    @Test(.enabled(if: DeployPaths.program("systemd-analyze") != nil, "systemd-analyze is not installed"))
    func systemdAcceptsTheUnit() throws {
        let analyze = try #require(DeployPaths.program("systemd-analyze"))
        let binary = try #require(DeployPaths.executable, "jixiao binary not built")
        let folder = try DeployPaths.temporaryFolder("jx-unit")
        defer { try? FileManager.default.removeItem(at: folder) }
        // verify insists that ExecStart exists: point it at the binary just built.
        let shipped = try String(contentsOf: DeployPaths.deploy.appendingPathComponent("systemd/jixiao.service"), encoding: .utf8)
        #expect(shipped.contains("\nType=notify\n"))
        #expect(shipped.contains("\nExecReload=/bin/kill -HUP $MAINPID\n"))
        let unit = folder.appendingPathComponent("jixiao.service")
        try Data(shipped.replacingOccurrences(of: "/usr/local/bin/jixiao", with: binary.path).utf8).write(to: unit)
        let verify = try DeployShell.run(analyze.path, ["verify", unit.path])
        #expect(verify.status == 0, "\(verify.output)")
        // verify only warns about unknown or misspelt settings: any line naming the unit is a finding.
        #expect(!verify.output.contains("jixiao.service"), "\(verify.output)")

        let security = try DeployShell.run(analyze.path, ["security", "--offline=yes", unit.path])
        if security.status == 0 || security.output.contains("Overall exposure level") {
            let level = security.output.split(separator: "\n").first { $0.contains("Overall exposure level") }
            let number = level.flatMap { line in line.split(separator: " ").compactMap { Double($0) }.first }
            #expect(try #require(number, "\(security.output)") <= 1.0, "\(level ?? "")")
        }
    }

    @Test func theShippedFilesAgreeOnThePaths() throws {
        let unit = try String(contentsOf: DeployPaths.deploy.appendingPathComponent("systemd/jixiao.service"), encoding: .utf8)
        let site = try String(contentsOf: DeployPaths.deploy.appendingPathComponent("nginx/jixiao.conf"), encoding: .utf8)
        let installer = try String(contentsOf: DeployPaths.deploy.appendingPathComponent("install.sh"), encoding: .utf8)
        let hook = try String(contentsOf: DeployPaths.deploy.appendingPathComponent("git/post-receive"), encoding: .utf8)
        // What the daemon writes is what nginx serves and the only writable path of the unit.
        #expect(unit.contains("\nExecStart=/usr/local/bin/jixiao watch --content /srv/jixiao/repo/content --output /var/lib/jixiao/site\n"))
        #expect(unit.contains("\nReadWritePaths=/var/lib/jixiao/site\n"))
        #expect(site.contains("\n    root /var/lib/jixiao/site;\n"))
        #expect(installer.contains("site=${JIXIAO_SITE:-/var/lib/jixiao/site}"))
        // What the hook updates is what the daemon reads.
        #expect(installer.contains("home=${JIXIAO_HOME:-/srv/jixiao}"))
        #expect(installer.contains("worktree=$home/repo\n"))
        #expect(hook.contains("worktree=${worktree:-/srv/jixiao/repo}"))
        #expect(unit.contains("\nUser=jixiao\n") && installer.contains("user=${JIXIAO_USER:-jixiao}"))
    }

    @Test func theBinaryTellsItsVersion() throws {
        let binary = try #require(DeployPaths.executable, "jixiao binary not built")
        let result = try DeployShell.run(binary.path, ["--version"])
        #expect(result.status == 0)
        let version = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.split(separator: ".").count == 3 && version.allSatisfy { $0.isNumber || $0 == "." }, "\(version)")
    }

    @Test func theInstallerDryRunPrintsThePlanAndChangesNothing() throws {
        let folder = try DeployPaths.temporaryFolder("jx-dry")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DeployShell.run(DeployPaths.deploy.appendingPathComponent("install.sh").path, ["--dry-run"],
                                         environment: Self.sandbox(folder))
        #expect(result.status == 0, "\(result.output)")
        for step in ["1. Debian packages", "2. Build and install the binary", "3. Users", "4. Repositories",
                     "5. Site folder", "6. systemd unit", "7. nginx site"] {
            #expect(result.stdout.contains(step))
        }
        #expect(result.stdout.contains("would   install the post-receive hook"))
        #expect(result.stdout.contains("$ swift build --package-path"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let misuse = try DeployShell.run(DeployPaths.deploy.appendingPathComponent("install.sh").path, ["--bogus"])
        #expect(misuse.status == 2)
    }

    @Test(.enabled(if: getuid() == 0 && DeployPaths.program("runuser") != nil, "installs for real: needs root"))
    func theInstallerIsIdempotent() throws {
        let binary = try #require(DeployPaths.executable, "jixiao binary not built")
        let folder = try DeployPaths.temporaryFolder("jx-install")
        defer { try? FileManager.default.removeItem(at: folder) }
        var environment = Self.sandbox(folder)
        environment["JIXIAO_USER"] = "root"
        environment["JIXIAO_GIT_USER"] = "root"
        environment["JIXIAO_SKIP_APT"] = "1"
        environment["JIXIAO_SKIP_BUILD"] = "1"
        environment["JIXIAO_BINARY"] = binary.path
        let script = DeployPaths.deploy.appendingPathComponent("install.sh").path
        let first = try DeployShell.run(script, [], environment: environment)
        #expect(first.status == 0, "\(first.output)")
        #expect(first.stdout.contains("do      install the post-receive hook"))
        let hook = folder.appendingPathComponent("home/repo.git/hooks/post-receive")
        #expect(FileManager.default.isExecutableFile(atPath: hook.path))
        let worktree = try DeployShell.run("git", ["config", "--file", folder.appendingPathComponent("home/repo.git/config").path,
                                                   "jixiao.worktree"])
        #expect(worktree.stdout == folder.appendingPathComponent("home/repo").path + "\n")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("home/repo/content").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("nginx/sites-enabled/jixiao").path))

        let second = try DeployShell.run(script, [], environment: environment)
        #expect(second.status == 0, "\(second.output)")
        #expect(second.stdout.contains("Done: 0 change(s) made"), "\(second.stdout)")
        #expect(!second.stdout.contains("  do "))
    }

    /// Every path install.sh touches, inside one temporary folder.
    static func sandbox(_ folder: URL) -> [String: String] {
        [
            "JIXIAO_HOME": folder.appendingPathComponent("home").path,
            "JIXIAO_SITE": folder.appendingPathComponent("site").path,
            "JIXIAO_BIN": folder.appendingPathComponent("bin").path,
            "JIXIAO_SYSTEMD": folder.appendingPathComponent("systemd").path,
            "JIXIAO_NGINX": folder.appendingPathComponent("nginx").path,
            "JIXIAO_DOC": folder.appendingPathComponent("doc").path,
        ]
    }
}
