import Foundation
import JixiaoModel

/// The target-value grammar of domain.md §3: 指标值 text → quantitative, deadline or qualitative.
///
/// A deadline is tried first (`12月` is a date, not twelve of something), then a quantity; what
/// reads as neither is qualitative. docs/format.md lists the words and the rules that keep prose
/// such as `低于2022年初的预算` from becoming a bogus number.
public enum TargetValueGrammar {
    /// Parses one 指标值 (already trimmed). Never fails: what is not a number or a date is qualitative.
    public static func parse(_ text: String) -> TargetValue {
        // Cells come trimmed from the parser: `trimmed` then returns the text without Foundation.
        let trimmed = Trimming.whitespacesAndNewlines.trim(text)
        guard !trimmed.isEmpty else { return .qualitative("") }
        // One reading of the characters serves both parsers.
        let characters = TargetValueText(trimmed)
        if let deadline = TargetValueDeadlineParser.parse(characters) {
            return .deadline(deadline)
        }
        if let quantity = TargetValueQuantityParser.parse(characters) {
            return .quantitative(quantity)
        }
        return .qualitative(trimmed)
    }
}
