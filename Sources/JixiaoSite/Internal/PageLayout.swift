import Foundation

/// The frame every page shares: head with the CSP, header navigation, main content, footer.
struct PageLayout {
    /// Which navigation entry is the current page.
    enum Section { case overview, findings, rules, project }

    /// No request may leave the site: styles and scripts from our own files, images only inline.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
        + "base-uri 'none'; form-action 'none'"

    var page: String
    var title: String
    var siteTitle: String
    var section: Section
    var updated: Date?
    var version: String

    func document(_ main: [Markup]) -> [UInt8] {
        let html: Markup = .group([
            .trusted("<!DOCTYPE html>\n"),
            el("html", [attr("lang", "zh-CN")], [
                head,
                el("body", [cls("page-" + sectionKey)], [
                    header,
                    el("main", [attr("id", "main")], main),
                    footer,
                ]),
            ]),
            .trusted("\n"),
        ])
        var output: [UInt8] = []
        // Builders stream the aggregates around their rows (`AggregatePlan`), so a page rendered
        // whole is project-page sized; walking the tree to size the buffer cost more than growing it.
        output.reserveCapacity(32_768)
        html.render(into: &output)
        return output
    }

    private var sectionKey: String {
        switch section {
        case .overview: "overview"
        case .findings: "findings"
        case .rules: "rules"
        case .project: "project"
        }
    }

    private var head: Markup {
        el("head", [
            .void("meta", [attr("charset", "utf-8")]),
            .void("meta", [attr("http-equiv", "Content-Security-Policy"), attr("content", Self.contentSecurityPolicy)]),
            .void("meta", [attr("name", "viewport"), attr("content", "width=device-width, initial-scale=1")]),
            .void("meta", [attr("name", "referrer"), attr("content", "no-referrer")]),
            el("title", title == siteTitle ? siteTitle : title + " · " + siteTitle),
            .void("link", [attr("rel", "stylesheet"), attr("href", link(SitePaths.stylesheet))]),
            el("script", [attr("src", link(SitePaths.script)), attr("defer", nil)], []),
        ])
    }

    private var header: Markup {
        func item(_ label: String, _ target: String, _ itemSection: Section) -> Markup {
            var attributes = [attr("href", link(target))]
            if itemSection == section { attributes.append(attr("aria-current", "page")) }
            return el("li", [el("a", attributes, label)])
        }
        return el("header", [cls("site-header no-print")], [
            el("div", [cls("header-inner")], [
                el("a", [cls("brand"), attr("href", link(SitePaths.index))], siteTitle),
                el("nav", [attr("aria-label", "主导航")], [
                    el("ul", [
                        item("总览", SitePaths.index, .overview),
                        item("问题清单", SitePaths.findings, .findings),
                        item("规则说明", SitePaths.rules, .rules),
                    ]),
                ]),
            ]),
        ])
    }

    private var footer: Markup {
        let time = updated.map { "数据更新于 " + DisplayFormat.chinaTime($0) + "（北京时间）" } ?? "数据更新时间未知"
        return el("footer", [cls("site-footer")], [
            el("p", [
                .text(time + " · Jixiao " + version),
                el("span", [cls("no-print")], [
                    .text(" · 数据下载："),
                    el("a", [attr("href", link(SitePaths.projectsJSON))], "projects.json"),
                    .text(" · "),
                    el("a", [attr("href", link(SitePaths.indicatorsCSV))], "indicators.csv"),
                    .text(" · "),
                    el("a", [attr("href", link(SitePaths.findingsCSV))], "findings.csv"),
                ]),
            ]),
        ])
    }

    /// A relative link from this page to another output file.
    func link(_ target: String, fragment: String? = nil) -> String {
        SitePaths.href(from: page, to: target, fragment: fragment)
    }
}
