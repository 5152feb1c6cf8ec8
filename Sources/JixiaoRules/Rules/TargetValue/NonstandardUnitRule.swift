import JixiaoModel

/// `nonstandard_unit`: a unit spelled in a non-standard way, e.g. `100百分比` for `100%`.
struct NonstandardUnitRule: ContextRule {
    static let description = RuleDescription(
        identifier: "nonstandard_unit",
        name: "计量单位不规范",
        englishName: "Non-standard unit",
        severity: .info,
        kind: .targetValue,
        rationale: "单位应使用规范写法（百分比写作“%”），便于汇总比较和机器读取。",
        criterion: nil,
        triggeringExamples: [
            ExampleProject.replacing(("指标值: ≥95%", "指标值: 100百分比")),
            ExampleProject.replacing(("指标值: ≥95%", "指标值: ≥95％")),
        ],
        nonTriggeringExamples: [ExampleProject.clean, ExampleProject.replacing(("指标值: ≥95%", "指标值: 100%"))]
    )

    /// Non-standard spellings and the standard one.
    static let standard: [String: String] = ["百分比": "%", "百分数": "%", "％": "%"]

    func validate(_ context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        context.forEachIndicator { index, facts in
            guard facts.filled && facts.standardUnit != nil else { return }
            let indicator = context.indicators[index]
            guard let target = indicator.target, case .quantitative(let quantity)? = indicator.parsedTarget,
                  let better = facts.standardUnit
            else { return }
            let fixed = target.text.replacingOccurrences(of: quantity.unit, with: better)
            findings.append(Self.description.diagnostic(
                at: target.location,
                "指标值“\(target.text)”的单位“\(quantity.unit)”不规范，请写作“\(fixed)”"))
        }
        return findings
    }

    /// `standard[unit]`: a plain unit (nearly all) is one of the keys (all plain) exactly when
    /// its bytes are; only other text is hashed.
    static func standardSpelling(of unit: String) -> String? {
        if let index = standardKeys.index(ofBytes: unit) { return standardValues[index] }
        if PlainText.isPlain(unit) { return nil }
        return standard[unit]
    }

    private static let standardKeys = ByteTable(Array(standard.keys))
    private static let standardValues = standardKeys.texts.map { standard[$0]! }
}
