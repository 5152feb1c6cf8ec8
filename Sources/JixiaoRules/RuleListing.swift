import Foundation
import JixiaoModel

/// The rule catalogue as text: what `jixiao rules` prints and what docs/rules.md is generated from.
public enum RuleListing {
    /// One aligned line per rule: identifier, severity, Chinese name, English name.
    public static func text(_ descriptions: [RuleDescription] = RuleCatalogue.descriptions) -> String {
        let header = ["规则 (id)", "级别", "名称", "English name"]
        let rows = [header] + descriptions.map {
            [$0.identifier, $0.severity.rawValue, $0.name, $0.englishName]
        }
        let widths = (0..<header.count).map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : DisplayWidth.padded(cell, to: widths[column])
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// The descriptions as pretty-printed JSON (stable key order), examples included.
    public static func json(_ descriptions: [RuleDescription] = RuleCatalogue.descriptions) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(descriptions), as: UTF8.self) + "\n"
    }

    /// A Markdown table per rule kind; docs/rules.md holds this between its generated-section markers.
    public static func markdown(_ descriptions: [RuleDescription] = RuleCatalogue.descriptions) -> String {
        var lines: [String] = []
        for kind in RuleKind.allCases {
            let rules = descriptions.filter { $0.kind == kind }
            guard !rules.isEmpty else { continue }
            lines.append("### \(kind.chineseName) (`\(kind.rawValue)`)")
            lines.append("")
            lines.append("| 规则 id | 级别 | 名称 | English name | 审核标准 | 说明 |")
            lines.append("|---|---|---|---|---|---|")
            for rule in rules {
                let criterion = rule.criterion.map { "\($0.rawValue) (\($0.englishName))" } ?? "—"
                let cells = ["`\(rule.identifier)`", "\(rule.severity.chineseName) (\(rule.severity.rawValue))",
                             rule.name, rule.englishName, criterion, rule.rationale]
                lines.append("| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
