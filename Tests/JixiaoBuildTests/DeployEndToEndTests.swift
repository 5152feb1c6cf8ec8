import Foundation
import JixiaoTestSupport
import Testing

/// The whole path of docs/deploy.md on one machine: an author pushes, the post-receive hook
/// fast-forwards the working copy, `jixiao watch` rebuilds, nginx (from Debian, with the shipped
/// site file) serves the new page. Measures the time from `git push` returning to the page changing.
@Suite(.serialized) struct DeployEndToEndTests {
    static let rounds = 5

    @Test(.enabled(if: DeployConfigurationTests.nginxRuns,
                   "nginx is not installed (apt-get install nginx curl git); set CI=1 to make this a failure"),
          .timeLimit(.minutes(5)))
    func aPushReachesThePageOverHTTP() throws {
        try #require(DeployNginx.binary != nil, "\(DeployConfigurationTests.nginxMissing)")
        let binary = try #require(DeployPaths.executable, "jixiao binary not built (swift build)")
        let fixture = try DeployGitFixture(prefix: "jx-e2e")
        defer { fixture.remove() }

        // The author's first push fills the empty working copy, as after deploy/install.sh.
        let projects = try Self.seed(into: fixture.author.appendingPathComponent("content"))
        let first = try fixture.commitAndPush("导入绩效目标表")
        #expect(first.stderr.contains("remote: jixiao: 工作副本已更新"), "\(first.output)")

        let content = fixture.worktree.appendingPathComponent("content")
        let site = fixture.root.appendingPathComponent("site")
        // Under the kernel's memory-deny-write-execute where available, as MemoryDenyWriteExecute=yes.
        let launcher = DeployDaemon.memoryDenyWriteExecuteLauncher
        let daemon = try DeployDaemon(binary: binary, content: content, output: site,
                                      log: fixture.root.appendingPathComponent("daemon.log"), launcher: launcher)
        defer { daemon.stop() }
        let nginx = try DeployNginx(serving: site, prefix: fixture.root.appendingPathComponent("nginx"))
        let configurationTest = try nginx.test()
        #expect(configurationTest.status == 0, "\(configurationTest.output)")
        try nginx.start()
        defer { nginx.stop() }
        let base = "http://127.0.0.1:\(nginx.port)"

        // Not while another test has lowered the kernel's inotify queue (it would rightly fail).
        let doctor = try KernelSettingLock.withLock(exclusive: false) {
            try DeployShell.run(binary.path, ["doctor", "--content", content.path, "--output", site.path])
        }
        #expect(doctor.status == 0, "jixiao doctor on the live setup:\n\(doctor.output)")

        // One table, edited and pushed several times; each time the page must show the new value.
        let project = try #require(projects.first, "no project files to edit")
        let id = String(project.dropLast(".yaml".count))
        let pageURL = base + "/projects/" + DeployHTTP.encodedPath(id) + ".html"
        let before = try DeployHTTP.get(pageURL)
        #expect(before.status == 200, "\(pageURL) → \(before.status); daemon log:\n\(daemon.logText)")

        var latencies: [Double] = []
        var pushDurations: [Double] = []
        for round in 1...Self.rounds {
            let value = "≥\(4240 + round)个"
            #expect(!(try DeployHTTP.get(pageURL)).text.contains(value))
            try Self.replaceFirstTarget(in: fixture.author.appendingPathComponent("content/\(project)"), with: value)
            try DeployGitFixture.git(["commit", "--quiet", "-am", "目标值改为 \(value)"], in: fixture.author)

            let pushStarted = Date()
            let pushed = try fixture.push()
            let pushReturned = Date()
            #expect(pushed.stderr.contains("remote: jixiao: 工作副本已更新"), "\(pushed.output)")
            let changed = try Self.poll(pageURL, until: value, timeout: 60)
            try #require(changed != nil, "page never showed \(value); daemon log:\n\(daemon.logText)")
            latencies.append((changed ?? pushReturned).timeIntervalSince(pushReturned) * 1000)
            pushDurations.append(pushReturned.timeIntervalSince(pushStarted) * 1000)
        }
        let sorted = latencies.sorted()
        print("""
        DeployEndToEnd: git push returning → page changed over HTTP: \
        \(latencies.map { String(format: "%.0f ms", $0) }.joined(separator: ", ")) \
        (median \(String(format: "%.0f", sorted[sorted.count / 2])) ms; \
        git push itself incl. the hook: \(pushDurations.map { String(format: "%.0f ms", $0) }.joined(separator: ", ")); \
        \(projects.count) projects; \(launcher == nil ? "PR_SET_MDWE unavailable" : "daemon under PR_SET_MDWE"))
        """)

        // What a browser gets with the page.
        let page = try DeployHTTP.get(pageURL, headers: ["Accept-Encoding: gzip"])
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.headers["content-security-policy"] == DeployConfigurationTests.headerPolicy)
        #expect(page.headers["x-content-type-options"] == "nosniff")
        #expect(page.headers["cache-control"] == "no-cache")
        #expect(page.headers["etag"] != nil)
        #expect(page.headers["content-encoding"] == "gzip")
        // The header policy is the page's own <meta> policy plus frame-ancestors.
        let plain = try DeployHTTP.get(pageURL)
        let meta = try #require(Self.metaPolicy(in: plain.text), "the page has no CSP <meta>")
        #expect(meta + "; frame-ancestors 'none'" == plain.headers["content-security-policy"])

        let csv = try DeployHTTP.get(base + "/data/indicators.csv")
        #expect(csv.status == 200)
        #expect(csv.headers["content-type"] == "text/csv; charset=utf-8")
        #expect(csv.text.contains("≥\(4240 + Self.rounds)个"))
        let json = try DeployHTTP.get(base + "/data/projects.json")
        #expect(json.status == 200)
        #expect(json.headers["content-type"] == "application/json; charset=utf-8")
        let index = try DeployHTTP.get(base + "/")
        #expect(index.status == 200)
        #expect(index.headers["cache-control"] == "no-cache")
        for asset in ["/assets/site.css", "/assets/site.js"] {
            let response = try DeployHTTP.get(base + asset)
            #expect(response.status == 200, "\(asset)")
            #expect(response.headers["cache-control"] == "max-age=3600", "\(asset)")
        }
        #expect(try DeployHTTP.get(base + "/status.json").status == 200)
        #expect(try DeployHTTP.get(base + "/.jixiao/").status == 404)

        // The unit sets MemoryDenyWriteExecute: after the builds above, the daemon must never have
        // mapped memory writable and executable at once (that is what the seccomp filter refuses).
        // readToEnd: /proc files report size 0, so only reading until EOF gets all of it.
        let mapsData = try FileHandle(forReadingFrom: URL(fileURLWithPath: "/proc/\(daemon.process.processIdentifier)/maps")).readToEnd()
        let maps = String(decoding: mapsData ?? Data(), as: UTF8.self)
        let writableExecutable = maps.split(separator: "\n").filter { $0.split(separator: " ").dropFirst().first?.hasPrefix("rwx") == true }
        #expect(!maps.isEmpty)
        #expect(writableExecutable.isEmpty, "W+X mappings break MemoryDenyWriteExecute=yes:\n\(writableExecutable.joined(separator: "\n"))")

        // systemctl reload → SIGHUP → a full rebuild; systemctl stop → SIGTERM → exit 0.
        let generation = daemon.status()?["generation"] as? Int ?? 0
        daemon.reload()
        let deadline = Date().addingTimeInterval(120)
        while (daemon.status()?["generation"] as? Int ?? 0) <= generation, Date() < deadline { usleep(20_000) }
        #expect((daemon.status()?["generation"] as? Int ?? 0) > generation, "SIGHUP did not rebuild; log:\n\(daemon.logText)")
        #expect(try DeployHTTP.get(pageURL).text.contains("≥\(4240 + Self.rounds)个"))
        #expect(daemon.stop() == 0, "SIGTERM must exit 0; log:\n\(daemon.logText)")
    }

    /// Copies the package's content/ (the 13 real tables) or, before it exists, one small table.
    /// Returns the project paths, sorted.
    static func seed(into folder: URL) throws -> [String] {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        let packageContent = DeployPaths.packageRoot.appendingPathComponent("content")
        let names = (try? manager.contentsOfDirectory(atPath: packageContent.path)) ?? []
        for name in names where !name.hasPrefix(".") {
            try manager.copyItem(at: packageContent.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        var projects = (manager.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".yaml") && $0 != "jixiao.yaml" }
        if projects.isEmpty {
            let fallback = "2022/科技 评估.yaml"
            try manager.createDirectory(at: folder.appendingPathComponent("2022"), withIntermediateDirectories: true)
            try Data(smallTable.utf8).write(to: folder.appendingPathComponent(fallback))
            projects = [fallback]
        }
        return projects.sorted()
    }

    static let smallTable = """
    项目名称: 2022年度科技评估
    预算单位: 331202 天津市科学技术发展战略研究院
    预算年度: 2022
    金额单位: 万元
    预算: {预算数: 15.00, 财政资金: 15.00, 其他资金: 0}
    资金用途: 用于开展科技评估
    绩效目标:
      - 完成科技评估。
    绩效指标:
      产出指标:
        数量指标:
          - 三级指标: 评估项目数
            绩效指标描述: 评估的项目数量
            指标值: ≥20个

    """

    /// Rewrites the first `指标值:` line of a table, keeping its indentation.
    static func replaceFirstTarget(in file: URL, with value: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("指标值:") },
                                 "no 指标值 in \(file.lastPathComponent)")
        let indentation = lines[index].prefix { $0 == " " }
        lines[index] = indentation + "指标值: " + value
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
    }

    /// Polls a page until its body contains `text`; returns when it first did, nil on timeout.
    static func poll(_ url: String, until text: String, timeout: TimeInterval) throws -> Date? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let response = try? DeployHTTP.get(url), response.status == 200, response.text.contains(text) { return Date() }
            usleep(5_000)
        }
        return nil
    }

    /// The content of `<meta http-equiv="Content-Security-Policy" content="…">`, entities decoded.
    static func metaPolicy(in html: String) -> String? {
        guard let meta = html.range(of: "http-equiv=\"Content-Security-Policy\""),
              let start = html.range(of: "content=\"", range: meta.upperBound..<html.endIndex),
              let end = html.range(of: "\"", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
}
