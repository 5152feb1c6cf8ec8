import Foundation
import JixiaoModel
import JixiaoParsing
import Testing
@testable import JixiaoRules

/// The look-ups `RuleContext` and the rules use instead of the general code must answer as it does.
@Suite struct RuleContextTests {
    static let texts: [String] = TextComparisonTests.texts + [
        "显著提升服务水平", "进一步提高", "未达成", "部分达成年度目标", "已完成", "按时完成", "提升", "严格按预算执行。",
        "满意", "满意度", "达成年度指标", "百分比", "百分数", "％", "%", "万元", "万元 ", " 元", "亿", "个", "篇",
        "产出指标", "成本指标", "数量指标", "服务对象满意度指标", "社会影响指标", "提\u{301}升", "未\u{FE0F}完成", "abc提升",
        "\u{3000}万元", "千元\t", "提升提升", "高质量发展", "逐步完善",
    ]

    @Test func normalizedAndPlainIsNormalizedThenIsPlain() {
        let ascii = (0..<0x80).map { String(UnicodeScalar(UInt8($0))) }
        let mixed = ascii.map { "指标\($0)完成率\($0)" }
        for text in Self.texts + ascii + mixed + ["\u{4DFF}\u{4E00}\u{9FFF}\u{A000}", "\u{3000}\u{3001}\u{FF01}\u{FF0C}"] {
            let (normalized, plain) = TextComparison.normalizedAndPlain(text)
            #expect(Array(normalized.utf8) == Array(TextComparison.normalized(text).utf8), "\(text.debugDescription)")
            #expect(plain == PlainText.isPlain(TextComparison.normalized(text)), "\(text.debugDescription)")
        }
    }

    @Test func wordListFindsWhatTextSearchFinds() {
        let lists: [[String]] = [
            ValueWording.vague, ["未达成", "部分达成", "未完成"], ["达成", "完成", "实现", "达到", "满意", "认可"],
            ["未按时", "未按期", "未如期", "未完成", "延期"], ["a", "bc", "提升"], ["e\u{301}", "提升"],
        ]
        for words in lists {
            let list = WordList(words)
            for text in Self.texts {
                #expect(list.firstContained(in: text) == TextSearch.firstContained(in: text, among: words),
                        "\(text.debugDescription) in \(words)")
            }
        }
    }

    @Test func byteTablesAnswerAsEqualityForPlainText() {
        let table = ByteTable(IndicatorCategory.level1 + ["个", "%", "万元"])
        for text in Self.texts where PlainText.isPlain(text) {
            #expect(table.index(ofBytes: text) == table.texts.firstIndex(of: text), "\(text.debugDescription)")
        }
    }

    @Test func wordAndUnitLookUpsAnswerAsTheDictionaries() {
        for text in Self.texts {
            let normalized = TextComparison.normalized(text), plain = PlainText.isPlain(normalized)
            #expect(ValueWording.isGraded(normalized: normalized, plain: plain) == ValueWording.graded.contains(normalized))
            #expect(ValueWording.isConcept(normalized: normalized, plain: plain) == ValueWording.concepts.contains(normalized))
            #expect(NonstandardUnitRule.standardSpelling(of: text) == NonstandardUnitRule.standard[text], "\(text.debugDescription)")
            let yuan: [String: Double] = ["元": 1, "千元": 1_000, "万": 10_000, "万元": 10_000, "百万": 1_000_000,
                                          "百万元": 1_000_000, "亿": 100_000_000, "亿元": 100_000_000]
            #expect(MoneyUnit.yuanPerUnit(text) == yuan[text.trimmingCharacters(in: .whitespaces)], "\(text.debugDescription)")
        }
    }

    /// Every rule run on its own (building its own context) finds what `checkFile` finds.
    @Test func rulesOnTheirOwnFindWhatCheckFileFinds() throws {
        for description in RuleCatalogue.descriptions {
            for example in description.triggeringExamples + description.nonTriggeringExamples {
                for file in RuleExample(example).files {
                    guard let project = ProjectParser.parse(data: file.data, path: file.path).project else { continue }
                    let separately = RuleCatalogue.fileRules.flatMap { $0.init().validate(project) }.sorted()
                    #expect(separately == RuleCatalogue.checkFile(project))
                }
            }
        }
    }
}
