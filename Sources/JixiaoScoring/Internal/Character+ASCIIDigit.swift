extension Character {
    /// 0–9 only: `isNumber` alone also accepts ½, 五 and other numerals.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
