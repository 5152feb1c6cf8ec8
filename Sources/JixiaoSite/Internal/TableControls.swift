/// Filter, search and sort controls that `assets/site.js` brings to life; without the script the
/// table simply shows every row.
enum TableControls {
    /// A select that keeps rows whose `data-<key>` equals the chosen value.
    static func select(key: String, label: String, allLabel: String, options: [(value: String, label: String)],
                       _ html: inout HTMLWriter) {
        html.element("label", .cls("filter")) { html in
            html.element("span", text: label)
            html.element("select", .attr("data-filter", key)) { html in
                html.element("option", .attr("value", ""), text: allLabel)
                for option in options { html.element("option", .attr("value", option.value), text: option.label) }
            }
        }
    }

    /// A checkbox that, when ticked, keeps rows whose `data-<key>` equals `value`.
    static func checkbox(key: String, value: String, label: String, _ html: inout HTMLWriter) {
        html.element("label", .cls("filter filter-check")) { html in
            html.void("input", .attr("type", "checkbox"), .attr("data-filter", key), .attr("value", value))
            html.element("span", text: label)
        }
    }

    /// A search box matching the rows' `data-text` (case-insensitive, Chinese as typed).
    static func search(placeholder: String, _ html: inout HTMLWriter) {
        html.element("label", .cls("filter filter-search")) { html in
            html.element("span", .cls("visually-hidden"), text: "搜索")
            html.void("input", .attr("type", "search"), .flag("data-search"), .attr("placeholder", placeholder),
                      .attr("autocomplete", "off"))
        }
    }

    /// The bar above a table: the controls `controls` writes and a live count of visible rows.
    static func bar(for tableID: String, noun: String, _ html: inout HTMLWriter, controls: (inout HTMLWriter) -> Void) {
        html.element("div", .cls("filters no-print"), .attr("data-table", tableID), .attr("data-noun", noun)) { html in
            controls(&html)
            html.element("output", .cls("filter-count"), .attr("aria-live", "polite"), text: "")
        }
    }

    /// A header cell the script can sort by; `kind` is `number` or `text`.
    static func sortableHeader(_ label: String, kind: String, numeric: Bool = false, _ html: inout HTMLWriter) {
        html.element("th", .attr("scope", "col"), .attr("data-sort", kind), .attr("aria-sort", "none"),
                     numeric ? .cls("num") : nil) { html in
            html.element("button", .attr("type", "button"), text: label)
        }
    }

    /// Distinct non-empty values in first-seen order sorted by code-point order, so output is stable.
    static func distinct(_ values: [String]) -> [String] {
        Array(Set(values.filter { !$0.isEmpty })).sorted()
    }
}
