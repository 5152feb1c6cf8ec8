import JixiaoModel

/// Reads money amounts as the rules need them: blank counts as 0, `1,500.00` and full-width digits
/// are numbers, anything else is not.
enum AmountReading {
    /// The amount's value: the parser's when it has one, else read from the text; nil when unreadable.
    static func value(of amount: Amount) -> Double? {
        if let value = amount.value { return value }
        return number(in: amount.text)
    }

    /// The value with a blank cell counting as 0 (其他资金 is often blank).
    static func valueOrZero(of amount: Amount?) -> Double? {
        guard let amount else { return 0 }
        if amount.text.allSatisfy(\.isWhitespace) { return 0 }
        return value(of: amount)
    }

    /// A decimal number written with optional sign, thousands separators and full-width digits.
    static func number(in text: String) -> Double? {
        var ascii = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: ascii.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? scalar)
            case 0xFF0E: ascii.append(".")
            case 0xFF0D: ascii.append("-")
            case 0x2C, 0xFF0C, 0x20, 0x3000: continue
            default: ascii.unicodeScalars.append(scalar)
            }
        }
        guard !ascii.isEmpty, ascii.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") })
        else { return nil }
        return Double(ascii)
    }

    /// Two decimals, as amounts are written in the tables (`15.00`).
    static func formatted(_ value: Double) -> String {
        let cents = (value * 100).rounded()
        let sign = cents < 0 ? "-" : ""
        let whole = Int(abs(cents)) / 100, fraction = Int(abs(cents)) % 100
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
