import JixiaoModel
import JixiaoParsing
import Testing

/// The target-value grammar compares integer keys instead of `Character`s (for speed); these are
/// the cases where the two could differ: characters equal to a grammar word's character only by
/// canonical equivalence, and combining marks that make a different character.
@Suite struct PerfGrammarEquivalenceTests {
    @Test func compatibilityIdeographEqualsItsUnifiedIdeograph() throws {
        // U+F967 is canonically equivalent to 不, so `Character` comparison reads 不少于.
        guard case let .quantitative(quantity) = TargetValueGrammar.parse("\u{F967}少于5个") else {
            Issue.record("not a quantity")
            return
        }
        #expect(quantity.comparator == .atLeast)
        #expect(quantity.number == 5)
        #expect(quantity.comparatorText == "\u{F967}少于")
    }

    @Test func combiningMarkMakesAnotherCharacter() {
        // `>` + U+0338 is the character ≯, not the comparator `>`.
        #expect(TargetValueGrammar.parse(">\u{0338}5") == .qualitative(">\u{0338}5"))
        #expect(TargetValueGrammar.parse("≥5个") != TargetValueGrammar.parse("≥\u{0301}5个"))
    }

    @Test func fullWidthAndIdeographicSpaceStillNormalised() {
        guard case let .quantitative(quantity) = TargetValueGrammar.parse("≥\u{3000}９５％") else {
            Issue.record("not a quantity")
            return
        }
        #expect(quantity.number == 95)
        #expect(quantity.unit == "％")
    }
}
