import JixiaoModel

/// The target-value grammar of domain.md §3: 指标值 text → quantitative, deadline or qualitative.
public enum TargetValueGrammar {
    /// Parses one 指标值 (already trimmed). Never fails: what is not a number or a date is qualitative.
    public static func parse(_ text: String) -> TargetValue {
        .qualitative(text)  // stub: replaced by the grammar
    }
}
