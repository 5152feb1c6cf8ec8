import ArgumentParser

/// The root command only lists the subcommands; each lives in its own file.
@main
struct Jixiao: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "jixiao",
        abstract: "绩效目标表 → 检查、评分、仪表盘网站 (performance-target tables → checks, scores, dashboards)",
        discussion: "项目文件放在 content/ 下，每个项目一个 YAML 文件；见 docs/format.md。",
        version: version,
        subcommands: [CheckCommand.self, DoctorCommand.self]
    )
}
