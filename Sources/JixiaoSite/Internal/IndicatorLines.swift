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
    let ranges: [ClosedRange<Int>]

    init(indicators: [Indicator], diagnostics: [Diagnostic]) {
        self.init(indicators: indicators, sortedDiagnostics: diagnostics.sorted())
    }

    /// The same for findings already in `sorted()` order (the fragments sort them once for every row).
    init(indicators: [Indicator], sortedDiagnostics diagnostics: [Diagnostic]) {
        // In the nested format the 一级/二级 keys stand above their first item: a finding on such a
        // key belongs to the first row of that group, so that row's lines start at the key.
        // One pass reads each field of an indicator once (every read copies the field out of
        // the indicator's box); the second joins each row to the start of the next.
        var starts: [Int] = [], lastLines: [Int] = [], itemLines: [Int] = []
        starts.reserveCapacity(indicators.count)
        lastLines.reserveCapacity(indicators.count)
        itemLines.reserveCapacity(indicators.count)
        var previousLevel1 = SourceLocation(line: 0, column: 0), previousLevel2 = previousLevel1
        for index in indicators.indices {
            let indicator = indicators[index]
            let line = indicator.location.line
            let level1 = indicator.level1.location, level2 = indicator.level2.location
            var start = line
            if index == 0 || previousLevel2 != level2 { start = min(start, level2.line) }
            if index == 0 || previousLevel1 != level1 { start = min(start, level1.line) }
            previousLevel1 = level1
            previousLevel2 = level2
            var end = max(line, level1.line, level2.line)
            func extend(_ field: Field?) {
                if let line = field?.location.line, line > end { end = line }
            }
            extend(indicator.name)
            extend(indicator.description)
            extend(indicator.target)
            extend(indicator.actual)
            extend(indicator.deviationReason)
            extend(indicator.weight)
            extend(indicator.score)
            starts.append(start)
            lastLines.append(end)
            itemLines.append(line)
        }
        var ranges: [ClosedRange<Int>] = []
        ranges.reserveCapacity(indicators.count)
        for index in indicators.indices {
            let start = starts[index]
            var end = lastLines[index]
            if index + 1 < indicators.count, starts[index + 1] > itemLines[index] {
                end = max(end, starts[index + 1] - 1)
            }
            ranges.append(start...max(start, end))
        }
        var byIndicator = Array(repeating: [Diagnostic](), count: indicators.count)
        var unmatched: [Diagnostic] = []
        self.ranges = ranges
        for diagnostic in diagnostics {
            if let index = ranges.firstIndex(where: { $0.contains(diagnostic.location.line) }) {
                byIndicator[index].append(diagnostic)
            } else {
                unmatched.append(diagnostic)
            }
        }
        self.byIndicator = byIndicator
        self.unmatched = unmatched
    }

    /// The rows' lines as they were worked out before the one-pass reading (for tests).
    static func referenceRanges(_ indicators: [Indicator]) -> [ClosedRange<Int>] {
        let starts: [Int] = indicators.indices.map { index in
            var start = indicators[index].location.line
            let level2 = indicators[index].level2.location, level1 = indicators[index].level1.location
            if index == 0 || indicators[index - 1].level2.location != level2 { start = min(start, level2.line) }
            if index == 0 || indicators[index - 1].level1.location != level1 { start = min(start, level1.line) }
            return start
        }
        return indicators.indices.map { index in
            let start = starts[index]
            var end = max(indicators[index].location.line, indicators[index].level1.location.line,
                          indicators[index].level2.location.line)
            for line in [indicators[index].name?.location.line, indicators[index].description?.location.line,
                         indicators[index].target?.location.line, indicators[index].actual?.location.line,
                         indicators[index].deviationReason?.location.line, indicators[index].weight?.location.line,
                         indicators[index].score?.location.line] {
                if let line, line > end { end = line }
            }
            if index + 1 < indicators.count, starts[index + 1] > indicators[index].location.line {
                end = max(end, starts[index + 1] - 1)
            }
            return start...max(start, end)
        }
    }

    /// The index of the indicator whose row a finding on this line belongs to (as `byIndicator`).
    func indicator(containingLine line: Int) -> Int? {
        ranges.firstIndex { $0.contains(line) }
    }
}
