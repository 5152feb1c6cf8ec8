import JixiaoModel

/// `data/findings.csv`: one row per finding of every project (what findings.html lists, and all of
/// it when that page only counts them), in the same CSV dialect as indicators.csv.
enum FindingsExport {
    static let header = ["文件", "行", "列", "项目名称", "级别", "规则", "规则名称", "说明"]

    /// BOM and header, then every project's rows.
    static var plan: AggregatePlan {
        AggregatePlan(head: [0xEF, 0xBB, 0xBF] + Array((header.map(IndicatorsExport.quote).joined(separator: ",") + "\r\n").utf8),
                      rows: .findingsCSV, tail: [])
    }

    /// One project's rows in the order of its findings, each ending in CRLF.
    static func rows(_ report: ProjectReport, sorted: [Diagnostic], content: SiteContent) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(sorted.count * 200)
        let name = report.project?.displayName ?? report.path
        for diagnostic in sorted {
            let fields = [report.path, String(diagnostic.location.line), String(diagnostic.location.column), name,
                          diagnostic.severity.chineseName, diagnostic.rule, content.rule(diagnostic.rule)?.name ?? "",
                          diagnostic.message]
            for (position, field) in fields.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                output.append(contentsOf: IndicatorsExport.quote(field).utf8)
            }
            output.append(0x0D)
            output.append(0x0A)
        }
        return output
    }
}
