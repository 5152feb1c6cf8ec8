import Foundation
import JixiaoBuild
import Testing

/// `jixiao doctor` on real folders: what an administrator sees before starting the daemon.
@Suite struct DoctorTests {
    let root: URL
    let content: URL
    let output: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("jx-doctor-\(UUID().uuidString.prefix(8))")
        content = root.appendingPathComponent("content")
        output = root.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("2022/科技"), withIntermediateDirectories: true)
        try write("项目名称: 测试项目\n预算年度: 2022\n", to: "2022/科技/评估.yaml")
    }

    private func write(_ text: String, to relativePath: String) throws {
        try Data(text.utf8).write(to: content.appendingPathComponent(relativePath))
    }

    private func limits(watches: Int, instances: Int, queued: Int) throws -> URL {
        let folder = root.appendingPathComponent("limits")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("\(watches)\n".utf8).write(to: folder.appendingPathComponent("max_user_watches"))
        try Data("\(instances)\n".utf8).write(to: folder.appendingPathComponent("max_user_instances"))
        try Data("\(queued)\n".utf8).write(to: folder.appendingPathComponent("max_queued_events"))
        return folder
    }

    private func check(_ name: String, _ checks: [DoctorCheck]) throws -> DoctorCheck {
        try #require(checks.first { $0.name == name })
    }

    @Test func aHealthySetupPassesEveryCheck() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let checks = Doctor(content: content, output: output).run()
        #expect(checks.allSatisfy { $0.passed }, "\(Doctor.report(checks))")
        #expect(Set(checks.map(\.name)) == ["inotifytools", "inotify.watches", "inotify.instances", "inotify.queue",
                                            "content", "output", "configuration"])
        #expect(Doctor.report(checks).hasSuffix("全部 7 项检查通过。\n"))
        #expect(try check("content", checks).message.contains("1 个项目文件"))
        // Looking must not create the output: the daemon does that.
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func libinotifytoolsIsLoadedAndItsVersionShown() {
        let check = Doctor(content: content, output: output).checkInotifyTools()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(check.passed, "\(check.message)")
        #expect(check.line.hasPrefix("✓ libinotifytools 0."), "\(check.line)")
    }

    @Test func anExistingOutputIsProbedAndLeftAsItWas() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: output.appendingPathComponent(".jixiao"), withIntermediateDirectories: true)
        let check = Doctor(content: content, output: output).checkOutput()
        #expect(check.passed)
        #expect(check.message == "输出目录 \(output.path) 可写。")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == [".jixiao"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent(".jixiao").path).isEmpty)
    }

    @Test func anOutputBelowARegularFileFails() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: file)
        let check = Doctor(content: content, output: file.appendingPathComponent("site/deeper")).checkOutput()
        #expect(!check.passed)
        #expect(check.line == "✗ 无法创建输出目录 \(file.path)/site/deeper：\(file.path) 是文件，不是目录")
        let onFile = Doctor(content: content, output: file).checkOutput()
        #expect(!onFile.passed)
        #expect(onFile.message.contains("不是目录"))
    }

    @Test func aMissingOrEmptyContentFolderFails() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let missing = Doctor(content: root.appendingPathComponent("nowhere"), output: output).checkContent()
        #expect(!missing.passed)
        #expect(missing.message.contains("内容目录不存在"))
        let empty = root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try Data("notes".utf8).write(to: empty.appendingPathComponent("README.txt"))
        let noProjects = Doctor(content: empty, output: output).checkContent()
        #expect(!noProjects.passed)
        #expect(noProjects.message.contains("没有项目文件"))
    }

    @Test func inotifyLimitsAreComparedWithTheFoldersToWatch() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        // Hidden folders (.git) are never watched, so they do not count.
        try FileManager.default.createDirectory(at: content.appendingPathComponent(".git/objects/ab"), withIntermediateDirectories: true)
        let doctor = Doctor(content: content, output: output, inotifyLimits: try limits(watches: 2, instances: 0, queued: 100))
        #expect(doctor.folderCount() == 3)  // content, 2022, 2022/科技
        let checks = doctor.checkInotifyLimits()
        let watches = try check("inotify.watches", checks)
        #expect(!watches.passed)
        #expect(watches.message.contains("max_user_watches = 2"))
        #expect(watches.message.contains("3 个文件夹"))
        #expect(!(try check("inotify.instances", checks)).passed)
        #expect(!(try check("inotify.queue", checks)).passed)

        let roomy = Doctor(content: content, output: output, inotifyLimits: try limits(watches: 8192, instances: 128, queued: 16384))
        #expect(roomy.checkInotifyLimits().allSatisfy { $0.passed })
    }

    @Test func unreadableLimitsFailWithThePath() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let nowhere = root.appendingPathComponent("no-proc")
        let checks = Doctor(content: content, output: output, inotifyLimits: nowhere).checkInotifyLimits()
        #expect(checks.count == 3)
        #expect(checks.allSatisfy { !$0.passed && $0.message.contains(nowhere.path) })
    }

    @Test func theConfigurationFileMustBeAYAMLMapping() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let doctor = Doctor(content: content, output: output)
        #expect(doctor.checkConfiguration().message == "没有 jixiao.yaml，使用默认设置。")
        try write("quality: {criteria: {完整性: 25, 相关性: 25, 适当性: 25, 可行性: 25}}\n", to: "jixiao.yaml")
        #expect(doctor.checkConfiguration().passed, "\(doctor.checkConfiguration().message)")
        // Valid YAML that the configuration loader rejects: the doctor reports the loader's reason.
        try write("quality: {criteria: {完整性: 很多}}\n", to: "jixiao.yaml")
        let rejected = doctor.checkConfiguration()
        #expect(!rejected.passed)
        #expect(rejected.message.contains("完整性"), "\(rejected.message)")
        try write("站点名称: [绩效\n", to: "jixiao.yaml")
        let broken = doctor.checkConfiguration()
        #expect(!broken.passed)
        #expect(broken.message.contains("jixiao.yaml 无效"))
        try write("- 一\n- 二\n", to: "jixiao.yaml")
        #expect(!doctor.checkConfiguration().passed)
    }

    @Test func theCommandExitsOneAndPrintsTheFailure() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let binary = try #require(DeployPaths.executable, "jixiao binary not built")
        let file = root.appendingPathComponent("file")
        try Data().write(to: file)
        let failing = try DeployShell.run(binary.path, ["doctor", "--content", content.path, "--output", file.appendingPathComponent("site").path])
        #expect(failing.status == 1)
        #expect(failing.output.contains("✗ 无法创建输出目录"))
        #expect(failing.output.contains("1 项检查未通过"))
        let passing = try DeployShell.run(binary.path, ["doctor", "--content", content.path, "--output", output.path])
        #expect(passing.status == 0, "\(passing.output)")
    }
}
