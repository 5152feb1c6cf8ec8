"""Synthetic projects drawn from the 13 seed tables (bench/corpus.json), deterministic for a seed.

Every choice goes through one random.Random(seed), in a fixed order, so the same N and seed give
byte-identical files. Structure (categories per table), text (seed sentences with their topic words
swapped), value mix (quantitative / deadline / qualitative, as in the seed) and budgets come from the
seed; a few percent of projects get one of the defects reviewers flag (domain.md §4).
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
YEARS = [2021, 2022, 2023]
CITIES = ["天津市", "河北省", "北京市", "山西省", "内蒙古自治区", "辽宁省", "山东省", "河南省"]
DISTRICTS = ["", "和平区", "河西区", "南开区", "滨海新区", "武清区", "宝坻区", "静海区", "蓟州区", "西青区"]
ORGS = ["科学技术发展战略研究院", "科学技术局", "农业农村委员会", "教育委员会", "卫生健康委员会",
        "生态环境局", "工业和信息化局", "文化和旅游局", "市场监督管理局", "科技创新服务中心",
        "技术市场服务中心", "人才发展服务中心", "数据管理中心", "应急管理局", "水务局"]
ENTITIES = ["海河实验室", "创新平台", "重点实验室", "产业技术研究院", "大学科技园", "孵化器",
            "众创空间", "新型研发机构", "科技型企业", "工程技术中心"]
TOPICS = ["科技", "农业科技", "生态环境", "人才", "技术市场", "创新创业", "数字经济", "智能制造",
          "生物医药", "新能源", "知识产权", "科普", "成果转化", "产学研合作"]
QUANT = re.compile(r"^(≥|≤|>|<|=|大于|小于|不少于|不超过)?(\d+(?:\.\d+)?)(个|张|家|篇|册|次|项|份|本|人次|人|场|万元|万|%|百分比)$")
LAST_QUANTITY = re.compile(r"(\d+(?:\.\d+)?)(人次|个|张|家|篇|册|次|项|份|本|人|场|万元|万|%)")
DEFECTS = ["no_unit", "percent_word", "description_is_name", "budget_sum_off", "cost_above_budget"]
DEFECT_RATE = 0.05


def load_corpus():
    with open(os.path.join(HERE, "corpus.json"), encoding="utf-8") as handle:
        return json.load(handle)["projects"]


class Generator:
    """Draws projects one after another from one random stream."""

    def __init__(self, count, seed):
        self.rng = random.Random(seed)
        self.count = count
        self.corpus = load_corpus()
        self.pools = {}
        for project in self.corpus:
            for indicator in project["indicators"]:
                self.pools.setdefault(indicator["level2"], []).append(indicator)
        self.units = self._units(max(3, count // 25))

    def _units(self, count):
        units, codes = [], set()
        while len(units) < count:
            code = f"{self.rng.randint(110000, 659999)}"
            if code in codes:
                continue
            codes.add(code)
            name = self.rng.choice(CITIES) + self.rng.choice(DISTRICTS) + self.rng.choice(ORGS)
            units.append((code, name))
        return units

    # Text: seed sentences with their topic words and years swapped, so lengths stay realistic.
    def _text(self, text, year, city):
        text = text.replace("2022", str(year)).replace("天津市", city).replace("我市", "本地区")
        for word in ("海河实验室", "创新平台"):
            if word in text:
                text = text.replace(word, self.rng.choice(ENTITIES))
        return text.replace("科技统计", self.rng.choice(TOPICS) + "统计")

    def _value(self, value, level2, year):
        match = QUANT.match(value)
        if match is None:
            if "2022" in value or re.fullmatch(r"<?\d+月", value):
                return value.replace("2022", str(year))
            return value
        comparator, number, unit = match.group(1) or "", float(match.group(2)), match.group(3)
        if unit in ("%", "百分比"):
            drawn = self.rng.choice([80, 85, 90, 95, 98, 99, 100])
        else:
            drawn = max(1, round(number * self.rng.uniform(0.5, 2.0)))
        return f"{comparator}{drawn}{unit}"

    def _skeleton(self, template):
        rows = [(i["level1"], i["level2"]) for i in template["indicators"]]
        if self.rng.random() < 0.4:
            extra = self.rng.choice([r for r in rows if r[1] in ("数量指标", "质量指标")] or rows)
            rows.insert(rows.index(extra), extra)
        elif self.rng.random() < 0.2 and len(rows) > 5:
            candidates = [k for k, r in enumerate(rows) if rows.count(r) > 1]
            if candidates:
                rows.pop(self.rng.choice(candidates))
        if self.rng.random() < 0.1:  # the 2021 framework: cost as a level-1 category
            rows = [("成本指标", "经济成本指标") if r[1] == "成本指标" else r for r in rows]
            rows.sort(key=lambda r: r[0] == "成本指标")
        return rows

    def project(self, index):
        rng = self.rng
        template = rng.choice(self.corpus)
        year = rng.choice(YEARS)
        code, unit_name = rng.choice(self.units)
        city = next((c for c in CITIES if unit_name.startswith(c)), "天津市")
        topic = rng.choice(TOPICS)
        name = self._text(template["name"], year, city)
        # A serial number keeps names unique, as they are within one unit and year in real filings.
        name = f"{name}（{topic}第{index + 1}期）" if rng.random() < 0.7 else f"{year}年度{topic}{name}（{index + 1}）"
        total = round(float(template["total"]) * rng.lognormvariate(0, 0.6), 2)
        other = round(total * rng.choice([0, 0, 0, 0, 0.1, 0.2, 0.3]), 2)
        fiscal = round(total - other, 2)
        indicators = []
        for level1, level2 in self._skeleton(template):
            pool = self.pools.get(level2) or self.pools["成本指标"]
            seed_indicator = rng.choice(pool)
            indicators.append({
                "level1": level1, "level2": level2,
                "name": self._text(seed_indicator["name"], year, city),
                "description": self._text(seed_indicator["description"], year, city),
                "value": self._value(seed_indicator["value"], level2, year),
            })
        project = {
            "name": name, "unit": f"{code}{unit_name}", "year": str(year), "money_unit": "万元",
            "budget": {"预算数": f"{total:.2f}", "财政资金": f"{fiscal:.2f}",
                       "其他资金": f"{other:.2f}" if other else "\"\""},
            "purpose": self._text(template["purpose"], year, city),
            "goals": [self._text(g, year, city) for g in template["goals"]],
            "indicators": indicators, "executed": None,
            "path": f"{year}/{code}/p{index:06d}.yaml",
        }
        if rng.random() < DEFECT_RATE:
            self._defect(project, rng.choice(DEFECTS), total)
        if year == 2021 or (year == 2022 and rng.random() < 0.5):
            self._year_end(project, total)
        return project

    def _defect(self, project, kind, total):
        indicators = project["indicators"]
        if kind == "no_unit":
            for indicator in indicators:
                match = QUANT.match(indicator["value"])
                if match and match.group(3) not in ("%", "百分比"):
                    indicator["value"] = f"{match.group(1) or '≤'}{match.group(2)}"
                    return
        elif kind == "percent_word":
            for indicator in indicators:
                if indicator["value"].endswith("%"):
                    indicator["value"] = "100百分比"
                    return
            indicators[0]["value"] = "100百分比"
        elif kind == "description_is_name":
            self.rng.choice(indicators)["description"] = self.rng.choice(indicators)["name"]
        elif kind == "budget_sum_off":
            project["budget"]["财政资金"] = f"{float(project['budget']['财政资金']) * 0.9:.2f}"
        elif kind == "cost_above_budget":
            for indicator in indicators:
                if indicator["level2"] in ("成本指标", "经济成本指标"):
                    indicator["value"] = f"<{int(total * 1.2) + 1}万元"
                    return

    def _year_end(self, project, total):
        rng = self.rng
        project["executed"] = f"{total * rng.uniform(0.8, 1.0):.2f}"
        year = project["year"]
        for indicator in project["indicators"]:
            value = indicator["value"]
            match = QUANT.match(value)
            loose = LAST_QUANTITY.findall(value)
            missed = False
            if match or loose:
                number, unit = (float(match.group(2)), match.group(3)) if match else (float(loose[-1][0]), loose[-1][1])
                comparator = (match.group(1) or "") if match else "≥"
                reverse = comparator in ("≤", "<", "小于", "不超过")
                strict = comparator in (">", "<", "大于", "小于")
                missed = rng.random() < 0.2
                factor = (1.25 if reverse else 0.8) if missed else rng.choice([1.0, 1.1, 1.3])
                if reverse and not missed:
                    factor = 1 / factor
                actual = max(0, round(number * factor))
                if strict and not missed and actual == number:
                    actual = number - 1 if reverse else number + 1
                if unit in ("%", "百分比"):
                    actual = min(actual, 100)
                indicator["actual"] = f"{actual:g}{unit}"
            elif re.search(r"\d+月", value):
                indicator["actual"] = f"{year}年{rng.choice([10, 11, 12])}月"
            else:
                outcome = rng.choice(["达成年度指标", "达成年度指标", "部分达成年度指标"])
                missed = outcome != "达成年度指标"
                indicator["actual"] = outcome
            if missed and rng.random() < 0.8:
                indicator["reason"] = rng.choice(["受疫情影响部分活动改为线上开展", "合作单位计划调整，部分工作顺延至下一年度",
                                                  "实际需求低于预期"])


# YAML: plain scalars where plain is safe, double-quoted (JSON escapes are valid YAML) elsewhere.
UNSAFE_START = set("-?:,[]{}#&*!|>'\"%@` ")


def scalar(text):
    if (text == "" or text != text.strip() or text[0] in UNSAFE_START or "\n" in text or "\t" in text
            or ": " in text or " #" in text or text.endswith(":")):
        return json.dumps(text, ensure_ascii=False)
    return text


def to_yaml(project):
    lines = [
        f"项目名称: {scalar(project['name'])}",
        f"预算单位: {scalar(project['unit'])}",
        f"预算年度: {project['year']}",
        f"金额单位: {project['money_unit']}",
        "预算: {" + ", ".join(f"{k}: {v}" for k, v in project["budget"].items()) + "}",
        f"资金用途: {scalar(project['purpose'])}",
        "绩效目标:",
    ]
    lines += [f"  - {scalar(goal)}" for goal in project["goals"]]
    lines.append("绩效指标:")
    grouped = {}
    for indicator in project["indicators"]:
        grouped.setdefault(indicator["level1"], {}).setdefault(indicator["level2"], []).append(indicator)
    for level1, level2s in grouped.items():
        lines.append(f"  {level1}:")
        for level2, items in level2s.items():
            lines.append(f"    {level2}:")
            for item in items:
                lines.append(f"      - 三级指标: {scalar(item['name'])}")
                lines.append(f"        绩效指标描述: {scalar(item['description'])}")
                lines.append(f"        指标值: {scalar(item['value'])}")
                if "actual" in item:
                    lines.append(f"        实际完成值: {scalar(item['actual'])}")
                if "reason" in item:
                    lines.append(f"        偏差原因: {scalar(item['reason'])}")
    if project["executed"] is not None:
        lines.append(f"预算执行数: {project['executed']}")
    return "\n".join(lines) + "\n"


def expected_document(project):
    """What a YAML loader that keeps every scalar as text must read back from to_yaml(project)."""
    indicators = {}
    for item in project["indicators"]:
        entry = {"三级指标": item["name"], "绩效指标描述": item["description"], "指标值": item["value"]}
        if "actual" in item:
            entry["实际完成值"] = item["actual"]
        if "reason" in item:
            entry["偏差原因"] = item["reason"]
        indicators.setdefault(item["level1"], {}).setdefault(item["level2"], []).append(entry)
    document = {"项目名称": project["name"], "预算单位": project["unit"], "预算年度": project["year"],
                "金额单位": project["money_unit"],
                "预算": {k: ("" if v == '""' else v) for k, v in project["budget"].items()},
                "资金用途": project["purpose"], "绩效目标": list(project["goals"]), "绩效指标": indicators}
    if project["executed"] is not None:
        document["预算执行数"] = project["executed"]
    return document


def generate(count, seed):
    """Yields (relative path, project) for count projects."""
    generator = Generator(count, seed)
    for index in range(count):
        project = generator.project(index)
        yield project["path"], project
