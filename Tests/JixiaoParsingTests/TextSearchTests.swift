import Foundation
import JixiaoModel
import Testing
@testable import JixiaoParsing

/// The fast text paths must answer exactly as the Foundation and `Character` code they replace.
@Suite struct TextSearchTests {
    /// Texts from project files plus the cases where canonical equivalence and grapheme clusters matter.
    static let texts: [String] = [
        "", " ", "　", "达成", "未达成", "部分达成年度目标", "已于2022年11月完成", "显著提升服务水平",
        "≥95%以上", "≤15万元", "１２月", "a\r\nb", "\r\n", " \u{301}达成", "达成\u{301}", "e\u{301}",
        "\u{E9}", "樂\u{FE00}", "\u{F914}成", "\u{2260}", "=\u{338}", "满意度 ", "\t提升\n", "한국",
        "\u{1100}\u{1161}", "👍🏽达成", "\u{200D}", "提\u{200B}升", "\u{85}x", "\u{A0}",
    ]
    static let words: [String] = [
        "", "达成", "未达成", "完成", "提升", "e", "\u{E9}", "樂", "=", "\u{2260}", "\n", "\r", " ", "满意",
        "月", "\u{301}", "가", "\u{1100}",
    ]

    @Test func containsAnswersAsFoundation() {
        for text in Self.texts {
            for word in Self.words {
                #expect(TextSearch.contains(text, word) == text.contains(word), "\(text.debugDescription) ∋ \(word.debugDescription)")
            }
            #expect(TextSearch.firstContained(in: text, among: Self.words) == Self.words.first(where: text.contains))
        }
    }

    @Test func equalityAnswersAsString() {
        let categories = ["成本指标", "时效指标", "满意度指标", "数量指标", "豈", "é"]
        // U+F900 is a CJK compatibility ideograph, canonically equivalent to U+8C48 (other bytes).
        for text in Self.texts + Self.words + categories + ["\u{F900}", "\u{8C48}", "e\u{301}", "成本指标 "] {
            for other in Self.texts + Self.words + categories + ["\u{F900}", "\u{8C48}"] {
                #expect(PlainText.equal(text, other) == (text == other), "\(text.debugDescription) = \(other.debugDescription)")
            }
            for literal in categories where PlainText.isPlain(literal) {
                #expect(PlainText.equals(text, plain: literal) == (text == literal), "\(text.debugDescription) = \(literal)")
            }
        }
        #expect(PlainText.equals("\u{F900}", plain: "\u{8C48}"))
    }

    @Test func replacingAnswersAsFoundation() {
        for text in Self.texts + ["达成达成达成", "指标值: ≤15万元\n指标值: ≤15万元"] {
            for word in Self.words + ["达成达成", "指标值: ≤15万元"] {
                for replacement in ["", "未", "指标值: <18万元", "e\u{301}"] {
                    #expect(TextSearch.replacing(word, with: replacement, in: text)
                            == text.replacingOccurrences(of: word, with: replacement),
                            "\(text.debugDescription): \(word.debugDescription) → \(replacement.debugDescription)")
                }
            }
        }
    }

    @Test func blankAndWhitespaceAnswerAsCharacter() {
        for text in Self.texts + Self.words {
            #expect(PlainText.isBlank(text) == text.allSatisfy(\.isWhitespace), "\(text.debugDescription)")
            for character in text {
                #expect(PlainText.isWhitespace(character) == character.isWhitespace)
            }
        }
        for value in UInt32(0)...0x3_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(PlainText.isWhitespace(scalar) == scalar.properties.isWhitespace)
        }
    }

    /// The UTF-8 scan of a text answers as asking each of its scalars.
    @Test func plainTextIsTextOfPlainScalars() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(scalar) + "中"
            #expect(PlainText.isPlain(text) == PlainText.isPlain(scalar), "U+\(String(value, radix: 16))")
        }
        for text in Self.texts + Self.words {
            #expect(PlainText.isPlain(text) == text.unicodeScalars.allSatisfy(PlainText.isPlain))
        }
    }

    /// Every plain scalar is a character of its own with no canonical decomposition.
    @Test func plainScalarsAreTheirOwnCharactersAndNormalForms() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), PlainText.isPlain(scalar) else { continue }
            let text = String(scalar)
            #expect(scalar.properties.canonicalCombiningClass == .notReordered)
            #expect((text as NSString).decomposedStringWithCanonicalMapping == text, "U+\(String(value, radix: 16))")
            #expect(("a" + text + "b").count == 3, "U+\(String(value, radix: 16))")
            #expect((text + "a").count == 2 && ("\u{1100}" + text).count == 2)
        }
    }
}

/// Reading plain text scalar by scalar must give what the character-by-character reading gives.
@Suite struct TargetValueTextTests {
    static let plainTexts: [String] = [
        "≥95%以上", "≤15万元", "１２月", "２０２２年１２月底前", "2022 年 12 月", "　≥ 20 个　", "对接企业数量不少于100家",
        "≥2不少于2次", "1,500元", "15.00", "１．５万元", "早于12个月", "低于2022年初的预算", "＞＝３台", "≥90％", "‰",
        "\t提升\n", "a-b/c", "",
    ]

    @Test func scalarReadingMatchesCharacterReading() {
        for text in Self.plainTexts {
            #expect(PlainText.isPlain(text), "\(text.debugDescription)")
            let fast = TargetValueText(text, scalarByScalar: true), general = TargetValueText(text, scalarByScalar: false)
            #expect(fast.keys == general.keys && fast.spaces == general.spaces, "\(text.debugDescription)")
            #expect(fast.withoutSpaces() == general.withoutSpaces())
            #expect(fast.withoutSpaces() == String(text.filter { !$0.isWhitespace }))
            for start in 0...fast.count {
                for end in start...fast.count {
                    #expect(fast.text(start..<end) == general.text(start..<end))
                    #expect(fast.text(start..<end) == String(Array(text)[start..<end]))
                }
            }
            for index in 0..<fast.count {
                #expect(fast.isHan(at: index) == general.isHan(at: index))
            }
        }
    }

    /// Text outside the plain set takes the general reading, one key per character.
    @Test func generalReadingKeepsCharacters() {
        for text in ["≥ 9\u{301}5%", "\u{F98E}底前", "12月\u{FE00}", "≥\u{338}20个", "한국 5개"] {
            #expect(!PlainText.isPlain(text))
            let reading = TargetValueText(text)
            #expect(reading.count == text.count)
            #expect(reading.text(0..<reading.count) == text)
            #expect(reading.spaces == text.map(\.isWhitespace))
        }
    }
}

/// The parser's fast trimming and amount reading must answer as the Foundation code they skip.
@Suite struct ParserFastPathTests {
    static let cells: [String] = [
        "", " ", "　", "15.00", " 15.00 ", "1,500.00", "１５", "15，000", "-3", "+2.5", "1.2.3", "15万", "\t达成\n",
        "\u{A0}x\u{A0}", "\u{85}", "达成\u{2028}", "\r\n", "e\u{301}", ",", "，", "1,\u{301}5", "\u{FEFF}1",
    ]

    @Test func trimmingAnswersAsFoundation() {
        for text in Self.cells {
            #expect(Trimming.whitespaces.trim(text) == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            #expect(Trimming.whitespacesAndNewlines.trim(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    @Test func amountsReadAsBefore() {
        let amounts = ["1，234.5", "，", ",,", "+-1", "1e5", "1.5万", "１５.0", "12.71", "0", "-0.5", "1,234,567.891",
                       "15，", "，15", "1，，2", "\u{661}", "1 000", "12.71元", "≥1", "1—2", "1.2.3.4"]
        for text in Self.cells + amounts {
            let cleaned = text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "，", with: "")
            let expected = !cleaned.isEmpty && cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") })
                ? Double(cleaned) : nil
            #expect(ProjectWalker.number(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func yearsReadAsBefore() {
        let years = ["2022", "2022 ", "202", "20222", "２０２２", "2022\u{301}", "202\u{301}2", "20\r\n2", "20\n22",
                     "0000", "9999", "/000", ":999", "二〇二二", "2o22", "-202", "+202", "12.5", "\u{661}\u{662}\u{663}\u{664}"]
        for text in Self.cells + years {
            #expect(ProjectWalker.isYear(text) == ProjectWalker.isYearByCharacters(text), "\(text.debugDescription)")
        }
        #expect(ProjectWalker.isYear("2022") && !ProjectWalker.isYear("２０２２"))
    }
}

/// `SeenKeys` must answer as the `Set<String>` of every key it replaced.
@Suite struct SeenKeysTests {
    /// The walker switches on positions: each level's cases must follow its key list.
    @Test func keyEnumsFollowTheKeyLists() {
        #expect(ProjectSchema.TopLevelKey.allCases.count == ProjectSchema.topLevel.count)
        #expect(ProjectSchema.BudgetKey.allCases.count == ProjectSchema.budgetKeys.count)
        #expect(ProjectSchema.IndicatorKey.allCases.count == ProjectSchema.indicatorKeys.count)
        typealias S = ProjectSchema
        let topLevel: [(S.TopLevelKey, String)] = [
            (.name, S.name), (.unit, S.unit), (.year, S.year), (.moneyUnit, S.moneyUnit), (.budget, S.budget),
            (.purpose, S.purpose), (.goals, S.goals), (.indicators, S.indicators), (.executed, S.executed),
        ]
        let budget: [(S.BudgetKey, String)] = [(.total, S.budgetTotal), (.fiscal, S.budgetFiscal), (.other, S.budgetOther)]
        let indicator: [(S.IndicatorKey, String)] = [
            (.name, S.indicatorName), (.description, S.indicatorDescription), (.target, S.target), (.actual, S.actual),
            (.deviationReason, S.deviationReason), (.weight, S.weight), (.score, S.score),
        ]
        #expect(topLevel.allSatisfy { S.topLevel[$0.0.rawValue] == $0.1 })
        #expect(budget.allSatisfy { S.budgetKeys[$0.0.rawValue] == $0.1 })
        #expect(indicator.allSatisfy { S.indicatorKeys[$0.0.rawValue] == $0.1 })
    }

    @Test func answersAsASetOfKeys() {
        let schema = ProjectSchema.indicatorKeys
        #expect(schema.allSatisfy(PlainText.isPlain) && ProjectSchema.topLevel.allSatisfy(PlainText.isPlain)
                && ProjectSchema.budgetKeys.allSatisfy(PlainText.isPlain))
        let written = ["三级指标", "指标值 ", "实际完成值", "\u{F9E8}", "e\u{301}", "分值\u{301}", "得分", ""]
        var seen = SeenKeys(schema)
        var set: Set<String> = []
        for key in written {
            #expect(seen.insert(key) == schema.firstIndex(of: key))
            set.insert(key)
        }
        for key in schema + written {
            #expect(seen.contains(key) == (set.contains(key) && schema.contains(key)))
        }
    }

    @Test("sameBytes compares every byte, whatever the length and wherever they differ")
    func sameBytesComparesEveryByte() {
        let base = Array("产出指标ab满意度指标cdefgh成本指标0123456789".utf8)
        for length in 0...base.count {
            let text = String(decoding: base[0..<length], as: UTF8.self)
            #expect(PlainText.sameBytes(text, text))
            #expect(PlainText.sameBytes(text, String(decoding: base[0..<length], as: UTF8.self)))
            for position in 0..<length where base[position] < 0x80 {
                var other = Array(base[0..<length])
                other[position] ^= 0x01
                let changed = String(decoding: other, as: UTF8.self)
                #expect(!PlainText.sameBytes(text, changed), "\(length) \(position)")
            }
            if length > 0 {
                // Cut inside a character, decoding repairs the text: compare with the bytes it has.
                let shorter = String(decoding: base[0..<length - 1], as: UTF8.self)
                #expect(PlainText.sameBytes(text, shorter) == (Array(text.utf8) == Array(shorter.utf8)))
            }
        }
        #expect(PlainText.sameBytes("e\u{301}", "e\u{301}") && !PlainText.sameBytes("e\u{301}", "\u{E9}"))
    }
}
