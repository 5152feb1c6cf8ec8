import Foundation
import JixiaoModel
import JixiaoParsing

/// parse → check → score for a set of files: the one place where the stages are put together.
public enum ProjectAnalysis {
    /// Reads one file under the content folder.
    public static func parse(_ relativePath: String, in tree: ContentTree) -> ParseResult {
        ProjectParser.parse(fileAt: tree.url(of: relativePath), path: relativePath)
    }

    /// Reports for parsed files: per-file rules, rules across all files, and both scores.
    public static func reports(for parsed: [ParseResult], configuration: JixiaoConfiguration = .init()) -> [ProjectReport] {
        let crossFile = crossFileDiagnostics(parsed)
        return parsed.map { result in
            report(for: result, crossFileDiagnostics: crossFile[result.path] ?? [], configuration: configuration)
        }
    }

    /// Findings of the rules that compare files (e.g. duplicate_project), by path.
    public static func crossFileDiagnostics(_ parsed: [ParseResult]) -> [String: [Diagnostic]] {
        let projects = parsed.compactMap(\.project).sorted { $0.path < $1.path }
        return ProjectChecks.acrossFiles(projects).mapValues { $0.sorted() }
    }

    /// The report of one file given the cross-file findings that concern it.
    public static func report(for result: ParseResult, crossFileDiagnostics: [Diagnostic],
                              configuration: JixiaoConfiguration) -> ProjectReport {
        var diagnostics = result.diagnostics
        if let project = result.project {
            diagnostics += ProjectChecks.file(project)
        }
        diagnostics += crossFileDiagnostics
        diagnostics.sort()
        let quality = result.project == nil ? nil : ProjectChecks.quality(diagnostics, configuration: configuration)
        let selfEvaluation = result.project.flatMap { ProjectChecks.selfEvaluation($0, configuration: configuration) }
        return ProjectReport(path: result.path, id: ProjectParser.projectID(forPath: result.path),
                             project: result.project, diagnostics: diagnostics,
                             quality: quality, selfEvaluation: selfEvaluation)
    }
}
