import ArgumentParser
import Foundation
import JixiaoBuild

/// `jixiao doctor`: checks that this machine can run the daemon on these folders.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "检查运行环境 (check that the daemon can run here)",
        discussion: """
        Checks libinotifytools (loads it and calls inotifytools_initialize), the kernel's inotify limits \
        against the number of folders under the content folder, that the content folder is readable and \
        has project files, that the output folder is writable (creates and removes a temporary file), and \
        that jixiao.yaml is valid when present. One line per check, ✓ or ✗. Exit status: 0 when every \
        check passes, 1 otherwise. Run it as the user the daemon runs as (sudo -u jixiao jixiao doctor …).
        """
    )

    // Not SiteOptions: a missing content folder is something to report, not a usage error.
    @Option(help: "内容目录：项目文件所在 (content folder)")
    var content: String = "content"

    @Option(help: "输出目录：生成的网站 (output folder for the site)")
    var output: String = "site"

    func run() throws {
        let doctor = Doctor(content: URL(fileURLWithPath: content), output: URL(fileURLWithPath: output))
        let checks = doctor.run()
        print(Doctor.report(checks), terminator: "")
        if checks.contains(where: { !$0.passed }) { throw ExitCode(1) }
    }
}
