import ArgumentParser

@main
struct Jixiao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jixiao",
        abstract: "绩效目标表 → 检查、评分、仪表盘网站 (performance-target tables → checks, scores, dashboards)",
        version: "0.1.0",
        subcommands: [CheckCommand.self]
    )
}
