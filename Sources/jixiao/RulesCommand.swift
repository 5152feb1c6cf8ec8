import ArgumentParser
import JixiaoRules

/// `jixiao rules`: list every rule (the same descriptions the checks, the generic test and the site use).
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "列出全部检查规则 (list every rule)",
        discussion: """
        text: one aligned line per rule (id, severity, Chinese name, English name).
        json: the full descriptions with rationale, review criterion and examples.
        markdown: the tables of docs/rules.md (regenerate the file's generated section with it).
        """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @Option(help: "输出格式 (output format): text, json, markdown")
    var format: OutputFormat = .text

    func run() throws {
        switch format {
        case .text: print(RuleListing.text(), terminator: "")
        case .json: print(try RuleListing.json(), terminator: "")
        case .markdown: print(RuleListing.markdown(), terminator: "")
        }
    }
}
