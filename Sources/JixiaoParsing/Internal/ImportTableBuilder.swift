import Foundation

/// Turns one table's cells into an `ImportedTable`, finding the parts by their labels
/// (项目名称, 预算规模及资金用途, 预算数, 其中：财政资金, 其他资金, 绩效目标, the 一级指标 header).
enum ImportTableBuilder {
    /// The columns of the indicator table, by their header labels.
    private enum Column: Sendable {
        case level1, level2, name, description, target
    }

    private static let headerColumns: [String: Column] = [
        "一级指标": .level1, "二级指标": .level2, "三级指标": .name,
        "绩效指标描述": .description, "指标描述": .description,
        "指标值": .target, "年度指标值": .target, "目标值": .target,
    ]

    static func table(from raw: ImportCellReader.Table, defaultYear: Int?) throws -> ImportedTable {
        let cells = raw.cells
        let title = title(of: raw.heading)
        var table = ImportedTable(heading: raw.heading, line: raw.line, name: title,
                                  year: year(in: title) ?? defaultYear)
        var index = 0
        // Above 项目名称: the unit (`331202天津市…`) and the money unit (`单位：万元`).
        while index < cells.count, label(cells[index]) != "项目名称" {
            let text = cells[index].text
            if let moneyUnit = moneyUnit(in: text) {
                table.moneyUnit = moneyUnit
            } else if !text.isEmpty, table.unit == nil {
                table.unit = text
            }
            index += 1
        }
        guard index + 1 < cells.count else {
            throw ImportError.malformedTable(line: raw.line, message: "找不到“项目名称”单元格")
        }
        if !cells[index + 1].text.isEmpty { table.name = cells[index + 1].text }
        index += 2

        var inBudget = false
        var purpose: [String] = []
        while index < cells.count, label(cells[index]) != "一级指标" {
            let current = label(cells[index])
            let next = index + 1 < cells.count ? cells[index + 1].text : nil
            if current == "预算规模及资金用途" {
                inBudget = true
            } else if inBudget, current == "预算数", table.budgetTotal == nil {
                table.budgetTotal = next ?? ""
                index += 1
            } else if inBudget, current.contains("财政资金"), table.fiscalFunds == nil {
                table.fiscalFunds = next ?? ""
                index += 1
            } else if inBudget, current.contains("其他资金"), table.otherFunds == nil {
                table.otherFunds = next ?? ""
                index += 1
            } else if ["绩效目标", "年度绩效目标", "总体绩效目标"].contains(current) {
                inBudget = false
                table.goals = goals(in: next ?? "")
                index += 1
            } else if inBudget, current != "资金用途", !cells[index].text.isEmpty {
                purpose.append(cells[index].text)
            }
            index += 1
        }
        table.purpose = purpose.isEmpty ? nil : purpose.joined(separator: "\n")
        guard index < cells.count else {
            throw ImportError.malformedTable(line: raw.line, message: "找不到指标表的表头（一级指标、二级指标、三级指标、绩效指标描述、指标值）")
        }
        table.indicators = try indicators(in: Array(cells[index...]), tableLine: raw.line)
        return table
    }

    /// The header row and the rows after it; blank 一级/二级 cells mean "same as above" (merged cells).
    private static func indicators(in cells: [ImportCellReader.Cell], tableLine: Int) throws -> [ImportedIndicator] {
        var columns: [Column] = []
        while columns.count < cells.count, let column = headerColumns[label(cells[columns.count])] {
            columns.append(column)
        }
        for (required, label) in [(Column.level1, "一级指标"), (.level2, "二级指标"), (.name, "三级指标"), (.target, "指标值")]
        where !columns.contains(required) {
            throw ImportError.malformedTable(line: tableLine, message: "指标表头缺少“\(label)”列")
        }
        let body = cells.dropFirst(columns.count)
        guard body.count % columns.count == 0 else {
            let start = body.index(body.startIndex, offsetBy: body.count / columns.count * columns.count)
            throw ImportError.malformedTable(line: tableLine, message:
                "第 \(body[start].line) 行起的指标行只有 \(body.count % columns.count) 个单元格，应为 \(columns.count) 个")
        }
        var rows: [ImportedIndicator] = []
        var rowStart = body.startIndex
        while rowStart < body.endIndex {
            var row = ImportedIndicator(level1: "", level2: "", name: "", description: "", target: "",
                                        line: body[rowStart].line)
            for (offset, column) in columns.enumerated() {
                let text = body[rowStart + offset].text
                switch column {
                case .level1: row.level1 = text
                case .level2: row.level2 = text
                case .name: row.name = text
                case .description: row.description = text
                case .target: row.target = text
                }
            }
            if let above = rows.last {
                if row.level1.isEmpty {
                    row.level1 = above.level1
                    if row.level2.isEmpty { row.level2 = above.level2 }
                }
            }
            rows.append(row)
            rowStart += columns.count
        }
        return rows
    }

    /// Splits the 绩效目标 cell on its numbered lines (`1.`, `2、`, `3．`…, counted in order, and
    /// after the first a number directly followed by digits other than a year is a decimal, so
    /// `2.0版…` inside goal 1 is not goal 2). Unnumbered lines continue the goal above; a cell
    /// without numbers gives one goal per line.
    static func goals(in cell: String) -> [String] {
        var goals: [String] = []
        var numbered = false
        for line in cell.components(separatedBy: "\n") {
            if let rest = removingNumber(goals.count + 1, from: line), numbered || goals.isEmpty,
               goals.isEmpty || !startsWithDecimalDigits(rest) {
                goals.append(rest.trimmingCharacters(in: .whitespaces))
                numbered = true
            } else if numbered, let last = goals.indices.last {
                goals[last] += "\n" + line
            } else if !line.allSatisfy(\.isWhitespace) {
                goals.append(line.trimmingCharacters(in: .whitespaces))
            }
        }
        return goals.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// `0的要求` after `2.` makes `2.0`, a decimal; `2022年…` after `2.` is a goal about a year.
    private static func startsWithDecimalDigits(_ rest: String) -> Bool {
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return false }
        return !(digits.count == 4 && rest.dropFirst(4).hasPrefix("年"))
    }

    private static func removingNumber(_ number: Int, from line: String) -> String? {
        let trimmed = line.drop(while: \.isWhitespace)
        let digits = String(number)
        guard trimmed.hasPrefix(digits) else { return nil }
        let rest = trimmed.dropFirst(digits.count)
        guard let separator = rest.first, ".．、)）".contains(separator) else { return nil }
        return String(rest.dropFirst())
    }

    /// The heading without its `N.` and the `绩效目标表` suffix.
    static func title(of heading: String) -> String {
        var title = Substring(heading.trimmingCharacters(in: .whitespaces))
        let digits = title.prefix(while: \.isNumber)
        if !digits.isEmpty, let separator = title.dropFirst(digits.count).first, ".．、".contains(separator) {
            title = title.dropFirst(digits.count + 1)
        }
        if title.hasSuffix("绩效目标表") { title = title.dropLast("绩效目标表".count) }
        return title.trimmingCharacters(in: .whitespaces)
    }

    /// The first run of exactly four digits starting with 20 (`2022年度…` → 2022).
    static func year(in title: String) -> Int? {
        let characters = Array(title)
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber else { index += 1; continue }
            var end = index
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            let run = String(characters[index..<end])
            if run.count == 4, run.hasPrefix("20") { return Int(run) }
            index = end
        }
        return nil
    }

    private static func moneyUnit(in text: String) -> String? {
        for prefix in ["单位：", "单位:", "金额单位：", "金额单位:"] where text.hasPrefix(prefix) {
            return text.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// A cell's text as a label: white space removed (`其中：财政    资金` → `其中：财政资金`).
    private static func label(_ cell: ImportCellReader.Cell) -> String {
        String(cell.text.filter { !$0.isWhitespace })
    }
}
