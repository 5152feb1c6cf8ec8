/// An explanation written as a string literal with interpolations, put together as UTF-8 bytes and
/// made a `String` once: the same text as the `String` interpolation, without a `String.append`
/// of Chinese text per segment (several hundred instructions each).
struct UTF8Text: ExpressibleByStringInterpolation {
    var bytes: [UInt8]

    init(stringLiteral value: String) {
        bytes = Array(value.utf8)
    }

    init(stringInterpolation: StringInterpolation) {
        bytes = stringInterpolation.bytes
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    struct StringInterpolation: StringInterpolationProtocol {
        var bytes: [UInt8] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + 48 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: String) {
            add(literal)
        }

        mutating func appendInterpolation(_ text: String) {
            add(text)
        }

        /// The text's bytes, copied from its storage when it has contiguous UTF-8 (native and
        /// literal strings always do).
        @inline(__always)
        private mutating func add(_ text: String) {
            let copied: Void? = text.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
            if copied == nil { bytes.append(contentsOf: text.utf8) }
        }

        mutating func appendInterpolation(_ text: UTF8Text) {
            bytes.append(contentsOf: text.bytes)
        }
    }
}

extension ItemOutcome {
    /// `init(earned:explanation:fromStatedScore:)` with the explanation put together as bytes.
    init(earned: Double, explaining explanation: UTF8Text, fromStatedScore: Bool = false) {
        self.init(earned: earned, explanation: explanation.string, fromStatedScore: fromStatedScore)
    }
}
