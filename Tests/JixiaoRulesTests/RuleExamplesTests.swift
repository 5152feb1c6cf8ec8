import Foundation
import JixiaoModel
import JixiaoRules
import Testing

/// The one generic test (SwiftLint style): every rule's examples go through the real parser and the
/// catalogue; triggering examples must produce the rule's finding, non-triggering ones must not.
@Suite struct RuleExamplesTests {
    @Test(arguments: RuleCatalogue.descriptions.map(\.identifier))
    func triggeringExamplesAreReported(_ identifier: String) throws {
        let rule = try #require(RuleCatalogue.description(for: identifier))
        #expect(!rule.triggeringExamples.isEmpty, "\(rule.identifier) has no triggering example")
        for (index, example) in rule.triggeringExamples.enumerated() {
            let findings = ExampleChecking.findings(for: example).values.flatMap { $0 }
            let own = findings.filter { $0.rule == rule.identifier }
            #expect(!own.isEmpty, "triggering example \(index + 1) of \(rule.identifier) gave: \(summary(findings))")
            for finding in own {
                #expect(finding.severity == rule.severity, "\(rule.identifier) reported as \(finding.severity)")
                #expect(finding.location.line >= 1 && finding.location.column >= 1)
                #expect(!finding.message.isEmpty)
            }
        }
    }

    @Test(arguments: RuleCatalogue.descriptions.map(\.identifier))
    func nonTriggeringExamplesAreNotReported(_ identifier: String) throws {
        let rule = try #require(RuleCatalogue.description(for: identifier))
        #expect(!rule.nonTriggeringExamples.isEmpty, "\(rule.identifier) has no non-triggering example")
        for (index, example) in rule.nonTriggeringExamples.enumerated() {
            let findings = ExampleChecking.findings(for: example).values.flatMap { $0 }
            let own = findings.filter { $0.rule == rule.identifier }
            #expect(own.isEmpty, "non-triggering example \(index + 1) of \(rule.identifier) gave: \(summary(own))")
        }
    }

    /// Every finding any example produces belongs to a catalogued rule, with the catalogued severity,
    /// so the rules page never lacks an entry for what `jixiao check` prints.
    @Test func everyReportedRuleIsCatalogued() {
        let examples = RuleCatalogue.descriptions.flatMap { $0.triggeringExamples + $0.nonTriggeringExamples }
        for finding in examples.flatMap({ ExampleChecking.findings(for: $0).values.flatMap { $0 } }) {
            let description = RuleCatalogue.description(for: finding.rule)
            #expect(description != nil, "\(finding.rule) is reported but not catalogued")
            #expect(description?.severity == finding.severity, "\(finding.rule): \(finding.message)")
        }
    }

    @Test func identifiersAreUniqueStableSnakeCase() {
        let ids = RuleCatalogue.descriptions.map(\.identifier)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }, "\(id)")
            #expect(RuleCatalogue.description(for: id)?.identifier == id)
        }
        #expect(RuleCatalogue.description(for: "no_such_rule") == nil)
        // The parser's ids are all described.
        for id in [RuleID.yamlSyntax, RuleID.notUTF8, RuleID.unknownKey, RuleID.duplicateKey, RuleID.missingField,
                   RuleID.wrongType, RuleID.fileTooLarge, RuleID.aliasNotAllowed, RuleID.emptyFile,
                   RuleID.unknownCategory, RuleID.categoryMismatch, RuleID.invalidAmount] {
            #expect(ids.contains(id), "\(id)")
        }
    }

    @Test func everyRuleExplainsItself() {
        for rule in RuleCatalogue.descriptions {
            #expect(!rule.name.isEmpty && !rule.englishName.isEmpty && !rule.rationale.isEmpty, "\(rule.identifier)")
            #expect(rule.rationale.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF },
                    "\(rule.identifier): rationale should be Chinese")
        }
    }

    private func summary(_ findings: [Diagnostic]) -> String {
        findings.isEmpty ? "nothing" : findings.map { "\($0.location) \($0.rule): \($0.message)" }.joined(separator: "; ")
    }
}
