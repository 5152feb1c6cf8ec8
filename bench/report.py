"""Ratios, the issue's targets and the printed table, all from one run's results."""


def _get(result, *keys):
    for key in keys:
        if not isinstance(result, dict) or key not in result:
            return None
        result = result[key]
    return result


def _ratio(a, b):
    return a / b if a is not None and b else None


def ratios(sizes):
    rows = []
    smallest = sizes[0] if sizes else None
    for result in sizes:
        jx_cold = _get(result, "jixiao_cold", "seconds", "median")
        jx_edit = _get(result, "jixiao_watch", "edit_ms", "median")
        rows.append({
            "n": result["n"],
            "hugo_cold_over_jixiao_cold": _ratio(_get(result, "hugo_cold", "seconds", "median"), jx_cold),
            "hugo_warm_over_jixiao_warm": _ratio(_get(result, "hugo_warm", "seconds", "median"),
                                                 _get(result, "jixiao_warm", "seconds", "median")),
            "jixiao_cold_over_floor": _ratio(jx_cold, _get(result, "floor", "seconds", "median")),
            "hugo_cold_over_floor": _ratio(_get(result, "hugo_cold", "seconds", "median"),
                                           _get(result, "floor", "seconds", "median")),
            "hugo_edit_over_jixiao_edit": _ratio(_get(result, "hugo_server", "edit_ms", "median"), jx_edit),
            "hugo_build_rss_over_jixiao_build_rss": _ratio(_get(result, "hugo_cold", "rss_kib"),
                                                           _get(result, "jixiao_cold", "rss_kib")),
            "hugo_server_hwm_over_jixiao_watch_hwm": _ratio(_get(result, "hugo_server", "daemon_hwm_kib"),
                                                            _get(result, "jixiao_watch", "daemon_hwm_kib")),
            "jixiao_edit_over_smallest_size_edit": None if result is smallest else _ratio(
                jx_edit, _get(smallest, "jixiao_watch", "edit_ms", "median")),
        })
    return rows


def targets(sizes):
    """The issue's targets, judged at the largest size of the run."""
    if not sizes:
        return {}
    largest = sizes[-1]
    row = ratios(sizes)[-1]
    p99 = _get(largest, "jixiao_watch", "edit_ms", "p99")

    def judged(value, ok):
        return {"value": value, "met": None if value is None else ok(value)}
    return {
        "at_n": largest["n"],
        "cold_build_at_least_3x_faster_than_hugo": judged(row["hugo_cold_over_jixiao_cold"], lambda v: v >= 3),
        "edit_median_at_least_10x_faster_than_hugo_server": judged(row["hugo_edit_over_jixiao_edit"],
                                                                   lambda v: v >= 10),
        "edit_p99_under_200ms_including_settle": judged(p99, lambda v: v < 200),
        "build_peak_rss_at_most_quarter_of_hugo": judged(row["hugo_build_rss_over_jixiao_build_rss"],
                                                         lambda v: v >= 4),
        "daemon_peak_rss_at_most_quarter_of_hugo_server": judged(row["hugo_server_hwm_over_jixiao_watch_hwm"],
                                                                 lambda v: v >= 4),
        "edit_at_largest_at_most_3x_edit_at_smallest": judged(row["jixiao_edit_over_smallest_size_edit"],
                                                              lambda v: v <= 3),
    }


def _s(value, digits=2):
    return "–" if value is None else f"{value:.{digits}f}"


def _mb(kib):
    return "–" if kib is None else f"{kib / 1024:.0f}"


def table(results):
    lines = [
        "| N | jixiao cold s | jixiao warm s | jixiao build RSS MB | floor s | hugo cold s | hugo warm s "
        "| hugo RSS MB | hugo/jixiao cold | jixiao/floor | jixiao edit ms med / p99 | hugo server edit ms med / p99 "
        "| hugo/jixiao edit | watch HWM MB | hugo server HWM MB |",
        "|---:" * 15 + "|",
    ]
    for result, row in zip(results["sizes"], results["ratios"]):
        jw, hs = result.get("jixiao_watch", {}), result.get("hugo_server", {})
        lines.append("| " + " | ".join([
            f"{result['n']:,}",
            _s(_get(result, "jixiao_cold", "seconds", "median"), 3),
            _s(_get(result, "jixiao_warm", "seconds", "median"), 3),
            _mb(_get(result, "jixiao_cold", "rss_kib")),
            _s(_get(result, "floor", "seconds", "median"), 3),
            _s(_get(result, "hugo_cold", "seconds", "median"), 3),
            _s(_get(result, "hugo_warm", "seconds", "median"), 3),
            _mb(_get(result, "hugo_cold", "rss_kib")),
            _s(row["hugo_cold_over_jixiao_cold"], 1) + "×",
            _s(row["jixiao_cold_over_floor"], 1) + "×",
            f"{_s(_get(jw, 'edit_ms', 'median'), 1)} / {_s(_get(jw, 'edit_ms', 'p99'), 1)} (n={_get(jw, 'edit_ms', 'n')})",
            f"{_s(_get(hs, 'edit_ms', 'median'), 1)} / {_s(_get(hs, 'edit_ms', 'p99'), 1)} (n={_get(hs, 'edit_ms', 'n')})",
            _s(row["hugo_edit_over_jixiao_edit"], 1) + "×",
            _mb(jw.get("daemon_hwm_kib")),
            _mb(hs.get("daemon_hwm_kib")),
        ]) + " |")
    lines.append("")
    lines.append(f"targets at N={results['targets'].get('at_n')}:")
    for name, verdict in results["targets"].items():
        if isinstance(verdict, dict):
            mark = {True: "met", False: "MISSED", None: "not measured"}[verdict["met"]]
            lines.append(f"  {name}: {_s(verdict['value'])} → {mark}")
    return "\n".join(lines)
