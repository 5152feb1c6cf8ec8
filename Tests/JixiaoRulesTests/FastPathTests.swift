import JixiaoModel
import Testing
@testable import JixiaoRules
import JixiaoTestSupport

/// Fast paths of the rules page and the cross-file rule against the general code they skip.
@Suite struct FastPathTests {
    /// Every example of every rule, plus texts with repeated lines, lines that are `==` without
    /// equal bytes (a compatibility ideograph, a decomposed accent) and lines no base has.
    static var examples: [String] {
        let all = RuleCatalogue.descriptions.flatMap { $0.triggeringExamples + $0.nonTriggeringExamples }
        let clean = ExampleProject.clean
        return all + [
            clean + clean, "", "\n\n", "a\nb\na\n", clean.replacingOccurrences(of: "项目名称: 科技统计调查", with: "项目名称: 科技统计\u{F9E8}"),
            clean.replacingOccurrences(of: "\n", with: "\n\n"), clean.replacingOccurrences(of: "é", with: "e\u{301}"),
            String(clean.split(separator: "\n", omittingEmptySubsequences: false).reversed().joined(separator: "\n")),
            ExampleProject.yearEnd + "\n# 注释\n", ExampleProject.framework2021.replacingOccurrences(of: "\n", with: "\r\n"),
        ]
    }

    @Test func closestBaseByLineNumbersIsTheGeneralDiff() {
        for example in Self.examples {
            let fast = ExampleExcerpt.closest(to: example), general = ExampleExcerpt.closestReference(to: example)
            #expect(fast?.name == general?.name && fast?.lines == general?.lines, "\(example.prefix(80))")
        }
    }

    @Test func splitFilesOnBytesIsTheGeneralSplit() {
        let several = Self.examples.filter { $0.hasPrefix("--- file: ") } + [
            "--- file: a.yaml\n项目名称: a\n--- file: b/c.yaml\n项目名称: c\n", "--- file: a.yaml", "--- file: a\n",
            "--- file: --- file: x\ny", "--- file: a\r\nb\r\n--- file: c\r\n", "--- file: e\u{301}\n--- file: \u{301}x\n",
            "前言--- file: a\n--- file: \n\n", "--- file: 甲\n--- fil\n--- file:\n--- file: 乙",
        ]
        #expect(several.count > 8)
        for example in several {
            let fast = ExampleExcerpt.splitFiles(example), general = ExampleExcerpt.splitFilesReference(example)
            #expect(fast.map(\.0) == general.map(\.0) && fast.map(\.1) == general.map(\.1), "\(example.debugDescription)")
        }
    }

    @Test func excerptOfAChangedLineShowsBothSides() {
        let example = ExampleProject.clean.replacingOccurrences(of: "项目名称: 科技统计调查", with: "项目名称: 其他")
        #expect(RuleListing.excerpt(of: example) == "# 基准表，改动如下\n- 项目名称: 科技统计调查\n+ 项目名称: 其他")
    }

    static func project(_ path: String, _ name: String?, _ year: String?) -> Project {
        Project(id: path, path: path, name: name.map { Field($0, at: SourceLocation(line: 1, column: 7)) },
                budgetYear: year.map { Field($0, at: SourceLocation(line: 3, column: 7)) })
    }

    static let names = ["科技统计调查", "科技统计调查。", "科技 统计调查", "科技统计监测", "", "  ", "a-b", "ab", "AB",
                        "科技统计\u{F9E8}", "科技统计\u{F900}", "科技统计\u{8C48}", "e\u{301}", "\u{E9}", "（科技）统计", "科技统计"]
    static let years = [nil, "2022", "2023", "", "２０２２"]

    @Test(arguments: [1, 2, 3, 7, 40, 300])
    func duplicateGroupsAreTheGeneralOnes(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let count = seed
        let projects = (0..<count).map { index in
            Self.project("p\(index).yaml", Bool.random(using: &generator) ? Self.names.randomElement(using: &generator) : nil,
                         Self.years.randomElement(using: &generator)!)
        }
        let rule = DuplicateProjectRule()
        #expect(rule.validate(projects) == rule.validateReference(projects))
        // Only plain names: the fast grouping runs (and finds the same).
        let plain = projects.filter { PlainText.isPlain($0.name?.text ?? "") && PlainText.isPlain($0.budgetYear?.text ?? "") }
        #expect(DuplicateProjectRule.plainGroups(plain) != nil || plain.count < 2)
        #expect(rule.validate(plain) == rule.validateReference(plain))
        let sorted = { (groups: [[Int]]) in groups.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0.lexicographicallyPrecedes($1) } }
        if let fast = DuplicateProjectRule.plainGroups(plain) {
            #expect(sorted(fast) == sorted(DuplicateProjectRule.groups(plain)))
        }
    }

    @Test func inputsAreTheJoinedParts() {
        for name in Self.names + [nil] {
            for year in Self.years {
                let project = Self.project("a.yaml", name, year)
                #expect(DuplicateProjectRule.inputs(of: project) == DuplicateProjectRule.inputsReference(of: project))
            }
        }
        let far = Project(id: "x", path: "x.yaml", name: Field("项目", at: SourceLocation(line: 12345, column: 67)))
        #expect(DuplicateProjectRule.inputs(of: far) == "项目\u{1F}12345:67\u{1F}\u{0}")
        for (line, column) in [(0, 0), (1, 9), (10, 100), (99, 1000), (Int.max, -3)] {
            let project = Project(id: "x", path: "x.yaml", name: Field("a", at: SourceLocation(line: line, column: column)),
                                  budgetYear: Field("2022", at: SourceLocation(line: 1, column: 1)))
            #expect(DuplicateProjectRule.inputs(of: project) == DuplicateProjectRule.inputsReference(of: project))
        }
    }

    @Test func hasSuffixWithPlainFlagsAnswersAsString() {
        let texts = TextComparisonTests.texts + ["统计调查", "调查", "查", "科技统计调查", "ab", "b", "\u{8C48}", "豈"]
        for text in texts {
            for suffix in texts {
                #expect(TextComparison.hasSuffix(text, PlainText.isPlain(text), suffix, PlainText.isPlain(suffix))
                    == text.hasSuffix(suffix), "\(text.debugDescription) \(suffix.debugDescription)")
            }
        }
    }

    @Test func listedWaysToRunRulesAreTheCastOnes() {
        let cast = RuleCatalogue.checkedRulesByCasting, listed = RuleCatalogue.checkedRulesAsListed
        #expect(cast.map(\.0) == listed.map(\.0))
        #expect(cast.map(\.1) == listed.map(\.1))
        #expect(listed.count == 22)
    }

    @Test func aNameThatIsNotPlainTakesTheGeneralPath() {
        let projects = [Self.project("a.yaml", "科技统计\u{F900}", "2022"), Self.project("b.yaml", "科技统计\u{8C48}", "2022")]
        #expect(DuplicateProjectRule.plainGroups(projects) == nil)
        #expect(DuplicateProjectRule().validate(projects).keys.sorted() == ["a.yaml", "b.yaml"])
    }

    @Test func plainKeyHashIsTheHashOfTheNormalisedBytes() {
        for name in Self.names + TextComparisonTests.texts {
            for year in ["2022", "", "２０２２", "e\u{301}"] {
                let (normalized, plain) = TextComparison.normalizedAndPlain(name)
                let expected: UInt64? = plain && PlainText.isPlain(year)
                    ? (Array(normalized.utf8) + [0xFF] + Array(year.utf8)).reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
                    : nil
                #expect(TextComparison.plainKeyHash(name, year) == expected, "\(name) \(year)")
            }
        }
    }
}

