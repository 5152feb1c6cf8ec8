import JixiaoSite
import Testing

/// Aggregates are hashed from their parts, pages in one piece: the same bytes must give the same hash.
@Suite struct PerfOutputHashTests {
    @Test func partsHashLikeTheWhole() {
        var generator = SystemRandomNumberGenerator()
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 24, 31, 32, 33, 40, 63, 64, 65, 100, 1000] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let whole = OutputHash.of(bytes)
            for _ in 0..<20 {
                var cuts = (0..<Int.random(in: 0...5, using: &generator)).map { _ in Int.random(in: 0...length, using: &generator) }
                cuts = ([0] + cuts + [length]).sorted()
                let parts = zip(cuts, cuts.dropFirst()).map { Array(bytes[$0..<$1]) }
                #expect(OutputHash.of(parts: parts) == whole, "\(length) bytes cut at \(cuts)")
            }
        }
    }

    @Test func oneChangedByteChangesTheHash() {
        // Every lane, the words left in the last block, and the last bytes.
        let bytes = Array(repeating: UInt8(7), count: 1003)
        for index in [0, 7, 8, 16, 24, 31, 32, 500, 960, 968, 976, 984, 999, 1002] {
            var changed = bytes
            changed[index] = 8
            #expect(OutputHash.of(changed) != OutputHash.of(bytes))
        }
    }
}
