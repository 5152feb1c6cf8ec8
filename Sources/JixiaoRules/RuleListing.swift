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

    /// A short view of one example for pages: the lines that differ from the base example file it
    /// starts from (`+ added`, `- removed`, after a `# 基准表，改动如下` line), or the whole file when
    /// most of it differs; raw-byte and several-file examples are shown by their marker lines.
    public static func excerpt(of example: String) -> String {
        ExampleExcerpt.text(of: example)
    }

    /// The base example files excerpts refer to, by Chinese name (基准表, 年终基准表, …).
    public static var exampleBases: [(name: String, text: String)] { ExampleExcerpt.bases }

    /// The descriptions as pretty-printed JSON (stable key order), examples included.
    public static func json(_ descriptions: [RuleDescription] = RuleCatalogue.descriptions) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(descriptions), as: UTF8.self) + "\n"
    }

    /// docs/rules.md's generated section: a summary table per rule kind, then every rule with its
    /// rationale and examples (as changes to the base example files, which are printed at the end).
    public static func markdown(_ descriptions: [RuleDescription] = RuleCatalogue.descriptions) -> String {
        var lines: [String] = ["共 \(descriptions.count) 条规则 (\(descriptions.count) rules).", ""]
        for kind in RuleKind.allCases {
            let rules = descriptions.filter { $0.kind == kind }
            guard !rules.isEmpty else { continue }
            lines += ["### \(kind.chineseName) (`\(kind.rawValue)`)", ""]
            lines += ["| 规则 id | 级别 | 名称 | English name | 审核标准 |", "|---|---|---|---|---|"]
            for rule in rules {
                let criterion = rule.criterion.map { "\($0.rawValue) (\($0.englishName))" } ?? "—"
                let cells = ["[`\(rule.identifier)`](#\(rule.identifier))",
                             "\(rule.severity.chineseName) (\(rule.severity.rawValue))", rule.name, rule.englishName, criterion]
                lines.append("| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
            }
            lines.append("")
        }
        lines += ["### 各规则详情 (rule details)", ""]
        for rule in descriptions {
            lines += ["#### \(rule.identifier)", "", "**\(rule.name)** (\(rule.englishName)) · \(rule.severity.chineseName) · \(rule.kind.chineseName)", ""]
            lines += [rule.rationale, ""]
            for (title, examples) in [("触发示例 (triggering)", rule.triggeringExamples),
                                      ("不触发示例 (non-triggering)", rule.nonTriggeringExamples)] {
                lines += ["\(title):", ""]
                for example in examples {
                    lines += [ExampleExcerpt.of(example), ""]
                }
            }
        }
        lines += ["### 示例基准文件 (base example files)", ""]
        for base in ExampleExcerpt.bases {
            lines += ["\(base.name):", "", "```yaml", base.text.trimmingCharacters(in: .newlines), "```", ""]
        }
        return lines.joined(separator: "\n")
    }
}
