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

    /// Appends one project's rows in the order of its findings, each ending in CRLF. The project's
    /// columns are quoted once for all rows; the bytes of `writeRowsByFields`.
    static func writeRows(_ report: ProjectReport, sorted: [Diagnostic], content: SiteContent, to output: inout ByteBuffer) {
        guard !sorted.isEmpty else { return }
        var path = ByteBuffer(capacity: 128)
        IndicatorsExport.writeField(report.path, to: &path)
        var name = ByteBuffer(capacity: 256)
        IndicatorsExport.writeField(report.project?.displayName ?? report.path, to: &name)
        for diagnostic in sorted {
            path.withBytes { output.append($0) }
            output.append(UInt8(ascii: ","))
            output.appendDecimal(diagnostic.location.line)
            output.append(UInt8(ascii: ","))
            output.appendDecimal(diagnostic.location.column)
            output.append(UInt8(ascii: ","))
            name.withBytes { output.append($0) }
            output.append(UInt8(ascii: ","))
            output.append(diagnostic.severity.chineseLiteral)
            output.append(UInt8(ascii: ","))
            output.append(content.ruleMarkup(diagnostic.rule).csvFields)
            output.append(UInt8(ascii: ","))
            IndicatorsExport.writeField(diagnostic.message, to: &output)
            output.append("\r\n")
        }
    }

    /// `writeRows` field by field through an array per row, as it was written before (for tests).
    static func writeRowsByFields(_ report: ProjectReport, sorted: [Diagnostic], content: SiteContent,
                                  to output: inout ByteBuffer) {
        let name = report.project?.displayName ?? report.path
        for diagnostic in sorted {
            IndicatorsExport.writeField(report.path, to: &output)
            output.append(UInt8(ascii: ","))
            output.appendDecimal(diagnostic.location.line)
            output.append(UInt8(ascii: ","))
            output.appendDecimal(diagnostic.location.column)
            for field in [name, diagnostic.severity.chineseName, diagnostic.rule, content.ruleName(diagnostic.rule) ?? "",
                          diagnostic.message] {
                output.append(UInt8(ascii: ","))
                IndicatorsExport.writeField(field, to: &output)
            }
            output.append("\r\n")
        }
    }
}
