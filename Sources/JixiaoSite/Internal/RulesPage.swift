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
        // Findings may name rules the catalogue lacks; they still get an anchor to land on.
        let known = Set(rules.map(\.identifier))
        let unknown = counts.keys.filter { !known.contains($0) }.sorted()
        return layout.document { html in
            html.element("h1", text: "规则说明")
            html.element("p", .cls("lead")) { html in
                html.text("每条规则说明检查什么、为什么，并附会触发与不会触发的示例。示例只列出与")
                html.element("a", .attr("href", "#bases"), text: "示例基准文件")
                html.text("不同的行（+ 增加，- 删除）。扣分计入“完整性、相关性、适当性、可行性”四项审核要点。")
            }
            html.element("nav", .cls("toc"), .attr("aria-label", "规则分类")) { html in
                html.element("ul") { html in
                    for kind in RuleKind.allCases {
                        let number = rules.filter { $0.kind == kind }.count
                        guard number > 0 else { continue }
                        html.element("li") { html in
                            html.element("a", .attr("href", "#kind-", kind.rawValue), text: "\(kind.chineseName)（\(number)）")
                        }
                    }
                }
            }
            for kind in RuleKind.allCases {
                let members = rules.filter { $0.kind == kind }
                guard !members.isEmpty else { continue }
                html.element("section", .cls("rule-group"), .attr("id", "kind-", kind.rawValue)) { html in
                    html.element("h2", text: kind.chineseName)
                    for rule in members { article(rule, count: counts[rule.identifier] ?? 0, &html) }
                }
            }
            if !unknown.isEmpty {
                html.element("section", .cls("rule-group")) { html in
                    html.element("h2", text: "其他")
                    for identifier in unknown {
                        html.element("article", .cls("rule"), .attr("id", identifier)) { html in
                            html.element("h3") { html in html.element("code", text: identifier) }
                            html.element("p", text: "规则目录中没有此规则的说明。本次发现 \(counts[identifier] ?? 0) 处。")
                        }
                    }
                }
            }
            bases(&html)
        }
    }

    private func article(_ rule: RuleDescription, count: Int, _ html: inout HTMLWriter) {
        html.element("article", .cls("rule"), .attr("id", rule.identifier)) { html in
            html.element("h3") { html in
                html.text(rule.name + " ")
                html.element("code", text: rule.identifier)
            }
            html.element("p", .cls("rule-meta")) { html in
                html.element("span", .cls("severity severity-", rule.severity.rawValue), text: rule.severity.chineseName)
                html.text(rule.criterion.map { " · 审核要点：" + $0.rawValue } ?? " · 不计入目标质量分")
                html.text(" · " + rule.englishName)
                html.text(" · ")
                if count > 0 {
                    html.element("a", .attr("href", layout.link(SitePaths.findings), "#rule=" + SitePaths.encodeSegment(rule.identifier)),
                                 text: "本次发现 \(count) 处")
                } else {
                    html.text("本次未发现")
                }
            }
            html.element("p", text: rule.rationale)
            if !rule.triggeringExamples.isEmpty {
                html.element("h4", text: "会触发的示例")
                for text in rule.triggeringExamples { example(text, tone: "example-bad", &html) }
            }
            if !rule.nonTriggeringExamples.isEmpty {
                html.element("h4", text: "不会触发的示例")
                for text in rule.nonTriggeringExamples { example(text, tone: "example-good", &html) }
            }
        }
    }

    /// An example as its changed lines against a base file, each line marked for colour.
    private func example(_ text: String, tone: String, _ html: inout HTMLWriter) {
        let excerpt = RuleListing.excerpt(of: text)
        html.element("pre", .cls("example ", tone)) { html in
            for (index, line) in excerpt.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { html.text("\n") }
                let kind = line.hasPrefix("+ ") ? "line-add" : line.hasPrefix("- ") ? "line-del" : line.hasPrefix("#") ? "line-note" : nil
                if let kind {
                    html.element("span", .cls(kind), text: String(line))
                } else {
                    html.text(String(line))
                }
            }
        }
    }

    /// The clean files the examples are written against, shown once at the end.
    private func bases(_ html: inout HTMLWriter) {
        html.element("section", .cls("rule-group"), .attr("id", "bases")) { html in
            html.element("h2", text: "示例基准文件")
            html.element("p", .cls("hint"), text: "规则示例以这些完整、无问题的文件为基础，只写出改动的行。")
            for base in RuleListing.exampleBases {
                html.element("details", .cls("rule")) { html in
                    html.element("summary", text: base.name)
                    html.element("pre", .cls("example"), text: base.text)
                }
            }
        }
    }
}
