import Foundation
import JixiaoModel
import JixiaoRules
import Testing

/// What `jixiao rules` prints and docs/rules.md shows come from the catalogue and cannot drift.
@Suite struct RuleListingTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func textListsEveryRuleOnePerLineAligned() {
        let lines = RuleListing.text().split(separator: "\n").map(String.init)
        #expect(lines.count == RuleCatalogue.descriptions.count + 1)
        for (line, rule) in zip(lines.dropFirst(), RuleCatalogue.descriptions) {
            #expect(line.hasPrefix(rule.identifier + " "))
            #expect(line.contains(rule.severity.rawValue) && line.contains(rule.name) && line.hasSuffix(rule.englishName))
        }
        // Columns line up on a terminal: the English name starts at the same display column everywhere.
        let columns = Set(zip(lines.dropFirst(), RuleCatalogue.descriptions).map { line, rule in
            displayWidth(String(line.prefix(line.count - rule.englishName.count)))
        })
        #expect(columns.count == 1)
    }

    @Test func jsonRoundTripsToTheDescriptions() throws {
        let json = try RuleListing.json()
        let decoded = try JSONDecoder().decode([RuleDescription].self, from: Data(json.utf8))
        #expect(decoded == RuleCatalogue.descriptions)
    }

    @Test func docsListEveryRule() throws {
        let docs = try String(contentsOf: Self.packageRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        for rule in RuleCatalogue.descriptions {
            #expect(docs.contains("#### \(rule.identifier)\n"), "docs/rules.md lacks \(rule.identifier)")
        }
    }

    /// docs/rules.md's generated section is exactly `jixiao rules --format markdown`; regenerate it
    /// with that command when a rule changes.
    @Test func docsGeneratedSectionIsCurrent() throws {
        let docs = try String(contentsOf: Self.packageRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        let begin = "<!-- BEGIN GENERATED: jixiao rules --format markdown -->\n", end = "<!-- END GENERATED -->"
        let start = try #require(docs.range(of: begin)), stop = try #require(docs.range(of: end))
        #expect(String(docs[start.upperBound..<stop.lowerBound]) == RuleListing.markdown())
    }

    @Test func excerptsShowOnlyWhatChanged() throws {
        let rule = try #require(RuleCatalogue.description(for: "cost_exceeds_budget"))
        let excerpt = RuleListing.excerpt(of: try #require(rule.triggeringExamples.first))
        #expect(excerpt == "# 基准表，改动如下\n- " + "        指标值: ≤15万元\n+         指标值: <18万元")
        #expect(RuleListing.excerpt(of: RuleListing.exampleBases[0].text) == "# 与基准表相同")
    }

    /// Lines are compared as `String ==` (canonical equivalence) even where bytes differ: U+F90A
    /// is canonically 金.
    @Test func excerptsCompareLinesAsStrings() {
        let base = RuleListing.exampleBases[0].text
        let same = base.replacingOccurrences(of: "金额单位: 万元", with: "\u{F90A}额单位: 万元")
        #expect(Array(same.utf8) != Array(base.utf8))
        #expect(RuleListing.excerpt(of: same) == "# 与基准表相同")
        let changed = base.replacingOccurrences(of: "金额单位: 万元", with: "\u{F90A}额单位: 元")
        #expect(RuleListing.excerpt(of: changed) == "# 基准表，改动如下\n- 金额单位: 万元\n+ \u{F90A}额单位: 元")
    }

    private func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 && $1.value != 0x2265 ? 2 : 1) }
    }
}
