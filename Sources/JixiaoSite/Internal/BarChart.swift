import Foundation

/// A horizontal bar chart drawn as inline SVG: readable Chinese labels, value at the bar's end,
/// and a `<title>` tooltip per bar (no script, no external request).
struct BarChart {
    struct Bar {
        var label: String
        var value: Double
        var valueLabel: String
        var tooltip: String
        /// A CSS class that colours the bar (e.g. a grade), nil for the default colour.
        var tone: String?
    }

    var title: String
    var bars: [Bar]
    /// The value of a full-length bar; the largest value when nil.
    var scaleMaximum: Double?
    /// At most this many bars are drawn (the first ones); the caption says how many were left out.
    var limit: Int = 20
    /// How many bars there are in all when `bars` holds only the first ones (a chart of every
    /// project makes only the bars it draws); nil when `bars` holds them all.
    var total: Int? = nil

    private static let width = 540.0
    private static let labelWidth = 180.0
    private static let valueWidth = 70.0
    private static let rowHeight = 28.0
    private static let barHeight = 18.0
    private static let maxLabelCharacters = 12

    func write(to html: inout HTMLWriter) {
        let shown = Array(bars.prefix(limit))
        guard !shown.isEmpty else {
            return html.element("figure", .cls("chart")) { html in
                html.element("figcaption", text: title)
                html.element("p", .cls("empty"), text: "暂无数据")
            }
        }
        let height = Double(shown.count) * Self.rowHeight + 8
        let largest = scaleMaximum ?? (shown.map(\.value).max() ?? 0)
        let area = Self.width - Self.labelWidth - Self.valueWidth
        html.element("figure", .cls("chart")) { html in
            let total = total ?? bars.count
            if shown.count < total {
                html.element("figcaption") { html in
                    html.text(title + " ")
                    html.element("small", text: "（前 \(shown.count) 个，共 \(total) 个）")
                }
            } else {
                html.element("figcaption", text: title)
            }
            html.element("svg", .attr("viewBox", "0 0 \(n(Self.width)) \(n(height))"), .attr("role", "img"),
                         .attr("aria-label", title), .attr("preserveAspectRatio", "xMinYMin meet")) { html in
                for (index, bar) in shown.enumerated() {
                    let top = 4 + Double(index) * Self.rowHeight
                    let length = largest > 0 ? max(0, min(1, bar.value / largest)) * area : 0
                    let drawn = bar.value > 0 ? max(length, 2) : 0
                    let middle = top + Self.rowHeight / 2
                    html.element("g", .cls("bar", bar.tone.map { " " + $0 } ?? "")) { html in
                        html.element("title", text: bar.tooltip)
                        html.element("text", .cls("bar-label"), .attr("x", n(Self.labelWidth - 8)), .attr("y", n(middle)),
                                     .attr("text-anchor", "end"), .attr("dominant-baseline", "central"), text: shortened(bar.label))
                        html.element("rect", .attr("x", n(Self.labelWidth)), .attr("y", n(middle - Self.barHeight / 2)),
                                     .attr("width", n(drawn)), .attr("height", n(Self.barHeight)), .attr("rx", "3"), text: "")
                        html.element("text", .cls("bar-value"), .attr("x", n(Self.labelWidth + drawn + 6)), .attr("y", n(middle)),
                                     .attr("dominant-baseline", "central"), text: bar.valueLabel)
                    }
                }
            }
        }
    }

    private func shortened(_ label: String) -> String {
        label.count > Self.maxLabelCharacters ? String(label.prefix(Self.maxLabelCharacters - 1)) + "…" : label
    }

    /// Coordinates with at most one decimal, so the SVG is small and identical on every run.
    private func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
