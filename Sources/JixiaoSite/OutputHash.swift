/// Change detection for output files (pages and aggregates) and for a project's aggregate rows.
/// Four lanes each take every fourth 8-byte word, so four multiplications are in flight at once
/// (one lane waited on its own multiply for every word: 2 % of a cold build hashing 230 MB).
/// Each step (xor a word, multiply by an odd constant, xor-shift) is a bijection of the lane, and
/// the lanes are folded together by the same step, so changing any one word always changes the
/// result. Stable across runs (it is stored in the cache). A file given in parts hashes exactly as
/// the same bytes in one piece.
package enum OutputHash {
    package static func of(_ bytes: [UInt8]) -> UInt64 { of(parts: [bytes]) }

    package static func of(parts: [[UInt8]]) -> UInt64 {
        var state = State(count: parts.reduce(0) { $0 + $1.count })
        for part in parts { state.feed(part) }
        return state.finish()
    }

    /// The hash of bytes given in pieces whose total `count` is known up front.
    package struct State {
        var lanes: (UInt64, UInt64, UInt64, UInt64)
        /// Bytes of a 32-byte block not yet complete, in memory order.
        var block: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var carried = 0

        package init(count: Int) {
            let seed = 0xcbf2_9ce4_8422_2325 ^ UInt64(count)
            lanes = (seed, seed ^ 0x9e37_79b9_7f4a_7c15, seed ^ 0xbf58_476d_1ce4_e5b9, seed ^ 0x94d0_49bb_1331_11eb)
        }

        @inline(__always)
        static func step(_ hash: UInt64, _ value: UInt64) -> UInt64 {
            let mixed = (hash ^ value) &* 0x0000_0100_0000_01B3
            return mixed ^ (mixed >> 29)
        }

        package mutating func feed(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { feed($0) }
        }

        package mutating func feed(_ raw: UnsafeRawBufferPointer) {
            guard let base = raw.baseAddress, raw.count > 0 else { return }
            var offset = 0
            if carried > 0 {
                let take = min(32 - carried, raw.count)
                let at = carried
                withUnsafeMutableBytes(of: &block) { ($0.baseAddress! + at).copyMemory(from: base, byteCount: take) }
                carried += take
                offset = take
                guard carried == 32 else { return }
                lanes = (Self.step(lanes.0, block.0), Self.step(lanes.1, block.1),
                         Self.step(lanes.2, block.2), Self.step(lanes.3, block.3))
                carried = 0
            }
            var (a, b, c, d) = lanes
            while offset + 32 <= raw.count {
                a = Self.step(a, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                b = Self.step(b, raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
                c = Self.step(c, raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
                d = Self.step(d, raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
                offset += 32
            }
            lanes = (a, b, c, d)
            if offset < raw.count {
                block = (0, 0, 0, 0)
                let rest = raw.count - offset
                withUnsafeMutableBytes(of: &block) { $0.baseAddress!.copyMemory(from: base + offset, byteCount: rest) }
                carried = rest
            }
        }

        /// The words left in the block go to the lanes in turn, the lanes are folded, and the last
        /// bytes (fewer than 8) go in one at a time.
        package mutating func finish() -> UInt64 {
            var (a, b, c, d) = lanes
            let words = carried / 8
            if words > 0 { a = Self.step(a, block.0) }
            if words > 1 { b = Self.step(b, block.1) }
            if words > 2 { c = Self.step(c, block.2) }
            var hash = Self.step(Self.step(Self.step(a, b), c), d)
            let end = carried
            withUnsafeBytes(of: block) { bytes in
                for index in (words * 8)..<end {
                    hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3
                }
            }
            return hash
        }
    }
}
