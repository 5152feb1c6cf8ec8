import JixiaoModel
import Testing
@testable import JixiaoScoring

/// The scorer's fast text paths must answer as the general code they skip.
@Suite struct ScoringFastPathTests {
    static let values: [String] = [
        "", "22个", "95%", "14.5万元", "１４．５万元", "1,500元", "1,50", "已完成 3 篇", "3  篇次", "≥95%以上", "12.5.3",
        "约100家企业", "100，000人", "5台套", "7天。", "8 人次", "９９", "3.", ".5", "2022年11月", "4篇（含内参）", "6‰",
        "10平方米", "3x", "12 ", "五篇",
    ]

    @Test func plainReadingMatchesCharacterReading() {
        for text in Self.values {
            #expect(PlainText.isPlain(text), "\(text.debugDescription)")
            #expect(MeasuredValue(reading: text, scalarByScalar: true) == MeasuredValue(reading: text, scalarByScalar: false),
                    "\(text.debugDescription)")
        }
    }

    @Test func shortAndFixedFormatAsBefore() {
        for value in [0, 0.001, 0.005, 0.1, 0.5, 1, 9.995, 10, 10.5, 11.25, 12.345, 100, -0.004, -3.5, -20, 123456.78,
                      0.01, 0.1, 0.9, 1.05, 1.5, 10.1, 100.01, 1000.2, -0.05, -0.5, 99.999, 12.5, 33.333333, 999_999_999_999.99] {
            let hundredths = Int64((abs(value) * 100).rounded())
            let sign = value < 0 && hundredths != 0 ? "-" : ""
            let fixed = "\(sign)\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
            #expect(ScoreFormat.fixed(value) == fixed)
            var short = Substring(fixed)
            while short.hasSuffix("0") { short = short.dropLast() }
            if short.hasSuffix(".") { short = short.dropLast() }
            #expect(ScoreFormat.short(value) == String(short))
        }
    }

    /// A file may hold any number: formatting one never traps (Int64 conversion did above 9.2e16).
    @Test func hugeAndNonFiniteValuesFormat() {
        #expect(ScoreFormat.fixed(999_999_999_999_999.5).hasPrefix("999999999999999."))
        #expect(ScoreFormat.fixed(1e15) == "1000000000000000.0")
        #expect(ScoreFormat.fixed(1e23) == "1e+23")
        #expect(ScoreFormat.fixed(-1e300) == "-1e+300")
        #expect(ScoreFormat.fixed(.infinity) == "inf")
        #expect(ScoreFormat.fixed(.nan) == "nan")
        #expect(ScoreFormat.short(1e23) == "1e+23")
        #expect(ScoreFormat.percent(1e22) == "1e+24%")
    }

    @Test func trimmedAsBefore() {
        for text in [" a ", "　达成　", "", "  ", "x", " \u{301}达成", "达成\n", "\r\n达成\r\n", "达成", "95%", "≥95%",
                     "a\u{301}", "\u{301}", "达成\u{3000}", "２０２２年", "（达成）", "a\u{600}", "x\u{200D}y", "\u{1F600}",
                     "达成\u{301}", "x达", "达 ", "\u{4E00}", "一", "a\u{2028}", "\u{4DFF}达", "达\u{1F600}", "a\u{A0}",
                     "达成 \u{301}", "ab", "a", "达\t", "\u{85}达"] {
            #expect(text.trimmed == String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()))
        }
    }

    @Test func utf8TextIsTheStringInterpolation() {
        for (a, b) in [("", ""), ("达成", "95%"), ("e\u{301}", "\u{301}x"), ("\u{1F600}", "１２")] {
            let text: UTF8Text = "定性指标：「\(a)」含「\(b)」"
            let inner: UTF8Text = "（\(b)）"
            let outer: UTF8Text = "\(a)\(inner)，得 \(ScoreFormat.fixed(1.5))"
            #expect(text.string == "定性指标：「\(a)」含「\(b)」")
            #expect(outer.string == "\(a)（\(b)），得 1.50")
        }
        let literal: UTF8Text = "只有文字"
        #expect(literal.string == "只有文字")
    }
}
