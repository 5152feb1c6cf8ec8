import JixiaoModel

/// `invalid_amount`: an amount that is not a number, or is negative. Blank is fine (it means 0);
/// a blank 预算数 or 财政资金 is `empty_cell`'s business.
struct InvalidAmountRule: Rule {
    static let description = RuleDescription(
        identifier: "invalid_amount",
        name: "金额无效",
        englishName: "Invalid amount",
        severity: .error,
        kind: .budget,
        rationale: "预算数、财政资金、其他资金和预算执行数必须是不小于 0 的数字（单位见金额单位），否则无法核对预算和计算执行率。",
        criterion: .appropriateness,
        triggeringExamples: [
            ExampleProject.replacing(("其他资金: \"\"", "其他资金: 十万")),
            ExampleProject.replacing(("预算数: 15.00, 财政资金: 15.00, 其他资金: \"\"", "预算数: 15.00, 财政资金: 20.00, 其他资金: -5.00")),
        ],
        nonTriggeringExamples: [
            ExampleProject.clean,
            ExampleProject.replacing(("预算数: 15.00, 财政资金: 15.00, 其他资金: \"\"", "预算数: 1500, 财政资金: \"1,000\", 其他资金: 500")),
        ]
    )

    func validate(_ project: Project) -> [Diagnostic] {
        let unit = project.moneyUnit.map(\.text).flatMap { $0.isEmpty ? nil : $0 } ?? "万元"
        let cells: [(Amount?, String)] = [
            (project.budget?.total, "预算数"), (project.budget?.fiscal, "财政资金"),
            (project.budget?.other, "其他资金"), (project.executedAmount, "预算执行数"),
        ]
        return cells.compactMap { cell, label in
            guard let cell, !cell.text.allSatisfy(\.isWhitespace) else { return nil }
            guard let value = AmountReading.value(of: cell) else {
                return Self.description.diagnostic(
                    at: cell.location, "\(label)“\(cell.text)”不是数字，请写成以\(unit)为单位的数字，如“15.00”")
            }
            guard value >= 0 else {
                return Self.description.diagnostic(
                    at: cell.location, "\(label)“\(cell.text)”为负数，金额不能小于 0，请核对")
            }
            return nil
        }
    }
}
