import Foundation
import JixiaoModel

/// `data/indicators.csv`: one row per indicator, UTF-8 with BOM (so Excel reads Chinese), RFC 4180
/// quoting and CRLF line ends.
struct IndicatorsExport {
    static let header = ["文件", "项目名称", "预算单位", "预算年度", "一级指标", "二级指标", "三级指标", "绩效指标描述",
                         "指标值", "类型", "实际完成值", "偏差原因", "分值", "得分", "问题数"]

    let content: SiteContent

    var bytes: [UInt8] {
        var lines = [Self.header.map(Self.quote).joined(separator: ",")]
        for report in content.sortedReports {
            guard let project = report.project else { continue }
            let lines_ = IndicatorLines(indicators: project.indicators, diagnostics: report.diagnostics)
            for (index, indicator) in project.indicators.enumerated() {
                let fields: [String] = [
                    report.path, project.name?.text ?? "", project.unit?.text ?? "", project.budgetYear?.text ?? "",
                    indicator.level1.text, indicator.level2.text, indicator.name?.text ?? "",
                    indicator.description?.text ?? "", indicator.target?.text ?? "",
                    indicator.targetValue?.kindName ?? "", indicator.actual?.text ?? "",
                    indicator.deviationReason?.text ?? "", indicator.weight?.text ?? "", indicator.score?.text ?? "",
                    "\(lines_.byIndicator[index].count)",
                ]
                lines.append(fields.map(Self.quote).joined(separator: ","))
            }
        }
        return [0xEF, 0xBB, 0xBF] + Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. A field
    /// that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` not followed by a number) gets
    /// a leading apostrophe, the usual guard against CSV formula injection.
    static func quote(_ field: String) -> String {
        var value = field
        if let first = value.first, "=+-@".contains(first), Double(value) == nil {
            value = "'" + value
        }
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
