import Foundation
import JixiaoModel

/// SARIF 2.1.0 output of `check --format sarif`, for GitHub code scanning and other SARIF viewers.
///
/// Every rule of the catalogue is listed in `tool.driver.rules` with its Chinese name, rationale and
/// examples; findings of rules the catalogue does not know still get a minimal rule entry, so every
/// result has a valid `ruleIndex`.
public enum SARIFReport {
    /// Where users read about the tool; shown by SARIF viewers next to the tool's name.
    public static let defaultInformationURI = "https://github.com/jixiao/jixiao"
    /// The schema the document declares (the OASIS 2.1.0 errata 01 schema).
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// The SARIF document for `reports`. Paths are written relative to `%SRCROOT%`; when `sourceRoot`
    /// is given, `originalUriBaseIds` says where that is (an absolute `file://` folder).
    public static func document(_ reports: [ProjectReport], rules: [RuleDescription], toolVersion: String,
                                informationURI: String = defaultInformationURI, sourceRoot: URL? = nil) -> String {
        var ruleEntries = rules.map(ruleEntry)
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in rules.enumerated() where ruleIndex[rule.identifier] == nil {
            ruleIndex[rule.identifier] = index
        }
        var results: [[String: Any]] = []
        for report in reports.sorted(by: { $0.path < $1.path }) {
            for diagnostic in report.diagnostics.sorted() {
                let index: Int
                if let known = ruleIndex[diagnostic.rule] {
                    index = known
                } else {
                    index = ruleEntries.count
                    ruleIndex[diagnostic.rule] = index
                    ruleEntries.append(unknownRuleEntry(diagnostic))
                }
                results.append(result(diagnostic, path: report.path, ruleIndex: index))
            }
        }
        var driver: [String: Any] = [
            "name": "jixiao",
            "fullName": "jixiao 项目支出绩效目标表检查",
            "version": toolVersion,
            "semanticVersion": toolVersion,
            "informationUri": informationURI,
            "language": "zh-CN",
            "rules": ruleEntries,
        ]
        if toolVersion.isEmpty { driver["semanticVersion"] = nil }
        var run: [String: Any] = [
            "tool": ["driver": driver],
            "columnKind": "unicodeCodePoints",
            "results": results,
            "invocations": [["executionSuccessful": true]],
        ]
        if let sourceRoot {
            var uri = sourceRoot.standardizedFileURL.absoluteString
            if !uri.hasSuffix("/") { uri += "/" }
            run["originalUriBaseIds"] = ["%SRCROOT%": ["uri": uri]]
        }
        let document: [String: Any] = ["$schema": schemaURI, "version": "2.1.0", "runs": [run]]
        guard let data = try? JSONSerialization.data(withJSONObject: document,
                                                     options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else {
            return "{}\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// SARIF's level for a severity: error, warning, note.
    public static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    private static func ruleEntry(_ rule: RuleDescription) -> [String: Any] {
        var tags = [rule.kind.chineseName]
        if let criterion = rule.criterion { tags.append(criterion.rawValue) }
        return [
            "id": rule.identifier,
            "name": pascalCase(rule.englishName.isEmpty ? rule.identifier : rule.englishName),
            "shortDescription": ["text": rule.name],
            "fullDescription": ["text": rule.rationale],
            "help": ["text": helpText(rule), "markdown": helpMarkdown(rule)],
            "defaultConfiguration": ["level": level(rule.severity)],
            "properties": ["tags": tags, "precision": "very-high"],
        ]
    }

    private static func unknownRuleEntry(_ diagnostic: Diagnostic) -> [String: Any] {
        [
            "id": diagnostic.rule,
            "name": pascalCase(diagnostic.rule),
            "shortDescription": ["text": diagnostic.rule],
            "defaultConfiguration": ["level": level(diagnostic.severity)],
        ]
    }

    private static func result(_ diagnostic: Diagnostic, path: String, ruleIndex: Int) -> [String: Any] {
        var artifact: [String: Any]
        if path.hasPrefix("/") {
            artifact = ["uri": URL(fileURLWithPath: path).absoluteString]
        } else {
            let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
            artifact = ["uri": relative.addingPercentEncoding(withAllowedCharacters: uriPathAllowed) ?? relative,
                        "uriBaseId": "%SRCROOT%"]
        }
        return [
            "ruleId": diagnostic.rule,
            "ruleIndex": ruleIndex,
            "level": level(diagnostic.severity),
            "message": ["text": diagnostic.message],
            "locations": [[
                "physicalLocation": [
                    "artifactLocation": artifact,
                    "region": ["startLine": max(diagnostic.location.line, 1),
                               "startColumn": max(diagnostic.location.column, 1)],
                ],
            ]],
        ]
    }

    /// Unreserved characters and `/`: everything else in a path (Chinese, spaces, `#`, `%`) is percent-encoded.
    private static let uriPathAllowed = CharacterSet(charactersIn:
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")

    private static func helpText(_ rule: RuleDescription) -> String {
        var text = "\(rule.name)（\(rule.identifier)）\n\(rule.rationale)"
        if let example = rule.triggeringExamples.first { text += "\n\n会报告的写法：\n\(example)" }
        if let example = rule.nonTriggeringExamples.first { text += "\n\n不会报告的写法：\n\(example)" }
        return text
    }

    private static func helpMarkdown(_ rule: RuleDescription) -> String {
        var lines = ["**\(rule.name)**（`\(rule.identifier)`，\(rule.severity.chineseName)，\(rule.kind.chineseName)）", "",
                     rule.rationale]
        if let criterion = rule.criterion { lines += ["", "扣分计入审核要点：\(criterion.rawValue)"] }
        for (title, examples) in [("会报告的写法", rule.triggeringExamples), ("不会报告的写法", rule.nonTriggeringExamples)]
            where !examples.isEmpty {
            lines += ["", "#### \(title)"]
            for example in examples.prefix(3) {
                lines += ["", "```yaml", example.trimmingCharacters(in: .newlines), "```"]
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `Number without unit` → `NumberWithoutUnit`, `missing_unit` → `MissingUnit` (SARIF's `name` is an identifier).
    static func pascalCase(_ text: String) -> String {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }
}
