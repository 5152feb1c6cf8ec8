import JixiaoModel

/// A number with its unit as a year-end value or a target states it, e.g. `22个`, `95%`, `14.5万元`.
///
/// The unit is split into a magnitude prefix (万, 亿, 千) and a base unit so that `14.5万元`
/// and `145000元` compare as the same amount.
struct MeasuredValue: Equatable {
    var number: Double
    /// The number as written, e.g. `14.5`.
    var numberText: String
    /// The unit as written, with `百分比` read as `%`; empty when none.
    var unit: String
    /// 10000 for 万…, 1 for plain units.
    var multiplier: Double
    /// The unit without its magnitude prefix: `元` for `万元`, empty for a bare `万`.
    var baseUnit: String

    init(number: Double, numberText: String, unit: String) {
        self.number = number
        self.numberText = numberText
        let normalized = PlainText.equals(unit, plain: "百分比") ? "%" : unit
        self.unit = normalized
        (multiplier, baseUnit) = Self.split(normalized)
    }

    init(_ quantity: Quantity) {
        self.init(number: quantity.number, numberText: quantity.numberText, unit: quantity.unit)
    }

    /// Reads the first number in the text and the unit right after it; nil when there is no number.
    ///
    /// Plain text (`PlainText`: every value in a table, nearly) is read scalar by scalar, since
    /// there each scalar is a character; anything else character by character. Both readings
    /// give the same value (tests compare them).
    init?(reading text: String) {
        self.init(reading: text, scalarByScalar: PlainText.isPlain(text))
    }

    init?(reading text: String, scalarByScalar: Bool) {
        if scalarByScalar {
            self.init(readingPlain: text)
        } else {
            self.init(readingCharacters: text)
        }
    }

    private init?(readingPlain text: String) {
        let scalars = text.unicodeScalars.map(Self.halfWidth)
        guard let start = scalars.firstIndex(where: Self.isASCIIDigit) else { return nil }
        var end = start
        var digits = ""
        var seenPoint = false
        while end < scalars.count {
            let scalar = scalars[end]
            let digitFollows = end + 1 < scalars.count && Self.isASCIIDigit(scalars[end + 1])
            if Self.isASCIIDigit(scalar) {
                digits.unicodeScalars.append(scalar)
            } else if scalar == ".", !seenPoint, digitFollows {
                seenPoint = true
                digits.unicodeScalars.append(scalar)
            } else if scalar == ",", digitFollows {
                // thousands separator: `1,500`
            } else {
                break
            }
            end += 1
        }
        guard let number = Double(digits) else { return nil }
        let rest = scalars[end...].drop(while: { $0 == " " })
        self.init(number: number, numberText: Self.text(scalars[start..<end]), unit: Self.plainUnit(at: rest))
    }

    private init?(readingCharacters text: String) {
        let characters = Array(Self.halfWidth(text))
        guard let start = characters.firstIndex(where: \.isASCIIDigit) else { return nil }
        var end = start
        var digits = ""
        var seenPoint = false
        while end < characters.count {
            let character = characters[end]
            if character.isASCIIDigit {
                digits.append(character)
            } else if character == ".", !seenPoint, end + 1 < characters.count, characters[end + 1].isASCIIDigit {
                seenPoint = true
                digits.append(character)
            } else if character == ",", end + 1 < characters.count, characters[end + 1].isASCIIDigit {
                // thousands separator: `1,500`
            } else {
                break
            }
            end += 1
        }
        guard let number = Double(digits) else { return nil }
        let rest = String(characters[end...]).drop(while: { $0 == " " })
        self.init(number: number, numberText: String(characters[start..<end]), unit: Self.unit(at: String(rest)))
    }

    /// The amount in base units, e.g. 145000 for `14.5万元`.
    var baseValue: Double { number * multiplier }

    /// How the value reads in a text, e.g. `14.5万元`.
    var display: String { numberText + unit }

    /// The units seen in tables, longest first so that `人次` wins over `人`.
    private static let knownUnits: [String] = [
        "百分比", "万人次", "个百分点", "万元", "亿元", "千元", "万人", "人次", "课时", "小时",
        "篇次", "个", "张", "家", "篇", "册", "次", "项", "份", "本", "人", "场", "万", "元", "%",
        "件", "台", "套", "天", "日", "户", "所", "条", "期", "批", "部", "种", "类", "门", "名",
        "位", "间", "座", "平方米", "米", "公里", "吨", "亩", "‰",
    ].sorted { $0.count > $1.count }

    /// `unit(at:)` for plain scalars: a known unit (all plain) starts the rest exactly when its
    /// scalars do; an unknown one is at most two scalars, each a character of its own.
    private static func plainUnit(at rest: ArraySlice<Unicode.Scalar>) -> String {
        // Only units starting with the rest's first scalar can start it (the check spares most
        // of the generic prefix comparisons).
        if let head = rest.first,
           let known = plainKnownUnits.first(where: { $0.scalars[0] == head && rest.starts(with: $0.scalars) }) {
            return known.text
        }
        var run: [Unicode.Scalar] = []
        for scalar in rest.prefix(2) {
            let character = Character(scalar)
            guard !character.isASCIIDigit, !character.isWhitespace, !character.isPunctuation else { break }
            run.append(scalar)
        }
        return text(run[...])
    }

    /// `knownUnits` with their scalars.
    private static let plainKnownUnits: [(text: String, scalars: [Unicode.Scalar])] =
        knownUnits.map { ($0, Array($0.unicodeScalars)) }

    private static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        // The scalars' UTF-8 bytes, then one string (appending scalar by scalar to a string's
        // scalar view was most of the cost of reading a value).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 4)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value)
    }

    /// `halfWidth(_:)` of a one-scalar character.
    private static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF10...0xFF19, 0xFF0E, 0xFF0C:
            return Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
        default:
            return scalar
        }
    }

    private static func unit(at rest: String) -> String {
        if let known = knownUnits.first(where: { rest.hasPrefix($0) }) { return known }
        // An unknown unit: take a short run of letters, never the rest of a sentence.
        let run = rest.prefix(while: { !$0.isASCIIDigit && !$0.isWhitespace && !$0.isPunctuation })
        return String(run.prefix(2))
    }

    private static func split(_ unit: String) -> (Double, String) {
        // Plain units (nearly all): characters are scalars, so a prefix is a prefix of bytes.
        if PlainText.isPlain(unit) {
            for (prefix, factor) in magnitudes where unit.utf8.starts(with: prefix.utf8) {
                return (factor, String(unit.unicodeScalars.dropFirst()))
            }
            return (1, unit)
        }
        for (prefix, factor) in [("万", 10_000.0), ("亿", 100_000_000.0), ("千", 1_000.0)] where unit.hasPrefix(prefix) {
            return (factor, String(unit.dropFirst()))
        }
        return (1, unit)
    }

    private static let magnitudes: [(String, Double)] = [("万", 10_000.0), ("亿", 100_000_000.0), ("千", 1_000.0)]

    /// Full-width digits and points (`９５．５`) as ASCII, since Word exports both.
    private static func halfWidth(_ text: String) -> String {
        String(text.map { character -> Character in
            guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return character }
            switch scalar.value {
            case 0xFF10...0xFF19, 0xFF0E, 0xFF0C:
                return Character(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
            default:
                return character
            }
        })
    }
}
