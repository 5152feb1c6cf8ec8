import JixiaoModel

/// Which findings belong beside which indicator row: a finding whose line lies within the
/// indicator's lines (from its `-`, or the group key above it, to the line before the next
/// indicator, or its last field).
struct IndicatorLines {
    /// Findings per indicator index, in the order given.
    let byIndicator: [[Diagnostic]]
    /// Findings that belong to no indicator (shown at the top of the page).
    let unmatched: [Diagnostic]
    /// The lines of each indicator's row (its keys above it included).
    private let ranges: [ClosedRange<Int>]

    init(indicators: [Indicator], diagnostics: [Diagnostic]) {
        // In the nested format the 一级/二级 keys stand above their first item: a finding on such a
        // key belongs to the first row of that group, so that row's lines start at the key.
        let starts: [Int] = indicators.indices.map { index in
            let indicator = indicators[index]
            var start = indicator.location.line
            let previous = index > 0 ? indicators[index - 1] : nil
            if previous?.level2.location != indicator.level2.location { start = min(start, indicator.level2.location.line) }
            if previous?.level1.location != indicator.level1.location { start = min(start, indicator.level1.location.line) }
            return start
        }
        let ranges: [ClosedRange<Int>] = indicators.indices.map { index in
            let indicator = indicators[index]
            let start = starts[index]
            let fields = [indicator.level1, indicator.level2] + [indicator.name, indicator.description, indicator.target,
                          indicator.actual, indicator.deviationReason, indicator.weight, indicator.score].compactMap { $0 }
            var end = max(indicator.location.line, fields.map(\.location.line).max() ?? start)
            if index + 1 < indicators.count, starts[index + 1] > indicator.location.line {
                end = max(end, starts[index + 1] - 1)
            }
            return start...max(start, end)
        }
        var byIndicator = Array(repeating: [Diagnostic](), count: indicators.count)
        var unmatched: [Diagnostic] = []
        self.ranges = ranges
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

    /// The index of the indicator whose row a finding on this line belongs to (as `byIndicator`).
    func indicator(containingLine line: Int) -> Int? {
        ranges.firstIndex { $0.contains(line) }
    }
}
