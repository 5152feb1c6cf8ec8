import Foundation
import JixiaoModel
import JixiaoParsing
import JixiaoRules

/// Runs files through the real pipeline stages: the parser, every per-file rule, the cross-file rules.
enum ExampleChecking {
    /// Every finding for each file of an example (see `RuleExample` for the conventions).
    static func findings(for example: String) -> [String: [Diagnostic]] {
        findings(for: RuleExample(example).files.map { ($0.path, $0.data) })
    }

    /// Every finding for each of the given files, keyed by path.
    static func findings(for files: [(path: String, data: Data)]) -> [String: [Diagnostic]] {
        let parsed = files.map { ProjectParser.parse(data: $0.data, path: $0.path) }
        let across = RuleCatalogue.checkAcrossFiles(parsed.compactMap(\.project))
        var result: [String: [Diagnostic]] = [:]
        for file in parsed {
            let own = file.project.map(RuleCatalogue.checkFile) ?? []
            result[file.path] = (file.diagnostics + own + (across[file.path] ?? [])).sorted()
        }
        return result
    }
}
