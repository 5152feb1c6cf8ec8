import JixiaoModel
import JixiaoRules

/// `rules.html`: the rule catalogue grouped by kind, each rule anchored by its identifier, with
/// its rationale and examples (the same descriptions the rule tests run).
struct RulesPage {
    let content: SiteContent
    /// Findings per rule over all projects.
    let counts: [String: Int]
    let layout: PageLayout

    init(content: SiteContent, fragments: [ProjectFragments]) {
        self.content = content
        var counts: [String: Int] = [:]
        for fragment in fragments {
            for (rule, entry) in fragment.ruleCounts { counts[rule, default: 0] += entry.count }
        }
        self.counts = counts
        layout = PageLayout(page: SitePaths.rules, title: "规则说明", siteTitle: content.configuration.effectiveTitle,
                            section: .rules, updated: content.latestModification, version: content.version)
    }

    var bytes: [UInt8] {
        // Catalogue order (the order docs/rules.md uses); kinds group them below.
        let rules = content.rules
        var sections: [Markup] = RuleKind.allCases.compactMap { kind in
            let members = rules.filter { $0.kind == kind }
            guard !members.isEmpty else { return nil }
            return el("section", [cls("rule-group"), attr("id", "kind-" + kind.rawValue)], [
                el("h2", kind.chineseName),
            ] + members.map { article($0, count: counts[$0.identifier] ?? 0) })
        }
        // Findings may name rules the catalogue lacks; they still get an anchor to land on.
        let known = Set(rules.map(\.identifier))
        let unknown = counts.keys.filter { !known.contains($0) }.sorted()
        if !unknown.isEmpty {
            sections.append(el("section", [cls("rule-group")], [el("h2", "其他")] + unknown.map { identifier in
                el("article", [cls("rule"), attr("id", identifier)], [
                    el("h3", [el("code", identifier)]),
                    el("p", "规则目录中没有此规则的说明。本次发现 \(counts[identifier] ?? 0) 处。"),
                ])
            }))
        }
        let toc = el("nav", [cls("toc"), attr("aria-label", "规则分类")], [el("ul", RuleKind.allCases.compactMap { kind in
            let number = rules.filter { $0.kind == kind }.count
            guard number > 0 else { return nil }
            return el("li", [el("a", [attr("href", "#kind-" + kind.rawValue)], "\(kind.chineseName)（\(number)）")])
        })])
        return layout.document([
            el("h1", "规则说明"),
            el("p", [cls("lead")], [
                .text("每条规则说明检查什么、为什么，并附会触发与不会触发的示例。示例只列出与"),
                el("a", [attr("href", "#bases")], "示例基准文件"),
                .text("不同的行（+ 增加，- 删除）。扣分计入“完整性、相关性、适当性、可行性”四项审核要点。"),
            ]),
            toc,
        ] + sections + [bases])
    }

    private func article(_ rule: RuleDescription, count: Int) -> Markup {
        var parts: [Markup] = [
            el("h3", [.text(rule.name + " "), el("code", rule.identifier)]),
            el("p", [cls("rule-meta")], [
                el("span", [cls("severity severity-" + rule.severity.rawValue)], rule.severity.chineseName),
                .text(rule.criterion.map { " · 审核要点：" + $0.rawValue } ?? " · 不计入目标质量分"),
                .text(" · " + rule.englishName),
                .text(" · "),
                count > 0
                    ? el("a", [attr("href", layout.link(SitePaths.findings) + "#rule=" + SitePaths.encodeSegment(rule.identifier))],
                         "本次发现 \(count) 处")
                    : .text("本次未发现"),
            ]),
            el("p", rule.rationale),
        ]
        if !rule.triggeringExamples.isEmpty {
            parts.append(el("h4", "会触发的示例"))
            parts += rule.triggeringExamples.map { example($0, tone: "example-bad") }
        }
        if !rule.nonTriggeringExamples.isEmpty {
            parts.append(el("h4", "不会触发的示例"))
            parts += rule.nonTriggeringExamples.map { example($0, tone: "example-good") }
        }
        return el("article", [cls("rule"), attr("id", rule.identifier)], parts)
    }

    /// An example as its changed lines against a base file, each line marked for colour.
    private func example(_ text: String, tone: String) -> Markup {
        let excerpt = RuleListing.excerpt(of: text)
        let lines = excerpt.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Markup in
            let kind = line.hasPrefix("+ ") ? "line-add" : line.hasPrefix("- ") ? "line-del" : line.hasPrefix("#") ? "line-note" : nil
            return kind.map { el("span", [cls($0)], String(line)) } ?? .text(String(line))
        }
        var joined: [Markup] = []
        for (index, line) in lines.enumerated() {
            if index > 0 { joined.append(.text("\n")) }
            joined.append(line)
        }
        return el("pre", [cls("example " + tone)], joined)
    }

    /// The clean files the examples are written against, shown once at the end.
    private var bases: Markup {
        el("section", [cls("rule-group"), attr("id", "bases")], [
            el("h2", "示例基准文件"),
            el("p", [cls("hint")], "规则示例以这些完整、无问题的文件为基础，只写出改动的行。"),
        ] + RuleListing.exampleBases.map { base in
            el("details", [cls("rule")], [el("summary", base.name), el("pre", [cls("example")], base.text)])
        })
    }
}
