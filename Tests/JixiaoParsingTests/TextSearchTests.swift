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
