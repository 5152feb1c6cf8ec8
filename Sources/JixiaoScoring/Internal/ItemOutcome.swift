/// What one formula gives for one indicator: the points and the arithmetic that led to them.
struct ItemOutcome: Equatable {
    var earned: Double
    var explanation: String
    /// True when the points are the 得分 the unit stated rather than a formula's result.
    var fromStatedScore = false
}
