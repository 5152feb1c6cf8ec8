import Foundation
import JixiaoModel
import JixiaoSite
import Testing

@Suite struct ScaleTests {
    /// A unit with a few hundred tables must not wait for its dashboard: the daemon re-renders the
    /// aggregates on every change.
    @Test func threeHundredProjectsRenderQuickly() {
        let base = SiteFixtures.assessment
        let reports = (0..<300).map { number -> ProjectReport in
            var report = base
            report.path = String(format: "2022/项目%03d.yaml", number)
            report.id = String(format: "2022/项目%03d", number)
            report.project?.path = report.path
            report.project?.id = report.id
            return report
        }
        let content = SiteFixtures.content(reports)
        let clock = ContinuousClock()
        var files: [String: [UInt8]] = [:]
        let elapsed = clock.measure { files = SiteRenderer.render(content) }
        #expect(files.count == 300 + SiteRenderer.aggregatePaths.count)
        let aggregates = clock.measure { _ = SiteRenderer.renderAggregates(content) }
        print("300 projects: full render \(elapsed), aggregates \(aggregates)")
        #expect(elapsed < .seconds(10))
        #expect(aggregates < .seconds(3))
    }
}
