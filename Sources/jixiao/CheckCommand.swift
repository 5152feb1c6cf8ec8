import ArgumentParser
import Foundation
import JixiaoBuild
import JixiaoModel
import JixiaoRules

/// `jixiao check`: parse, check and score project files; print findings like a compiler.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "检查项目文件并打分 (check project files and score them)",
        discussion: """
        Prints one line per finding, `path:line:column: severity: message [rule_id]`, sorted by path and \
        line, then one line per project with its scores and a summary. Exit status: 0 when there is no \
        error, 1 when any error (or warning, with --fail-on warning), 2 on misuse. Colour only on a \
        terminal and never when NO_COLOR is set.

        --format github prints GitHub Actions workflow commands (::error file=…,line=…::message) and, \
        when $GITHUB_STEP_SUMMARY is set, appends every finding as Markdown tables to the job summary.
        --format sarif prints SARIF 2.1.0 for code scanning; --output FILE writes any format to a file.
        """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, github, sarif
    }

    /// The least severe finding that makes the exit status 1.
    enum FailureLevel: String, ExpressibleByArgument, CaseIterable {
        case error, warning
    }

    @Argument(help: "项目文件或文件夹 (project files or folders; default: content)")
    var paths: [String] = []

    @Option(help: "输出格式 (output format): text, json, github, sarif")
    var format: OutputFormat = .text

    @Option(name: .customLong("fail-on"), help: "何时以状态 1 退出 (exit 1 on): error, warning")
    var failOn: FailureLevel = .error

    @Option(help: "把结果写入文件而不是标准输出 (write the output to FILE, e.g. jixiao.sarif)")
    var output: String?

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
        let text: String
        switch format {
        case .text:
            text = CheckFormatter.text(reports, colour: output == nil && Terminal.wantsColour)
        case .json:
            text = CheckFormatter.json(reports)
        case .github:
            text = GitHubAnnotations.commands(reports) + CheckFormatter.summary(reports) + "\n"
            writeJobSummary(reports)
        case .sarif:
            text = SARIFReport.document(reports, rules: RuleCatalogue.descriptions, toolVersion: Jixiao.version,
                                        sourceRoot: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        }
        if let output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                FileHandle.standardError.write(Data("jixiao check: 无法写入 \(output)：\(error.localizedDescription)\n".utf8))
                throw ExitCode(2)
            }
            print(CheckFormatter.summary(reports))
        } else {
            print(text, terminator: "")
        }
        let failing = reports.contains { $0.errorCount > 0 || (failOn == .warning && $0.warningCount > 0) }
        if failing { throw ExitCode(1) }
    }

    /// GitHub shows only a few annotations per step: the job summary gets every finding.
    private func writeJobSummary(_ reports: [ProjectReport]) {
        guard let path = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty else { return }
        do {
            try JobSummary.append(JobSummary.markdown(reports) + "\n", toFileAt: path)
        } catch {
            FileHandle.standardError.write(Data("jixiao check: 无法写入作业摘要 \(path)：\(error.localizedDescription)\n".utf8))
        }
    }
}
