/// "Did you mean" for unknown keys: the closest allowed key by edit distance over characters.
enum KeySuggestion {
    static func closest(to key: String, among candidates: [String]) -> String? {
        let source = Array(key)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(source, Array(candidate))
            let limit = max(1, min(source.count, candidate.count) / 2)
            if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }
}
