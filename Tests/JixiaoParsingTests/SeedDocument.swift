import Foundation

/// The seed document (13 tables exported from Word) as the tests read it, independently of the importer:
/// a line that starts with a tab starts a cell, and the five cells after the `指标值` header cell form a row.
enum SeedDocument {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let url = folder.appendingPathComponent("000_13db869fc1a32b4a.txt")

    static func text() throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    /// Every table's cells (trimmed), each table starting at its `…绩效目标表` heading.
    static func tableCells() throws -> [[String]] {
        var tables: [[String]] = []
        for line in try text().components(separatedBy: "\n") {
            if !line.hasPrefix("\t"), line.trimmingCharacters(in: .whitespaces).hasSuffix("绩效目标表") {
                tables.append([])
            } else if line.hasPrefix("\t"), !tables.isEmpty {
                tables[tables.count - 1].append(line.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
        return tables
    }

    /// The indicator rows of each table: [一级, 二级, 三级, 描述, 指标值], as written (blank = same as above).
    static func indicatorRows() throws -> [[[String]]] {
        try tableCells().map { cells in
            guard let header = cells.firstIndex(of: "指标值") else { return [] }
            let rest = Array(cells[(header + 1)...])
            return stride(from: 0, to: rest.count, by: 5).map { Array(rest[$0..<min($0 + 5, rest.count)]) }
        }
    }

    static func targetValueCells() throws -> [String] {
        try indicatorRows().flatMap { $0.map { $0.last ?? "" } }
    }
}

extension SeedDocument {
    /// Every table's cells with their continuation lines (lines without a tab), bookmarks removed,
    /// each line's trailing white space and each cell's outer white space trimmed.
    static func tablesWithContinuationLines() throws -> [[String]] {
        var tables: [[[String]]] = []
        for rawLine in try text().components(separatedBy: "\n") {
            let line = rawLine.replacingOccurrences(of: #"\[bookmark: [^\]]*\]"#, with: "", options: .regularExpression)
            if !line.hasPrefix("\t"), line.trimmingCharacters(in: .whitespaces).hasSuffix("绩效目标表") {
                tables.append([])
            } else if line.hasPrefix("\t"), !tables.isEmpty {
                tables[tables.count - 1].append([String(line.dropFirst())])
            } else if !line.trimmingCharacters(in: .whitespaces).isEmpty, !tables.isEmpty, !tables[tables.count - 1].isEmpty {
                let last = tables[tables.count - 1].count - 1
                tables[tables.count - 1][last].append(line)
            }
        }
        return tables.map { cells in
            cells.map { lines in
                lines.map { $0.replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression) }
                    .joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
    }

    /// `2. 促进…` → `2.促进…`: the goal numbers as the importer's files re-join them.
    static func normalisingGoalNumbers(_ cell: String) -> String {
        cell.replacingOccurrences(of: #"(?m)^(\d+)\.\s*"#, with: "$1.", options: .regularExpression)
    }
}
