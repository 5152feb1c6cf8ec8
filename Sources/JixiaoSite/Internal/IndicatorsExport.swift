import Foundation
import JixiaoModel

/// `data/indicators.csv`: one row per indicator, UTF-8 with BOM (so Excel reads Chinese), RFC 4180
/// quoting and CRLF line ends.
struct IndicatorsExport {
    static let header = ["文件", "项目名称", "预算单位", "预算年度", "一级指标", "二级指标", "三级指标", "绩效指标描述",
                         "指标值", "类型", "实际完成值", "偏差原因", "分值", "得分", "问题数"]

    /// BOM and header, then every project's rows.
    static var plan: AggregatePlan {
        AggregatePlan(head: [0xEF, 0xBB, 0xBF] + Array((header.map(quote).joined(separator: ",") + "\r\n").utf8),
                      rows: .csv, tail: [])
    }

    /// Appends one project's rows, each ending in CRLF (none for a file that could not be read).
    /// The four project columns are quoted once for all rows; the bytes of `writeRowsByFields`.
    static func writeRows(_ report: ProjectReport, lines: IndicatorLines, to output: inout ByteBuffer) {
        guard let project = report.project, !project.indicators.isEmpty else { return }
        var head = ByteBuffer(capacity: 256)
        writeField(report.path, to: &head)
        head.append(UInt8(ascii: ","))
        writeField(project.name?.text, to: &head)
        head.append(UInt8(ascii: ","))
        writeField(project.unit?.text, to: &head)
        head.append(UInt8(ascii: ","))
        writeField(project.budgetYear?.text, to: &head)
        head.append(UInt8(ascii: ","))
        let indicators = project.indicators
        for index in indicators.indices {
            let indicator = indicators[index]
            head.withBytes { output.append($0) }
            writeField(indicator.level1.text, to: &output)
            output.append(UInt8(ascii: ","))
            writeField(indicator.level2.text, to: &output)
            output.append(UInt8(ascii: ","))
            writeField(indicator.name?.text, to: &output)
            output.append(UInt8(ascii: ","))
            writeField(indicator.description?.text, to: &output)
            output.append(UInt8(ascii: ","))
            writeField(indicator.target?.text, to: &output)
            output.append(UInt8(ascii: ","))
            if let value = indicator.targetValue { output.append(value.kindNameLiteral) }
            output.append(UInt8(ascii: ","))
            writeField(indicator.actual?.text, to: &output)
            output.append(UInt8(ascii: ","))
            writeField(indicator.deviationReason?.text, to: &output)
            output.append(UInt8(ascii: ","))
            writeField(indicator.weight?.text, to: &output)
            output.append(UInt8(ascii: ","))
            writeField(indicator.score?.text, to: &output)
            output.append(UInt8(ascii: ","))
            output.appendDecimal(lines.byIndicator[index].count)
            output.append("\r\n")
        }
    }

    /// `writeRows` field by field through an array per row, as it was written before (for tests).
    static func writeRowsByFields(_ report: ProjectReport, to output: inout ByteBuffer) {
        guard let project = report.project else { return }
        let lines = IndicatorLines(indicators: project.indicators, diagnostics: report.diagnostics)
        for (index, indicator) in project.indicators.enumerated() {
            for (position, field) in [
                report.path, project.name?.text ?? "", project.unit?.text ?? "", project.budgetYear?.text ?? "",
                indicator.level1.text, indicator.level2.text, indicator.name?.text ?? "",
                indicator.description?.text ?? "", indicator.target?.text ?? "",
                indicator.targetValue?.kindName ?? "", indicator.actual?.text ?? "",
                indicator.deviationReason?.text ?? "", indicator.weight?.text ?? "", indicator.score?.text ?? "",
            ].enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                writeField(field, to: &output)
            }
            output.append(UInt8(ascii: ","))
            output.appendDecimal(lines.byIndicator[index].count)
            output.append("\r\n")
        }
    }

    /// `writeField` of a cell that may be absent (an absent cell is empty).
    static func writeField(_ field: String?, to output: inout ByteBuffer) {
        if let field { writeField(field, to: &output) }
    }

    /// Appends `quote(field)`: most fields need neither quotes nor the formula guard and are copied
    /// as they are; the rest go through `quote` itself.
    static func writeField(_ field: String, to output: inout ByteBuffer) {
        if let done: Void = field.utf8.withContiguousStorageIfAvailable({ writeField(utf8: $0, to: &output) }) { return done }
        var field = field
        field.withUTF8 { writeField(utf8: $0, to: &output) }
    }

    private static func writeField(utf8 bytes: UnsafeBufferPointer<UInt8>, to output: inout ByteBuffer) {
        if let first = bytes.first,
           first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: "@")
            || needsQuotes(bytes) {
            output.append(utf8: quote(String(decoding: bytes, as: UTF8.self)))
        } else {
            output.append(bytes)
        }
    }

    /// Whether the bytes hold a comma, a quote or a line break: eight bytes at a time (four exact
    /// zero-byte tests), the rest one by one.
    static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = bytes.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let comma = word ^ (0x2C &* ones), quote = word ^ (0x22 &* ones)
                let newline = word ^ (0x0A &* ones), cr = word ^ (0x0D &* ones)
                let zero = ((comma &- ones) & ~comma) | ((quote &- ones) & ~quote) | ((newline &- ones) & ~newline)
                    | ((cr &- ones) & ~cr)
                if zero & highs != 0 { return true }
                index += 8
            }
        }
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: ","), UInt8(ascii: "\""), 0x0A, 0x0D: return true
            default: index += 1
            }
        }
        return false
    }

    /// RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. A field
    /// that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` not followed by a number) gets
    /// a leading apostrophe, the usual guard against CSV formula injection.
    static func quote(_ field: String) -> String {
        // On bytes: the characters that matter are ASCII, and a CSV reader (and a spreadsheet)
        // sees bytes. Reading `Character`s missed a `,` or `"` followed by a combining mark (one
        // cluster), which left such a field unquoted or a quote inside it undoubled.
        let bytes = field.utf8
        guard let firstByte = bytes.first else { return field }
        let risky = firstByte == UInt8(ascii: "=") || firstByte == UInt8(ascii: "+") || firstByte == UInt8(ascii: "-")
            || firstByte == UInt8(ascii: "@")
        let special = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        if !risky && !special { return field }
        let guarded = risky && Double(field) == nil  // a formula for a spreadsheet: make it text
        guard special else { return guarded ? "'" + field : field }
        var quoted: [UInt8] = [UInt8(ascii: "\"")]
        quoted.reserveCapacity(bytes.count + 8)
        if guarded { quoted.append(UInt8(ascii: "'")) }
        for byte in bytes {
            quoted.append(byte)
            if byte == UInt8(ascii: "\"") { quoted.append(byte) }
        }
        quoted.append(UInt8(ascii: "\""))
        return String(decoding: quoted, as: UTF8.self)
    }
}
