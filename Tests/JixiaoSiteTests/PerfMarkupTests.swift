import Foundation
import JixiaoModel
import JixiaoRules
@testable import JixiaoSite
import Testing

/// The rows written as literal runs of markup (with rule and project text escaped once) give the
/// bytes of the element-by-element writers they replaced, on real, broken and hostile reports,
/// with the real rule catalogue, the fixtures' one, and a catalogue of hostile rules.
@Suite(.serialized) struct PerfMarkupTests {
    static func contents(_ reports: [ProjectReport]) -> [SiteContent] {
        let fixtures = SiteFixtures.content(reports)
        var real = fixtures
        real.rules = RuleCatalogue.descriptions
        var hostile = fixtures
        let text = SiteFixtures.payloads.joined(separator: " & ' ")
        hostile.rules = [
            RuleDescription(identifier: text, name: text, englishName: text, severity: .info, kind: .structure,
                            rationale: text, criterion: nil, triggeringExamples: [], nonTriggeringExamples: []),
            RuleDescription(identifier: "missing_unit", name: "<b>单位</b>", englishName: "", severity: .warning,
                            kind: .targetValue, rationale: "", criterion: nil, triggeringExamples: [], nonTriggeringExamples: []),
        ]
        return [fixtures, real, hostile]
    }

    static func reports() throws -> [ProjectReport] {
        var reports = try PerfExportTests.reports()
        // Negative and long line numbers, an unknown rule, findings on every kind of line.
        var odd = SiteFixtures.hostile
        odd.path = "2022/odd lines.yaml"
        odd.diagnostics += [
            Diagnostic(rule: "no_such_rule", severity: .info, location: SourceLocation(line: -3, column: -1), message: "负"),
            Diagnostic(rule: "missing_unit", severity: .error, location: SourceLocation(line: 1_234_567, column: 2), message: "长"),
            Diagnostic(rule: "vague_value", severity: .info, location: SourceLocation(line: 10, column: 2), message: "a\"b'c<d>&e"),
        ]
        reports.append(odd)
        return reports
    }

    static func text(_ write: (inout HTMLWriter) -> Void) -> String {
        var html = HTMLWriter()
        write(&html)
        return String(decoding: html.bytes, as: UTF8.self)
    }

    static func text(_ write: (inout ByteBuffer) -> Void) -> String {
        var buffer = ByteBuffer(capacity: 64)
        write(&buffer)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    @Test func projectPageRowsAndFindingsEqualTheElementWriters() throws {
        let reports = try Self.reports()
        for content in Self.contents(reports) {
            for report in reports {
                guard let project = report.project else { continue }
                let page = ProjectPage(report: report, content: content)
                let lines = IndicatorLines(indicators: project.indicators, diagnostics: report.diagnostics)
                for diagnostic in report.diagnostics {
                    #expect(Self.text { page.findings.write(diagnostic, to: &$0) }
                        == Self.text { page.findings.writeByElements(diagnostic, to: &$0) }, "\(report.path)")
                }
                let form = TargetForm(project: project, lines: lines, findings: page.findings)
                for yearEnd in [false, true] {
                    for findings in [false, true] {
                        #expect(Self.text { form.rows(showsYearEnd: yearEnd, showsFindings: findings, &$0) }
                            == Self.text { form.rowsByElements(showsYearEnd: yearEnd, showsFindings: findings, &$0) },
                            "\(report.path)")
                    }
                }
            }
        }
    }

    @Test func aggregateRowsEqualTheElementWriters() throws {
        let reports = try Self.reports()
        for content in Self.contents(reports) {
            for report in reports {
                let sorted = report.diagnostics.sorted()
                let lines = report.project.map { IndicatorLines(indicators: $0.indicators, sortedDiagnostics: sorted) }
                #expect(Self.text { _ = FindingsPage.writeRows(report, sorted: sorted, lines: lines, content: content, to: &$0) }
                    == Self.text { _ = FindingsPage.writeRowsByElements(report, sorted: sorted, content: content, to: &$0) },
                    "\(report.path)")
                #expect(Self.text { FindingsExport.writeRows(report, sorted: sorted, content: content, to: &$0) }
                    == Self.text { FindingsExport.writeRowsByFields(report, sorted: sorted, content: content, to: &$0) },
                    "\(report.path)")
                if let lines {
                    #expect(Self.text { IndicatorsExport.writeRows(report, lines: lines, to: &$0) }
                        == Self.text { IndicatorsExport.writeRowsByFields(report, to: &$0) }, "\(report.path)")
                }
            }
        }
    }

    @Test func projectPagesEqualTheElementWriters() throws {
        let reports = try Self.reports()
        for content in Self.contents(reports) {
            for report in reports {
                let page = ProjectPage(report: report, content: content)
                #expect(String(decoding: page.bytes, as: UTF8.self) == String(decoding: page.bytesByElements, as: UTF8.self),
                        "\(report.path)")
            }
        }
    }

    @Test func pageFrameEqualsTheElementWriter() {
        let hostile = SiteFixtures.payloads.joined(separator: " & ")
        for page in ["index.html", "projects/a.html", "projects/2022/x y/z#?.html", "a/b/c/d/e/f.html"] {
            for section in [PageLayout.Section.overview, .findings, .rules, .project] {
                for (title, siteTitle) in [("绩效", "绩效"), (hostile, "站点"), ("页", hostile)] {
                    for updated in [nil, SiteFixtures.modified] {
                        let layout = PageLayout(page: page, title: title, siteTitle: siteTitle, section: section,
                                                updated: updated, version: hostile)
                        let main: (inout HTMLWriter) -> Void = { html in html.element("p", text: hostile) }
                        #expect(layout.document(main) == layout.documentByElements(main), "\(page) \(section)")
                    }
                }
            }
        }
    }

    @Test func overviewRowsAndJSONLinesEqualTheReferences() throws {
        for report in try Self.reports() {
            let figures = ReportFigures(report)
            #expect(Self.text { OverviewPage.writeRow(figures, to: &$0) } == Self.text { OverviewPage.writeRowByElements(figures, to: &$0) },
                    "\(report.path)")
            #expect(figures.errorCount == report.errorCount && figures.warningCount == report.warningCount)
            let fragments = ProjectFragments(report: report, content: SiteFixtures.standard)
            #expect(fragments.errorCount == report.errorCount && fragments.warningCount == report.warningCount)
            // The rows made with the page path worked out once are those made without it.
            #expect(fragments.bytes(.overview) == { var html = HTMLWriter(); OverviewPage.writeRow(figures, to: &html); return html.bytes }())
            var counts: [String: Int] = [:]
            for diagnostic in report.diagnostics { counts[diagnostic.rule, default: 0] += 1 }
            var line: [UInt8] = []
            ProjectsExport.writeElement(report, ruleCounts: counts, to: &line)
            #expect(line == ProjectsExport.foundationElement(report), "\(report.path)")
        }
        for number in [0, 7, -7, 10, 1_234_567_890, Int.max, Int.min] {
            var bytes: [UInt8] = []
            JSONSpelling.writeInteger(number, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(number))
        }
    }

    @Test func categoryCountsMergeAsTheJoinedKeysDid() {
        func report(_ pairs: [(String, String)], path: String) -> ProjectReport {
            var report = SiteFixtures.assessment
            report.path = path
            report.project?.indicators = pairs.enumerated().map { index, pair in
                Indicator(level1: Field(pair.0, at: SourceLocation(line: index + 1, column: 1)),
                          level2: Field(pair.1, at: SourceLocation(line: index + 1, column: 1)),
                          location: SourceLocation(line: index + 1, column: 1))
            }
            return report
        }
        // é written two ways; a separator inside a text; categories repeated across projects.
        let reports = [
            report([("产出指标", "数量指标"), ("e\u{301}", "x"), ("产出指标", "数量指标"), ("é", "x")], path: "a.yaml"),
            report([("é", "x"), ("a\u{1F}b", "c"), ("a", "b\u{1F}c"), ("产出指标", "质量指标")], path: "b.yaml"),
        ]
        let fragments = reports.map { ProjectFragments(report: $0, content: SiteFixtures.standard) }
        #expect(fragments[0].categoryCounts.map(\.count) == [2, 2])
        #expect(fragments[1].categoryCounts.map(\.count) == [1, 1, 1, 1])
        // The chart merges by the joined key: "a\u{1F}b" + "c" and "a" + "b\u{1F}c" are one bar.
        let page = String(decoding: OverviewPage(content: SiteFixtures.standard, fragments: fragments).bytes, as: UTF8.self)
        #expect(page.contains("各类指标数量"))
        var merged: [String: Int] = [:]
        for fragment in fragments {
            for category in fragment.categoryCounts { merged[category.level1 + "\u{1F}" + category.level2, default: 0] += category.count }
        }
        #expect(merged.count == 4)
        for (key, count) in merged {
            let level2 = String(key.split(separator: "\u{1F}", omittingEmptySubsequences: false).last ?? "")
            #expect(page.contains("：\(count) 个指标") || level2.isEmpty, "\(key)")
        }
    }

    @Test func projectChartsDrawWhatAllBarsDrew() {
        // 45 projects: budgets and scores with ties, names that tie too, some without either.
        let reports: [ProjectReport] = (0..<45).map { number in
            var report = number % 2 == 0 ? SiteFixtures.assessment : SiteFixtures.laboratory
            report.path = "2022/p\(number).yaml"
            report.id = "2022/p\(number)"
            report.project?.name = Field(number % 7 == 0 ? "同名项目" : "项目\(number % 11)", at: SourceLocation(line: 1, column: 1))
            let total = Double(number % 5) * 10
            report.project?.budget?.total = number % 9 == 4 ? nil : Amount(text: "\(total)", value: total, location: SourceLocation(line: 2, column: 1))
            if number % 8 == 3 { report.quality = nil } else { report.quality?.score = Double(number % 4) * 20 + 10 }
            return report
        }
        let content = SiteFixtures.content(reports)
        let fragments = reports.map { ProjectFragments(report: $0, content: content) }
        let page = OverviewPage(content: content, fragments: fragments)
        func sorted(_ bars: [BarChart.Bar]) -> [BarChart.Bar] { bars.sorted { ($1.value, $0.label) < ($0.value, $1.label) } }
        let budget = BarChart(title: "各项目预算（万元）", bars: sorted(page.figures.compactMap { figure in
            figure.budgetTotal.map { total in
                BarChart.Bar(label: figure.name, value: total, valueLabel: DisplayFormat.money(total),
                             tooltip: "\(figure.name)：预算 \(DisplayFormat.money(total)) 万元", tone: nil)
            }
        }), scaleMaximum: nil)
        let quality = BarChart(title: "各项目目标质量分", bars: sorted(page.figures.compactMap { figure in
            figure.quality.map { quality in
                BarChart.Bar(label: figure.name, value: quality.score,
                             valueLabel: DisplayFormat.score(quality.score) + " " + quality.grade.rawValue,
                             tooltip: "\(figure.name)：目标质量 \(DisplayFormat.score(quality.score)) 分（\(quality.grade.rawValue)）",
                             tone: ReportFigures.gradeClass(quality.grade))
            }
        }), scaleMaximum: 100)
        #expect(budget.bars.count > 30 && quality.bars.count > 30)
        #expect(Self.text { page.budgetChart.write(to: &$0) } == Self.text { budget.write(to: &$0) })
        #expect(Self.text { page.qualityChart.write(to: &$0) } == Self.text { quality.write(to: &$0) })
    }

    @Test func indicatorLinesEqualTheReference() throws {
        for report in try Self.reports() {
            guard let project = report.project else { continue }
            let lines = IndicatorLines(indicators: project.indicators, diagnostics: report.diagnostics)
            #expect(lines.ranges == IndicatorLines.referenceRanges(project.indicators), "\(report.path)")
            // Shuffled rows and keys in odd places: starts that go backwards, groups split apart.
            var shuffled = project.indicators
            shuffled.reverse()
            if shuffled.count > 2 { shuffled.swapAt(0, shuffled.count / 2) }
            #expect(IndicatorLines(indicators: shuffled, diagnostics: []).ranges == IndicatorLines.referenceRanges(shuffled))
        }
    }

    @Test func wholeNumbersAreSpelledAsTheirDescription() {
        var values: [Double] = [0, -0.0, 1, -1, 15, 15.5, 0.1 + 0.2, 1e14, 999_999_999_999_999, 1e15, 1e15 + 1, 1e16, 1e21,
                                -123_456_789_012_345, 4_503_599_627_370_496, .ulpOfOne, -.leastNonzeroMagnitude, 2.5e-7]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            values.append(Double(Int.random(in: -2_000_000_000_000_000...2_000_000_000_000_000, using: &generator)))
            values.append(Double.random(in: -1e6...1e6, using: &generator).rounded() / [1, 10, 100][Int.random(in: 0...2, using: &generator)])
        }
        for value in values {
            var fast: [UInt8] = [], described: [UInt8] = []
            JSONSpelling.writeNumber(value, to: &fast)
            JSONSpelling.writeNumberByDescription(value, to: &described)
            #expect(fast == described, "\(value)")
        }
    }

    @Test func categoryRunsEqualRunsOfJoinedKeys() {
        func indicator(_ level1: String, _ level2: String) -> Indicator {
            Indicator(level1: Field(level1, at: SourceLocation(line: 1, column: 1)),
                      level2: Field(level2, at: SourceLocation(line: 1, column: 1)), location: SourceLocation(line: 1, column: 1))
        }
        // "e\u{301}" equals "é" as a String: runs must treat them as equal, as the joined keys did.
        let pairs = [("产出指标", "数量指标"), ("产出指标", "数量指标"), ("产出指标", "质量指标"), ("效益指标", "质量指标"),
                     ("e\u{301}", "x"), ("é", "x"), ("é", "x\u{1F}"), ("é\u{1F}x", ""), ("", ""), ("", "")]
        let indicators = pairs.map { indicator($0.0, $0.1) }
        let runs = TargetForm.categoryRuns(indicators)
        let level1 = TargetForm.runLengths(indicators.map(\.level1.text))
        #expect(runs.level1 == level1)
        #expect(runs.level2 == TargetForm.runLengths(indicators.map { $0.level1.text + "\u{1F}" + $0.level2.text }, within: level1))
    }

    @Test func literalsEqualTheModelsWords() throws {
        let values = try Self.reports().flatMap { $0.project?.indicators.compactMap(\.targetValue) ?? [] }
        #expect(Set(values.map(\.kindKey)) == ["quantitative", "deadline", "qualitative"])
        for severity in Severity.allCases {
            #expect(severity.key.text == severity.rawValue)
            #expect(severity.chineseLiteral.text == severity.chineseName)
        }
        for value in values {
            #expect(value.kindKeyLiteral.text == value.kindKey)
            #expect(value.kindNameLiteral.text == value.kindName)
        }
    }

    @Test func zeroPaddedIsTheOldPadding() {
        for number in [0, 5, -5, 99_999, 123_456, 1_234_567, -123_456, Int.min, Int.max] {
            let digits = String(number)
            let expected = String(repeating: "0", count: max(0, 6 - digits.count)) + digits
            #expect(Self.text { $0.zeroPadded(number, width: 6) } == expected)
        }
    }
}

/// The one-pass escaper gives the bytes of the search-and-copy one it replaced.
@Suite struct PerfEscapingTests {
    static func escaped(_ text: String, byRuns: Bool) -> [UInt8] {
        var buffer = ByteBuffer(capacity: 1)
        buffer.append(UInt8(ascii: "x"))  // not at the start of the buffer
        if byRuns { HTMLWriter.appendEscapedByRuns(text, to: &buffer) } else { HTMLWriter.appendEscaped(text, to: &buffer) }
        return buffer.bytes
    }

    @Test func everyASCIIByteAtEveryPositionOfAWord() {
        for byte in UInt8(0)...UInt8(127) {
            for length in 1...20 {
                for position in 0..<length {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    bytes[position] = byte
                    let text = String(decoding: bytes, as: UTF8.self)
                    #expect(Self.escaped(text, byRuns: false) == Self.escaped(text, byRuns: true), "\(byte) \(length) \(position)")
                }
            }
        }
    }

    @Test func mixedTextOfEveryLength() {
        let pieces = ["&", "<", ">", "\"", "'", "=", "?", "绩效", "é", "a", " ", "&amp;", "\u{0}", "🙂", ";", "#"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let count = Int.random(in: 0...60, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Self.escaped(text, byRuns: false) == Self.escaped(text, byRuns: true), "\(text)")
        }
        // Long text with entities near the end grows the buffer while escaping.
        let long = String(repeating: "绩效目标", count: 5000) + String(repeating: "\"&'<>", count: 3000)
        #expect(Self.escaped(long, byRuns: false) == Self.escaped(long, byRuns: true))
    }

    @Test func shortAndLongCopies() {
        for length in 0...40 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 1) }
            var buffer = ByteBuffer(capacity: 1)
            buffer.append(7)
            bytes.withUnsafeBufferPointer { buffer.append($0) }
            #expect(buffer.bytes == [7] + bytes)
        }
    }
}

/// The word-at-a-time CSV scan finds exactly the bytes the byte-by-byte one found.
@Suite struct PerfCSVFieldTests {
    @Test func everyASCIIByteAtEveryPosition() {
        for byte in UInt8(0)...UInt8(127) {
            for length in 1...20 {
                for position in 0..<length {
                    var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: length)
                    bytes[position] = byte
                    let field = String(decoding: bytes, as: UTF8.self)
                    let expected = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
                    #expect(bytes.withUnsafeBufferPointer(IndicatorsExport.needsQuotes) == expected)
                    var buffer = ByteBuffer(capacity: 0)
                    IndicatorsExport.writeField(field, to: &buffer)
                    #expect(String(decoding: buffer.bytes, as: UTF8.self) == IndicatorsExport.quote(field))
                }
            }
        }
    }
}

/// Paths read in place give the answers of a plain split.
@Suite struct PerfSitePathsTests {
    @Test func plainRelativeRootPrefixAndEncoding() {
        let paths = ["", "/", "a", "a/", "/a", "a//b", ".", "..", "...", "a/./b", "a/../b", "a/.../b", "projects/2022/x.html",
                     "projects/2022/海河 实验室/联盟.html", "..a/b", "a/b..", "a/b/c/d/e/f/g.html", "%2F/#?", "é/e\u{301}"]
        for path in paths {
            let segments = path.split(separator: "/", omittingEmptySubsequences: false)
            let plain = segments.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
            #expect(SitePaths.isPlainRelative(path) == plain, "\(path)")
            let depth = path.utf8.filter { $0 == UInt8(ascii: "/") }.count
            #expect(SitePaths.rootPrefix(from: path) == String(repeating: "../", count: depth), "\(path)")
            let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
            let encoded = path.utf8.map { unreserved.contains($0) || $0 == UInt8(ascii: "/") ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
            #expect(SitePaths.encodedPath(path) == encoded, "\(path)")
        }
    }
}

/// Numbers and times written as bytes are the strings they replaced.
@Suite struct PerfDisplayFormatTests {
    static func written(_ write: (inout HTMLWriter) -> Void) -> String {
        var html = HTMLWriter()
        write(&html)
        return String(decoding: html.bytes, as: UTF8.self)
    }

    @Test func pointsAndScores() {
        var values: [Double] = [0, -0.0, 0.5, 1, 2.25, -3.125, 0.005, 0.015, 99.95, 1e9, 1e12, .infinity, -.infinity, .nan, 0.1 + 0.2]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 { values.append(Double.random(in: -200...200, using: &generator)) }
        for value in values {
            #expect(Self.written { DisplayFormat.writePoints(value, to: &$0) } == DisplayFormat.points(value), "\(value)")
            #expect(Self.written { DisplayFormat.writeScore(value, to: &$0) } == DisplayFormat.score(value), "\(value)")
        }
    }

    @Test func chinaTimes() {
        var seconds: [Double] = [0, -1, 86_399, -86_400, 1_669_858_200, 951_782_400, 4_102_444_800, 253_402_300_799,
                                 253_402_300_800, -62_167_219_200, -62_167_219_201, 1e12, -1e12, 0.999, -0.001]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 { seconds.append(Double(Int.random(in: -70_000_000_000...300_000_000_000, using: &generator))) }
        for second in seconds {
            let date = Date(timeIntervalSince1970: second)
            #expect(Self.written { DisplayFormat.writeChinaTime(date, to: &$0) } == DisplayFormat.chinaTime(date), "\(second)")
        }
    }
}
