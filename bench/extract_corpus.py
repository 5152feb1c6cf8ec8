#!/usr/bin/env python3
"""Extract the 13 seed tables into bench/corpus.json, the pool the synthetic generator draws from.

Run once (the output is committed): python3 bench/extract_corpus.py SEED.txt > bench/corpus.json
The seed is the text export of the Word tables: `[bookmark: …]N.TITLE` starts a table, cells are
tab-led lines, a line without a leading tab continues the previous cell, blank lines separate rows.
"""
import json
import re
import sys

HEADER = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"]


def cells_of(lines):
    cells = []
    for line in lines:
        if line.startswith("\t"):
            cells.append(line[1:])
        elif line.strip() == "":
            continue
        elif cells:
            cells[-1] += "\n" + line
    return [re.sub(r"\[bookmark: [^\]]*\]", "", c).strip() for c in cells]


def parse_table(lines):
    cells = cells_of(lines)
    project = {"unit": cells[0]}
    i = cells.index("项目名称")
    project["name"] = cells[i + 1]
    i = cells.index("预算数")
    project["total"] = cells[i + 1]
    project["fiscal"] = cells[i + 3]
    project["other"] = cells[i + 5]
    project["purpose"] = cells[i + 7]
    g = cells.index("绩效目标")
    goals = cells[g + 1]
    project["goals"] = [re.sub(r"^\d+[.、．]\s*", "", x).strip() for x in goals.split("\n") if x.strip()]
    h = cells.index(HEADER[0])
    rows = cells[h + 5:]
    indicators = []
    level1 = ""
    for k in range(0, len(rows) - len(rows) % 5, 5):
        l1, l2, name, desc, value = rows[k:k + 5]
        if l1:
            level1 = l1
        indicators.append({"level1": level1, "level2": l2, "name": name, "description": desc, "value": value})
    project["indicators"] = indicators
    return project


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    chunks = re.split(r"^\s*\[bookmark: [^\]]*\]\d+\.", text, flags=re.M)[1:]
    projects = [parse_table(chunk.split("\n")[1:]) for chunk in chunks]
    json.dump({"source": "shared/seed/000_13db869fc1a32b4a.txt", "projects": projects},
              sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
