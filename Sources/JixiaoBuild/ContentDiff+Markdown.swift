import Foundation
import JixiaoModel

/// The diff as Markdown, ready to post as a pull-request comment: one summary line, then sections.
extension ContentDiff {
    public func markdown() -> String {
        var lines: [String] = ["### jixiao diff：`\(base)` → `\(head)`", "", summaryLine(), ""]
        if configurationChanged {
            lines += ["`jixiao.yaml` 有修改：改动前后各按自己版本的配置打分，文件未改的项目分数也可能变化。", ""]
        }
        if !added.isEmpty {
            lines.append("#### 新增项目")
            lines.append("")
            for project in added {
                lines.append("- \(describe(project))")
                // A new table has no "before": its findings are what the reviewer must see.
                for finding in project.findings.prefix(Self.findingsPerAddedProject) {
                    lines.append("  - \(Self.line(finding))")
                }
                if project.findings.count > Self.findingsPerAddedProject {
                    lines.append("  - ……另有 \(project.findings.count - Self.findingsPerAddedProject) 个，见 jixiao check")
                }
            }
            lines.append("")
        }
        if !removed.isEmpty {
            lines.append("#### 删除项目")
            lines.append("")
            for project in removed {
                lines.append("- `\(project.path)` \(JobSummary.escape(project.name))")
            }
            lines.append("")
        }
        if !changed.isEmpty {
            lines.append("#### 修改项目")
            lines.append("")
            for project in changed {
                lines += section(project)
            }
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `2 个项目有修改，1 个新增，1 个删除；新问题 3 个，已解决 2 个。`
    public func summaryLine() -> String {
        if isEmpty { return "内容目录（`\(content)`）没有改动。" }
        let newCount = changed.reduce(0) { $0 + $1.newFindings.count } + added.reduce(0) { $0 + $1.findings.count }
        // A deleted table's findings are gone, not resolved: only changed projects count here.
        let resolvedCount = changed.reduce(0) { $0 + $1.resolvedFindings.count }
        let newErrors = changed.flatMap(\.newFindings).filter { $0.severity == .error }.count
            + added.reduce(0) { $0 + $1.errorCount }
        let renamed = changed.filter { $0.previousPath != nil }.count
        var line = "**\(changed.count) 个项目有修改" + (renamed > 0 ? "（其中 \(renamed) 个改名）" : "")
            + "，\(added.count) 个新增，\(removed.count) 个删除**；"
        line += "新问题 \(newCount) 个（其中错误 \(newErrors) 个），已解决 \(resolvedCount) 个。"
        return line
    }

    private func describe(_ project: ProjectSummary) -> String {
        var text = "`\(project.path)` \(JobSummary.escape(project.name))"
        if let quality = project.quality { text += " — 目标质量 \(Self.format(quality))" }
        if let evaluation = project.selfEvaluation { text += "，自评 \(Self.format(evaluation))" }
        text += "；\(project.errorCount) 个错误，\(project.warningCount) 个警告"
        return text
    }

    private func section(_ change: ProjectChange) -> [String] {
        var lines = ["##### `\(change.path)` \(JobSummary.escape(change.name))", ""]
        if let previous = change.previousPath {
            lines += ["由 `\(previous)` 改名而来" + (change.fileChanged ? "，内容也有修改。" : "，内容不变。"), ""]
            if !change.fileChanged, change.isCosmetic { return lines }
        } else if !change.fileChanged {
            lines += ["文件未改；跨文件检查的结果有变化。", ""]
        }
        if change.isCosmetic { return lines + ["只改了注释或格式，表格内容不变。", ""] }
        if change.quality.before != nil || change.quality.after != nil
            || change.selfEvaluation.before != nil || change.selfEvaluation.after != nil {
            lines += ["| 分数 | 改动前 | 改动后 | 变化 |", "|---|---:|---:|---:|"]
            lines.append(Self.scoreRow("目标质量", change.quality))
            if change.selfEvaluation.before != nil || change.selfEvaluation.after != nil {
                lines.append(Self.scoreRow("自评", change.selfEvaluation))
            }
            lines.append("")
        }
        lines += Self.valueList("预算", change.budget)
        lines += Self.valueList("指标值", change.targets)
        if !change.indicatorsAdded.isEmpty {
            lines += ["**新增指标**：" + change.indicatorsAdded.map(JobSummary.escape).joined(separator: "、"), ""]
        }
        if !change.indicatorsRemoved.isEmpty {
            lines += ["**删除指标**：" + change.indicatorsRemoved.map(JobSummary.escape).joined(separator: "、"), ""]
        }
        lines += Self.valueList("其他内容", change.otherCells)
        lines += Self.findingList("新问题", change.newFindings)
        lines += Self.findingList("已解决", change.resolvedFindings)
        return lines
    }

    private static func valueList(_ title: String, _ changes: [ValueChange]) -> [String] {
        guard !changes.isEmpty else { return [] }
        var lines = ["**\(title)**", ""]
        for change in changes {
            lines.append("- \(JobSummary.escape(change.label))：\(shown(change.before)) → \(shown(change.after))")
        }
        return lines + [""]
    }

    private static func findingList(_ title: String, _ findings: [Finding]) -> [String] {
        guard !findings.isEmpty else { return [] }
        var lines = ["**\(title)**（\(findings.count)）", ""]
        for finding in findings {
            lines.append("- " + line(finding))
        }
        return lines + [""]
    }

    static let findingsPerAddedProject = 20

    private static func line(_ finding: Finding) -> String {
        "\(JobSummary.icon(finding.severity)) \(finding.severity.chineseName) `\(finding.rule)` "
            + "\(JobSummary.escape(finding.place))：\(JobSummary.escape(finding.message))"
    }

    private static func shown(_ value: String?) -> String {
        guard let value else { return "（无）" }
        if value.allSatisfy(\.isWhitespace) { return "（空）" }
        return "`" + value.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "\n", with: " ") + "`"
    }

    private static func scoreRow(_ label: String, _ change: ScoreChange) -> String {
        let delta = change.delta.map { $0 == 0 ? "±0" : String(format: "%+.1f", $0) } ?? "—"
        return "| \(label) | \(change.before.map(format) ?? "—") | \(change.after.map(format) ?? "—") | \(delta) |"
    }

    static func format(_ value: ScoreValue) -> String {
        String(format: "%.1f", value.score) + " " + value.grade
    }
}
