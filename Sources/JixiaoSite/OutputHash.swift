/// Change detection for output files (pages and aggregates) and for a project's aggregate rows,
/// reading 8 bytes a step: the aggregates of 10,000 projects are ~200 MB and byte-wise FNV took a
/// tenth of a second per batch.
/// Each step (xor a word, multiply by an odd constant, xor-shift) is a bijection of the state, so
/// changing any one word always changes the result. Stable across runs (it is stored in the cache).
/// A file given in parts hashes exactly as the same bytes in one piece.
package enum OutputHash {
    package static func of(_ bytes: [UInt8]) -> UInt64 { of(parts: [bytes]) }

    package static func of(parts: [[UInt8]]) -> UInt64 {
        var state = State(count: parts.reduce(0) { $0 + $1.count })
        for part in parts { state.feed(part) }
        return state.finish()
    }

    /// The hash of bytes given in pieces whose total `count` is known up front.
    package struct State {
        var hash: UInt64
        /// Bytes of a word not yet complete, little-endian (as `loadUnaligned` reads them).
        var carry: UInt64 = 0
        var carried = 0

        package init(count: Int) {
            hash = 0xcbf2_9ce4_8422_2325 ^ UInt64(count)
        }

        mutating func word(_ value: UInt64) {
            hash = (hash ^ value) &* 0x0000_0100_0000_01B3
            hash ^= hash >> 29
        }

        package mutating func feed(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { feed($0) }
        }

        package mutating func feed(_ raw: UnsafeRawBufferPointer) {
            do {
                var offset = 0
                while carried > 0, offset < raw.count {
                    carry |= UInt64(raw[offset]) << (8 * UInt64(carried))
                    carried += 1
                    offset += 1
                    if carried == 8 {
                        word(carry)
                        carry = 0
                        carried = 0
                    }
                }
                while offset + 8 <= raw.count {
                    word(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                    offset += 8
                }
                while offset < raw.count {
                    carry |= UInt64(raw[offset]) << (8 * UInt64(carried))
                    carried += 1
                    offset += 1
                }
            }
        }

        /// The last bytes (fewer than 8) one at a time.
        package mutating func finish() -> UInt64 {
            for index in 0..<carried {
                hash = (hash ^ ((carry >> (8 * UInt64(index))) & 0xFF)) &* 0x0000_0100_0000_01B3
            }
            return hash
        }
    }
}
