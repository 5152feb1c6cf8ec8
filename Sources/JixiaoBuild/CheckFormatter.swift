import Foundation
import JixiaoModel

/// How `jixiao check` prints reports: compiler-style lines or JSON.
public enum CheckFormatter {
    /// `path:line:column: severity: message [rule_id]`, sorted by path and line, then a summary line.
    public static func text(_ reports: [ProjectReport], colour: Bool) -> String {
        var lines: [String] = []
        for report in reports.sorted(by: { $0.path < $1.path }) {
            for diagnostic in report.diagnostics.sorted() {
                let severity = colour ? colourise(diagnostic.severity) : diagnostic.severity.rawValue
                let location = "\(report.path):\(diagnostic.location.line):\(diagnostic.location.column)"
                lines.append("\(colour ? "\u{1B}[1m\(location)\u{1B}[0m" : location): \(severity): \(diagnostic.message) [\(diagnostic.rule)]")
            }
        }
        for report in reports.sorted(by: { $0.path < $1.path }) {
            lines.append(projectLine(report))
        }
        lines.append(summary(reports))
        return lines.joined(separator: "\n") + "\n"
    }

    static func projectLine(_ report: ProjectReport) -> String {
        let name = report.project?.displayName ?? report.id
        var line = "  \(report.path)  \(name)"
        if let quality = report.quality {
            line += "  目标质量 \(format(quality.score)) \(quality.grade.rawValue)"
        } else if report.project == nil {
            line += "  无法读取"
        }
        if let evaluation = report.selfEvaluation {
            line += "  自评 \(format(evaluation.score)) \(evaluation.grade.rawValue)"
        }
        return line
    }

    /// One line: projects, errors, warnings, infos.
    public static func summary(_ reports: [ProjectReport]) -> String {
        let all = reports.flatMap(\.diagnostics)
        let errors = all.filter { $0.severity == .error }.count
        let warnings = all.filter { $0.severity == .warning }.count
        let infos = all.filter { $0.severity == .info }.count
        return "\(reports.count) 个项目，\(errors) 个错误，\(warnings) 个警告，\(infos) 个提示 (\(reports.count) projects, \(errors) errors, \(warnings) warnings, \(infos) infos)"
    }

    /// `{"projects":[{"path","name","diagnostics":[…],"quality":…,"selfEvaluation":…}]}`.
    public static func json(_ reports: [ProjectReport]) -> String {
        let document = CheckDocument(projects: reports.sorted(by: { $0.path < $1.path }).map(CheckDocument.Project.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    private static func colourise(_ severity: Severity) -> String {
        switch severity {
        case .error: "\u{1B}[31merror\u{1B}[0m"
        case .warning: "\u{1B}[33mwarning\u{1B}[0m"
        case .info: "\u{1B}[36minfo\u{1B}[0m"
        }
    }
}

/// The JSON shape of `jixiao check --format json`.
struct CheckDocument: Encodable {
    struct Finding: Encodable {
        var rule: String
        var severity: String
        var line: Int
        var column: Int
        var message: String
    }

    struct Quality: Encodable {
        var score: Double
        var grade: String
        var lost: [Loss]
    }

    struct Loss: Encodable {
        var rule: String
        var points: Double
        var criterion: String
        var line: Int
    }

    struct Project: Encodable {
        var path: String
        var name: String?
        var diagnostics: [Finding]
        var quality: Quality?
        var selfEvaluation: SelfEvaluation?

        init(_ report: ProjectReport) {
            path = report.path
            name = report.project?.name?.text
            diagnostics = report.diagnostics.sorted().map {
                Finding(rule: $0.rule, severity: $0.severity.rawValue, line: $0.location.line,
                        column: $0.location.column, message: $0.message)
            }
            quality = report.quality.map { quality in
                Quality(score: quality.score, grade: quality.grade.rawValue, lost: quality.lost.map {
                    Loss(rule: $0.rule, points: $0.points, criterion: $0.criterion.rawValue, line: $0.location.line)
                })
            }
            selfEvaluation = report.selfEvaluation
        }

        enum CodingKeys: String, CodingKey { case path, name, diagnostics, quality, selfEvaluation }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(name, forKey: .name)
            try container.encode(diagnostics, forKey: .diagnostics)
            try container.encode(quality, forKey: .quality)
            try container.encode(selfEvaluation, forKey: .selfEvaluation)  // null when absent
        }
    }

    var projects: [Project]
}
