import JixiaoModel

extension QualityScore {
    /// Points lost under one criterion, for the per-criterion bars of the page.
    public func pointsLost(in criterion: ReviewCriterion) -> Double {
        lost.filter { $0.criterion == criterion }.reduce(0) { $0 + $1.points }
    }

    /// Points kept under one criterion out of what the weights give it.
    public func pointsKept(in criterion: ReviewCriterion, weights: QualityWeights = .default) -> Double {
        max(weights.points(for: criterion) - pointsLost(in: criterion), 0)
    }
}
