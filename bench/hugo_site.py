"""The equivalent Hugo site: the same projects as Hugo content pages, data in front matter.

Every value is a double-quoted string (Hugo's YAML would turn `no` into false and `010` into 8), and
the project data sits under one nested key, `jixiao`, so it never meets Hugo's reserved front-matter
keys (`title`, `date`, `published`, …). Only `title` is set at the top, to the project name.
The layouts render the same table as a project page (budget, goals, indicators), a list per
section and an index of every project, which is the aggregate page Hugo rebuilds on each edit.
"""
import json
import os

CONFIG = """baseURL = "http://localhost/"
title = "绩效目标表"
languageCode = "zh-cn"
uglyURLs = true
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
"""

BASEOF = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>{{ block "main" . }}{{ end }}</body></html>
"""

SINGLE = """{{ define "main" }}{{ with .Params.jixiao }}
<h1>{{ .name }}</h1>
<table class="budget">
<tr><th>预算单位</th><td>{{ .unit }}</td><th>预算年度</th><td>{{ .year }}</td></tr>
<tr><th>预算数（{{ .moneyunit }}）</th><td>{{ .budget.total }}</td><th>财政资金</th><td>{{ .budget.fiscal }}</td></tr>
<tr><th>其他资金</th><td>{{ .budget.other }}</td><th>预算执行数</th><td>{{ .executed }}</td></tr>
</table>
<h2>资金用途</h2><p>{{ .purpose }}</p>
<h2>绩效目标</h2><ol>{{ range .goals }}<li>{{ . }}</li>{{ end }}</ol>
<h2>绩效指标</h2>
<table class="indicators">
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>绩效指标描述</th><th>指标值</th><th>实际完成值</th><th>偏差原因</th></tr>
{{ range .indicators }}<tr><td>{{ .level1 }}</td><td>{{ .level2 }}</td><td>{{ .name }}</td><td>{{ .description }}</td><td>{{ .value }}</td><td>{{ .actual }}</td><td>{{ .reason }}</td></tr>
{{ end }}</table>
{{ end }}{{ end }}
"""

ROW = """<tr><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td><td>{{ .Params.jixiao.unit }}</td><td>{{ .Params.jixiao.year }}</td><td>{{ .Params.jixiao.budget.total }}</td><td>{{ len .Params.jixiao.indicators }}</td></tr>"""

LIST = """{{ define "main" }}<h1>{{ .Title }}</h1>
<table><tr><th>项目名称</th><th>预算单位</th><th>预算年度</th><th>预算数</th><th>指标数</th></tr>
{{ range .Pages }}""" + ROW + """
{{ end }}</table>{{ end }}
"""

INDEX = """{{ define "main" }}<h1>{{ .Site.Title }}</h1><p>{{ len .Site.RegularPages }} 个项目</p>
<table><tr><th>项目名称</th><th>预算单位</th><th>预算年度</th><th>预算数</th><th>指标数</th></tr>
{{ range .Site.RegularPages }}""" + ROW + """
{{ end }}</table>{{ end }}
"""


def quoted(text):
    return json.dumps(text, ensure_ascii=False)


def front_matter(document):
    """Hugo page text for one project document (as read by a loader that keeps scalars as text)."""
    budget = document.get("预算", {})
    lines = ["---", f"title: {quoted(document.get('项目名称', ''))}", "jixiao:",
             f"  name: {quoted(document.get('项目名称', ''))}",
             f"  unit: {quoted(document.get('预算单位', ''))}",
             f"  year: {quoted(document.get('预算年度', ''))}",
             f"  moneyunit: {quoted(document.get('金额单位', ''))}",
             f"  budget: {{total: {quoted(budget.get('预算数', ''))}, fiscal: {quoted(budget.get('财政资金', ''))}, "
             f"other: {quoted(budget.get('其他资金', ''))}}}",
             f"  executed: {quoted(document.get('预算执行数', ''))}",
             f"  purpose: {quoted(document.get('资金用途', ''))}",
             "  goals:"]
    lines += [f"    - {quoted(goal)}" for goal in document.get("绩效目标", [])]
    lines.append("  indicators:")
    for level1, level2s in document.get("绩效指标", {}).items():
        for level2, items in level2s.items():
            for item in items:
                fields = {"level1": level1, "level2": level2, "name": item.get("三级指标", ""),
                          "description": item.get("绩效指标描述", ""), "value": item.get("指标值", ""),
                          "actual": item.get("实际完成值", ""), "reason": item.get("偏差原因", "")}
                lines.append("    - {" + ", ".join(f"{k}: {quoted(v)}" for k, v in fields.items()) + "}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def write_skeleton(site):
    files = {"config.toml": CONFIG, "layouts/_default/baseof.html": BASEOF,
             "layouts/_default/single.html": SINGLE, "layouts/_default/list.html": LIST,
             "layouts/index.html": INDEX,
             "content/projects/_index.md": '---\ntitle: "全部项目"\n---\n'}
    for relative, text in files.items():
        path = os.path.join(site, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)


def page_path(project_id):
    """Content file for a project id (its path under content/ without .yaml)."""
    return os.path.join("content", "projects", project_id + ".md")


def output_path(project_id):
    """Rendered page for a project id (uglyURLs: one .html per page, like jixiao)."""
    return os.path.join("projects", project_id + ".html")


def write_site(content, site):
    """Converts every .yaml under content into a Hugo site at site; returns the project ids."""
    import yaml
    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    write_skeleton(site)
    ids = []
    for root, _, files in os.walk(content):
        for name in sorted(files):
            if not name.endswith(".yaml"):
                continue
            source = os.path.join(root, name)
            project_id = os.path.relpath(source, content)[:-len(".yaml")]
            with open(source, encoding="utf-8") as handle:
                document = yaml.load(handle, Loader=loader)
            target = os.path.join(site, page_path(project_id))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8") as handle:
                handle.write(front_matter(document))
            ids.append(project_id)
    return sorted(ids)
