import ArgumentParser
import Foundation
import JixiaoBuild
import JixiaoModel

/// `jixiao check`: parse, check and score project files; print findings like a compiler.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "检查项目文件并打分 (check project files and score them)",
        discussion: """
        Prints one line per finding, `path:line:column: severity: message [rule_id]`, sorted by path and
        line, then one line per project with its scores and a summary. Exit status: 0 when there is no
        error, 1 when any error, 2 on misuse. Colour only on a terminal and never when NO_COLOR is set.
        """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "项目文件或文件夹 (project files or folders; default: content)")
    var paths: [String] = []

    @Option(help: "输出格式 (output format): text, json")
    var format: OutputFormat = .text

    func run() throws {
        let targets: CheckTargets
        do {
            targets = try CheckTargets(arguments: paths.isEmpty ? ["content"] : paths)
        } catch let missing as CheckTargets.MissingPath {
            FileHandle.standardError.write(Data("jixiao check: \(missing)\n".utf8))
            throw ExitCode(2)
        }
        let configuration: JixiaoConfiguration
        do {
            configuration = try targets.configurationRoot.map(JixiaoConfiguration.load(from:)) ?? JixiaoConfiguration()
        } catch {
            FileHandle.standardError.write(Data("jixiao check: jixiao.yaml: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let reports = targets.reports(configuration: configuration)
        switch format {
        case .text:
            print(CheckFormatter.text(reports, colour: Terminal.wantsColour), terminator: "")
        case .json:
            print(CheckFormatter.json(reports), terminator: "")
        }
        if reports.contains(where: { $0.errorCount > 0 }) { throw ExitCode(1) }
    }
}
