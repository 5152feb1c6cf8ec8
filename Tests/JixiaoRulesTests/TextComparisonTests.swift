import JixiaoModel
import Testing
@testable import JixiaoRules

/// The rules' fast text paths must answer as the general code they skip.
@Suite struct TextComparisonTests {
    static let texts: [String] = [
        "", "率", "完成率", "数据审核通过率。", "认定/评审", "认定、评审", "（科技）统计：调查！", "满 意 度", "e\u{301}率",
        "\u{F9E8}", "满意度\u{301}", "１２％", "a-b_c", "“引号”《书名》", "\u{2014}破折号\u{2026}", "\u{3000}全角空格",
    ]

    /// What `normalized` did before: the kept scalars appended one by one.
    static func reference(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars
        where !scalar.properties.isWhitespace && !isPunctuation(scalar.properties.generalCategory) {
            result.append(scalar)
        }
        return String(result)
    }

    static func isPunctuation(_ category: Unicode.GeneralCategory) -> Bool {
        [.connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
         .initialPunctuation, .finalPunctuation, .otherPunctuation].contains(category)
    }

    @Test func normalizedKeepsWhatTheReferenceKeeps() {
        for text in Self.texts {
            #expect(TextComparison.normalized(text) == Self.reference(text), "\(text.debugDescription)")
            #expect(Array(TextComparison.normalized(text).utf8) == Array(Self.reference(text).utf8))
        }
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(scalar) + "b"
            #expect(Array(TextComparison.normalized(text).utf8) == Array(Self.reference(text).utf8))
        }
    }

    /// Callers normalise once and reuse the result: normalising again must change nothing.
    @Test func normalizedIsIdempotent() {
        for text in Self.texts {
            let once = TextComparison.normalized(text)
            #expect(Array(TextComparison.normalized(once).utf8) == Array(once.utf8))
        }
    }

    @Test func hasSuffixAnswersAsString() {
        for text in Self.texts {
            for suffix in Self.texts {
                #expect(TextComparison.hasSuffix(text, suffix) == text.hasSuffix(suffix),
                        "\(text.debugDescription) \(suffix.debugDescription)")
            }
        }
    }

    /// `ValueWording` skips the set look-up for long plain text: only sound if every word is plain.
    @Test func wordListsArePlain() {
        #expect(ValueWording.graded.allSatisfy(PlainText.isPlain))
        #expect(ValueWording.concepts.allSatisfy(PlainText.isPlain))
    }
}
