import Foundation
import JixiaoModel

// The model's fixed words as literals, so the hot writers copy them as bytes instead of escaping
// a `String` each time. Each must equal its `String` counterpart (`StaticNamesTests`), and none
// holds a byte that escaping would change.

extension Severity {
    /// `rawValue`.
    var key: StaticString {
        switch self {
        case .error: "error"
        case .warning: "warning"
        case .info: "info"
        }
    }

    /// `chineseName`.
    var chineseLiteral: StaticString {
        switch self {
        case .error: "错误"
        case .warning: "警告"
        case .info: "提示"
        }
    }
}

extension TargetValue {
    /// `kindKey`.
    var kindKeyLiteral: StaticString {
        switch self {
        case .quantitative: "quantitative"
        case .deadline: "deadline"
        case .qualitative: "qualitative"
        }
    }

    /// `kindName`.
    var kindNameLiteral: StaticString {
        switch self {
        case .quantitative: "定量"
        case .deadline: "时限"
        case .qualitative: "定性"
        }
    }

    /// The badge's tooltip on the project page.
    var kindHelp: StaticString {
        switch self {
        case .quantitative: "定量指标：有比较符、数值和计量单位"
        case .deadline: "时限指标：在预算年度内的完成时间"
        case .qualitative: "定性指标：无法直接计量，宜尽量量化或使用分级表述"
        }
    }
}

extension StaticString {
    /// The literal as a `String` (for tests that compare it with the model's word).
    var text: String { withUTF8Buffer { String(decoding: $0, as: UTF8.self) } }
}

/// A rule's markup as every finding of it shows it, escaped once per site instead of once per
/// finding (a rationale is a few hundred bytes; a province has tens of thousands of findings).
final class RuleMarkup: Sendable {
    /// The rule's Chinese name (its identifier when the catalogue lacks it), escaped.
    let name: [UInt8]
    /// `rules.html#<identifier>`, percent-encoded and escaped: the link from a page at the site
    /// root; deeper pages put their root prefix before it.
    let link: [UInt8]
    /// `<details class="finding-why">…</details>` with the rationale, or nothing when it is empty.
    let why: [UInt8]
    /// The identifier, escaped (the findings table's `data-rule`).
    let escapedIdentifier: [UInt8]
    /// The identifier and the name (empty when the catalogue lacks the rule) as two fields of
    /// data/findings.csv, with the comma between them.
    let csvFields: [UInt8]

    init(identifier: String, rule: RuleDescription?) {
        escapedIdentifier = HTMLWriter.escaped(identifier)
        var csv = ByteBuffer(capacity: 64)
        IndicatorsExport.writeField(identifier, to: &csv)
        csv.append(UInt8(ascii: ","))
        IndicatorsExport.writeField(rule?.name ?? "", to: &csv)
        csvFields = csv.bytes
        name = HTMLWriter.escaped(rule?.name ?? identifier)
        link = HTMLWriter.escaped(SitePaths.href(from: SitePaths.index, to: SitePaths.rules, fragment: identifier))
        if let rationale = rule?.rationale, !rationale.isEmpty {
            var html = HTMLWriter(capacity: rationale.utf8.count + 96)
            html.element("details", .cls("finding-why")) { html in
                html.element("summary", text: "为什么")
                html.element("p", text: rationale)
            }
            why = html.bytes
        } else {
            why = []
        }
    }
}

/// A report's `errorCount` and `warningCount` in one pass (the model's properties filter the
/// findings into a new array each time they are read).
struct SeverityCounts {
    var errors = 0
    var warnings = 0

    init(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: break
            }
        }
    }
}

/// Text comparisons that look at bytes first.
enum TextBytes {
    /// Whether the two texts have the same UTF-8 bytes (one `memcmp`).
    static func same(_ left: String, _ right: String) -> Bool {
        let count = left.utf8.count
        guard count == right.utf8.count else { return false }
        guard count > 0 else { return true }
        var left = left, right = right
        return left.withUTF8 { l in right.withUTF8 { r in memcmp(l.baseAddress!, r.baseAddress!, count) == 0 } }
    }

    /// `left == right`: equal bytes are equal, different bytes of two plain texts are not
    /// (`PlainText`), and only other text takes the canonical comparison.
    static func equal(_ left: String, _ right: String) -> Bool {
        same(left, right) || !(PlainText.isPlain(left) && PlainText.isPlain(right)) && left == right
    }
}
