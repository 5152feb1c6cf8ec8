import Foundation
import JixiaoModel
import JixiaoRules

/// The Markdown job summary of `check --format github` (`$GITHUB_STEP_SUMMARY`): every finding, a table per project.
public enum JobSummary {
    /// An overview table of all projects with their scores, then one findings table per project that has findings.
    public static func markdown(_ reports: [ProjectReport]) -> String {
        let sorted = reports.sorted { $0.path < $1.path }
        var lines = ["## jixiao 检查结果", "", CheckFormatter.summary(reports), ""]
        guard !sorted.isEmpty else { return lines.joined(separator: "\n") + "\n" }
        lines += ["| 项目 | 文件 | 目标质量 | 自评 | 错误 | 警告 | 提示 |", "|---|---|---:|---:|---:|---:|---:|"]
        for report in sorted {
            let infos = report.diagnostics.filter { $0.severity == .info }.count
            lines.append("| \(escape(report.project?.displayName ?? report.id)) | `\(code(report.path))` "
                + "| \(score(report.quality)) | \(score(report.selfEvaluation)) "
                + "| \(report.errorCount) | \(report.warningCount) | \(infos) |")
        }
        lines.append("")
        for report in sorted where !report.diagnostics.isEmpty {
            lines += ["### \(escape(report.project?.displayName ?? report.id))", "", "`\(code(report.path))`", ""]
            lines += ["| 行 | 级别 | 规则 | 说明 |", "|---:|---|---|---|"]
            for diagnostic in report.diagnostics.sorted() {
                lines.append("| \(diagnostic.location.line) | \(icon(diagnostic.severity)) \(diagnostic.severity.chineseName) "
                    + "| `\(code(diagnostic.rule))` \(escape(RuleCatalogue.description(for: diagnostic.rule)?.name ?? "")) "
                    + "| \(escape(diagnostic.message)) |")
            }
            if let quality = report.quality, !quality.lost.isEmpty {
                let lost = quality.lost.reduce(0) { $0 + $1.points }
                lines += ["", "目标质量 \(score(quality))：共扣 \(String(format: "%.1f", lost)) 分。"]
            }
            lines.append("")
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Appends the summary to the file GitHub names in `$GITHUB_STEP_SUMMARY` (other steps may have written before).
    public static func append(_ markdown: String, toFileAt path: String) throws {
        let url = URL(fileURLWithPath: path)
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(markdown.utf8))
    }

    /// Text safe inside Markdown (and a table cell): ASCII punctuation that Markdown reads is backslash-escaped,
    /// line breaks become spaces, so a target value like `<18万元` or `a|b` shows as written.
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "<", ">", "#", "~", "&":
                result += "\\" + String(character)
            case "\r\n", "\n", "\r":
                result += " "
            default:
                result.append(character)
            }
        }
        return result
    }

    /// Text inside a code span: backticks cannot be escaped there, and `|` would still split a table cell.
    static func code(_ text: String) -> String {
        text.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "|", with: "\\|")
    }

    static func icon(_ severity: Severity) -> String {
        switch severity {
        case .error: "❌"
        case .warning: "⚠️"
        case .info: "ℹ️"
        }
    }

    private static func score(_ quality: QualityScore?) -> String {
        quality.map { String(format: "%.1f", $0.score) + " " + $0.grade.rawValue } ?? "—"
    }

    private static func score(_ evaluation: SelfEvaluation?) -> String {
        evaluation.map { String(format: "%.1f", $0.score) + " " + $0.grade.rawValue } ?? "—"
    }
}
