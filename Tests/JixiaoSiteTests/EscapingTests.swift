import Foundation
import JixiaoModel
import JixiaoSite
import Testing

@Suite struct EscapingTests {
    let files = SiteRenderer.render(SiteFixtures.content([SiteFixtures.hostile, SiteFixtures.assessment],
                                                         repositoryURL: "javascript:alert(1)"))

    @Test func hostileTextNeverBecomesMarkup() throws {
        for (path, bytes) in files where path.hasSuffix(".html") {
            let html = bytes.text
            #expect(!html.contains("<script>alert"), "\(path)")
            #expect(!html.contains("\" onmouseover=\"alert(1)"), "\(path)")
            #expect(!html.lowercased().contains("href=\"javascript:"), "\(path)")
            #expect(!html.contains("onmouseover=\"alert"), "\(path)")
            // The only script element is our own external file.
            #expect(HTMLText.count("<script", in: html) == 1, "\(path)")
        }
        let page = try #require(files["projects/2022/xss.html"]).text
        #expect(page.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;绩效目标表</h1>"))
        #expect(page.contains("&quot; onmouseover=&quot;alert(1)"))
        #expect(!page.contains("编辑此文件"))
    }

    @Test func hostileValuesInAttributesStayInsideTheirQuotes() throws {
        let index = try #require(files["index.html"]).text
        #expect(index.contains("data-unit=\"&lt;script&gt;alert(1)&lt;/script&gt; &quot; onmouseover=&quot;alert(1) javascript:alert(1)\""))
        let findings = try #require(files["findings.html"]).text
        #expect(findings.contains("data-rule=\"&lt;script&gt;"))
        // A rule id used as a link fragment is percent-encoded, so it cannot leave the href.
        #expect(findings.contains("href=\"rules.html#%3Cscript%3Ealert%281%29%3C%2Fscript%3E%20%22%20onmouseover"))
    }

    @Test func onlyHTTPRepositoryURLsBecomeEditLinks() {
        for url in ["javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "data:text/html,x",
                    "https://example.org/\"onmouseover=\"x", "ftp://example.org", "//example.org"] {
            let configuration = SiteConfiguration(repositoryURL: url)
            let link = configuration.editURL(forContentPath: "2022/a.yaml")
            #expect(link == nil || link?.hasPrefix("https://") == true, "\(url)")
            if let link { #expect(!link.contains("\""), "\(url)") }
        }
        #expect(SiteConfiguration(repositoryURL: "https://example.org/t", editURLTemplate: "javascript:{repo}")
            .editURL(forContentPath: "a.yaml") == nil)
        #expect(SiteConfiguration(repositoryURL: "https://example.org/t").editURL(forContentPath: "2022/a b.yaml")
            == "https://example.org/t/edit/main/content/2022/a%20b.yaml")
    }
}
