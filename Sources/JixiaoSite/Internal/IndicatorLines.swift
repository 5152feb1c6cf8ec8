import JixiaoModel

/// Which findings belong beside which indicator row: a finding whose line lies within the
/// indicator's lines (from its `-` to the line before the next indicator, or its last field).
struct IndicatorLines {
    /// Findings per indicator index, in the order given.
    let byIndicator: [[Diagnostic]]
    /// Findings that belong to no indicator (shown at the top of the page).
    let unmatched: [Diagnostic]

    init(indicators: [Indicator], diagnostics: [Diagnostic]) {
        let ranges: [ClosedRange<Int>] = indicators.indices.map { index in
            let indicator = indicators[index]
            let start = indicator.location.line
            let fields = [indicator.level1, indicator.level2] + [indicator.name, indicator.description, indicator.target,
                          indicator.actual, indicator.deviationReason, indicator.weight, indicator.score].compactMap { $0 }
            var end = fields.map(\.location.line).max() ?? start
            if index + 1 < indicators.count, indicators[index + 1].location.line > start {
                end = max(end, indicators[index + 1].location.line - 1)
            }
            return start...max(start, end)
        }
        var byIndicator = Array(repeating: [Diagnostic](), count: indicators.count)
        var unmatched: [Diagnostic] = []
        for diagnostic in diagnostics.sorted() {
            if let index = ranges.firstIndex(where: { $0.contains(diagnostic.location.line) }) {
                byIndicator[index].append(diagnostic)
            } else {
                unmatched.append(diagnostic)
            }
        }
        self.byIndicator = byIndicator
        self.unmatched = unmatched
    }
}
