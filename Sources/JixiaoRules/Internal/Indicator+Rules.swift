import JixiaoModel
import JixiaoParsing

extension Indicator {
    /// The parsed 指标值: the parser's reading, or the grammar's when a caller built the model by hand.
    var parsedTarget: TargetValue? {
        targetValue ?? target.map { TargetValueGrammar.parse($0.text) }
    }

    /// The 指标值 cell when it holds text.
    var filledTarget: Field? {
        guard let target, !target.isBlank else { return nil }
        return target
    }

    /// Where to point at a finding about the whole row: the 三级指标 cell, else the list item.
    var rowLocation: SourceLocation { name?.location ?? location }

    /// A short label for messages, e.g. `三级指标“评估项目数”`.
    var label: String {
        if let name, !name.isBlank { return "三级指标“\(name.text)”" }
        return "“\(level2.text)”下的指标"
    }
}
