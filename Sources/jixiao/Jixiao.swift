import ArgumentParser
import Foundation

/// The root command only lists the subcommands; each lives in its own file.
@main
struct Jixiao: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "jixiao",
        abstract: "绩效目标表 → 检查、评分、仪表盘网站 (performance-target tables → checks, scores, dashboards)",
        discussion: "项目文件放在 content/ 下，每个项目一个 YAML 文件；见 docs/format.md。",
        version: version,
        subcommands: [CheckCommand.self, BuildCommand.self, WatchCommand.self, ImportCommand.self, RulesCommand.self,
                      DiffCommand.self, SchemaCommand.self, NewCommand.self, DoctorCommand.self]
    )

    /// Misuse (unknown option, bad value) exits 2, as compilers and linters do, instead of 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                FileHandle.standardError.write(Data("用法见 (see) jixiao --help\n".utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
