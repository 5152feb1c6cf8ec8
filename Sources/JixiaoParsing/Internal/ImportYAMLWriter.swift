/// Writes an `ImportedTable` in the content file format (docs/format.md). Rows are grouped under
/// their 一级指标 and 二级指标 keys in first-seen order; a category that comes back after another
/// one joins its earlier key (YAML keys are unique), which the notes report as a reordering.
enum ImportYAMLWriter {
    static func yaml(for table: ImportedTable) -> (text: String, notes: [String]) {
        var lines: [String] = []
        var notes: [String] = []
        lines.append("项目名称:" + ImportYAMLScalar.value(table.name, indent: 2))
        if let unit = table.unit { lines.append("预算单位:" + ImportYAMLScalar.value(unit, indent: 2)) }
        if let year = table.year { lines.append("预算年度: \(year)") }
        if let moneyUnit = table.moneyUnit { lines.append("金额单位:" + ImportYAMLScalar.value(moneyUnit, indent: 2)) }
        let amounts = [("预算数", table.budgetTotal), ("财政资金", table.fiscalFunds), ("其他资金", table.otherFunds)]
            .compactMap { key, text in text.map { "\(key): \(ImportYAMLScalar.amount($0))" } }
        if !amounts.isEmpty { lines.append("预算: {" + amounts.joined(separator: ", ") + "}") }
        if let purpose = table.purpose { lines.append("资金用途:" + ImportYAMLScalar.value(purpose, indent: 2)) }
        if table.goals.isEmpty {
            lines.append("绩效目标: []")
        } else {
            lines.append("绩效目标:")
            lines += table.goals.map { "  -" + ImportYAMLScalar.value($0, indent: 4) }
        }

        // First-seen order of level 1, and of level 2 within each level 1.
        var groups: [(level1: String, level2: [(name: String, rows: [ImportedIndicator])])] = []
        var previous: (String, String)?
        for row in table.indicators {
            if !groups.contains(where: { $0.level1 == row.level1 }) { groups.append((row.level1, [])) }
            guard let i = groups.firstIndex(where: { $0.level1 == row.level1 }) else { continue }
            if let j = groups[i].level2.firstIndex(where: { $0.name == row.level2 }) {
                if let previous, previous != (row.level1, row.level2) {
                    notes.append("“\(table.name)”第 \(row.line) 行的“\(row.level1)/\(row.level2)”与前面同名分类不相邻，已并入前面的分类（顺序改变）")
                }
                groups[i].level2[j].rows.append(row)
            } else {
                if let previous, previous.0 != row.level1, groups[i].level2.count > 0 {
                    notes.append("“\(table.name)”第 \(row.line) 行的“\(row.level1)”与前面同名一级指标不相邻，已并入（顺序改变）")
                }
                groups[i].level2.append((row.level2, [row]))
            }
            previous = (row.level1, row.level2)
        }
        if groups.isEmpty {
            lines.append("绩效指标: {}")
        } else {
            lines.append("绩效指标:")
            for group in groups {
                lines.append("  " + ImportYAMLScalar.inline(group.level1) + ":")
                for level2 in group.level2 {
                    lines.append("    " + ImportYAMLScalar.inline(level2.name) + ":")
                    for row in level2.rows {
                        lines.append("      - 三级指标:" + ImportYAMLScalar.value(row.name, indent: 10))
                        lines.append("        绩效指标描述:" + ImportYAMLScalar.value(row.description, indent: 10))
                        lines.append("        指标值:" + ImportYAMLScalar.value(row.target, indent: 10))
                    }
                }
            }
        }
        return (lines.joined(separator: "\n") + "\n", notes)
    }
}
