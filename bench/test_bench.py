"""Tests of the benchmark's own parts: python3 -m unittest discover -s bench -p 'test_*.py'

They check what a reader of the results relies on: the synthetic projects are deterministic, read back
exactly, look like the seed; the Hugo site shows the same values (YAML traps included); the floor
writes what it is told to.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

BENCH = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, BENCH)
import hugo_site  # noqa: E402
import measure  # noqa: E402
import report  # noqa: E402
import synthetic  # noqa: E402


def files_of(folder):
    result = {}
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as handle:
                result[os.path.relpath(path, folder)] = handle.read()
    return result


class GenerateTests(unittest.TestCase):
    def setUp(self):
        self.temp = tempfile.mkdtemp()

    def tearDown(self):
        shutil.rmtree(self.temp)

    def generate(self, count, folder, *extra):
        subprocess.run([os.path.join(BENCH, "generate"), str(count), os.path.join(self.temp, folder), *extra],
                       check=True, stdout=subprocess.DEVNULL)
        return files_of(os.path.join(self.temp, folder))

    def test_same_count_and_seed_give_identical_files_and_another_seed_does_not(self):
        first = self.generate(300, "a", "--seed", "5")
        second = self.generate(300, "b", "--seed", "5")
        third = self.generate(300, "c", "--seed", "6")
        self.assertEqual(len(first), 300)
        self.assertEqual(first, second)
        self.assertNotEqual(first, third)

    def test_every_file_reads_back_with_the_text_keeping_loader(self):
        # --verify exits 1 when any file does not read back as generated
        self.generate(1000, "v", "--verify")

    def test_files_spread_over_years_and_units(self):
        paths = self.generate(500, "s")
        years = {path.split(os.sep)[0] for path in paths}
        units = {path.split(os.sep)[1] for path in paths}
        self.assertEqual(years, {"2021", "2022", "2023"})
        self.assertGreater(len(units), 10)

    def test_values_mix_like_the_seed_and_some_projects_carry_defects(self):
        texts = [text.decode("utf-8") for text in self.generate(2000, "m").values()]
        values = [v for text in texts for v in re.findall(r"^\s+指标值: (.*)$", text, re.M)]
        corpus = [i["value"] for p in synthetic.load_corpus() for i in p["indicators"]]

        def quantitative_share(items):
            return sum(1 for v in items if synthetic.QUANT.match(v.strip('"'))) / len(items)
        self.assertAlmostEqual(quantitative_share(values), quantitative_share(corpus), delta=0.1)
        self.assertTrue(any(v == "100百分比" for v in values))
        self.assertTrue(any(re.fullmatch(r"≤\d+", v) for v in values))
        per_project = sum(len(re.findall(r"三级指标", t)) for t in texts) / len(texts)
        self.assertAlmostEqual(per_project, 109 / 13, delta=1.5)
        self.assertTrue(any("实际完成值" in t for t in texts))
        self.assertTrue(any("预算执行数" not in t for t in texts))


@unittest.skipIf(shutil.which("hugo") is None, "hugo not installed")
class HugoSiteTests(unittest.TestCase):
    def test_hugo_shows_the_project_values_as_written_including_yaml_traps(self):
        with tempfile.TemporaryDirectory() as temp:
            content = os.path.join(temp, "content", "2022", "331202")
            os.makedirs(content)
            with open(os.path.join(content, "p1.yaml"), "w", encoding="utf-8") as handle:
                handle.write("项目名称: no\n预算单位: 331202 研究院\n预算年度: 2022\n金额单位: 万元\n"
                             "预算: {预算数: 010, 财政资金: 15.00, 其他资金: \"\"}\n资金用途: 'true'\n"
                             "绩效目标:\n  - 目标\n绩效指标:\n  产出指标:\n    数量指标:\n"
                             "      - 三级指标: 调研报告\n        绩效指标描述: published\n        指标值: \">3篇\"\n")
            site = os.path.join(temp, "site")
            ids = hugo_site.write_site(os.path.join(temp, "content"), site)
            self.assertEqual(ids, ["2022/331202/p1"])
            subprocess.run(["hugo", "--source", site, "--quiet"], check=True)
            with open(os.path.join(site, "public", hugo_site.output_path(ids[0])), encoding="utf-8") as handle:
                page = handle.read()
            for shown in ("<h1>no</h1>", "<td>010</td>", "<p>true</p>", "<td>published</td>", "<td>&gt;3篇</td>"):
                self.assertIn(shown, page)
            with open(os.path.join(site, "public", "index.html"), encoding="utf-8") as handle:
                self.assertIn("1 个项目", handle.read())


@unittest.skipIf(shutil.which("gcc") is None, "gcc not installed")
class FloorTests(unittest.TestCase):
    def test_floor_writes_the_listed_files_with_their_sizes(self):
        with tempfile.TemporaryDirectory() as temp:
            floor = os.path.join(temp, "floor")
            subprocess.run(["gcc", "-O2", "-o", floor, os.path.join(BENCH, "floor.c")], check=True)
            source = os.path.join(temp, "in.yaml")
            with open(source, "w") as handle:
                handle.write("x" * 5000)
            with open(os.path.join(temp, "inputs.list"), "w") as handle:
                handle.write(source + "\n")
            with open(os.path.join(temp, "outputs.list"), "w") as handle:
                handle.write("3000000 a/b/页面.html\n0 index.html\n")
            result = subprocess.run([floor, os.path.join(temp, "inputs.list"), os.path.join(temp, "outputs.list"),
                                     os.path.join(temp, "out")], check=True, capture_output=True, text=True)
            self.assertIn("read 5000 bytes, wrote 3000000 bytes in 2 files", result.stdout)
            self.assertEqual(os.path.getsize(os.path.join(temp, "out", "a", "b", "页面.html")), 3000000)


class ReportTests(unittest.TestCase):
    def test_targets_are_judged_at_the_largest_size_within_the_run(self):
        def size(n, jx_cold, hugo_cold, jx_edit, hugo_edit, p99):
            return {"n": n, "jixiao_cold": {"seconds": {"median": jx_cold}, "rss_kib": 50_000},
                    "hugo_cold": {"seconds": {"median": hugo_cold}, "rss_kib": 400_000},
                    "floor": {"seconds": {"median": 0.1}},
                    "jixiao_watch": {"edit_ms": {"median": jx_edit, "p99": p99}, "daemon_hwm_kib": 60_000,
                                     "settle_ms": 30},
                    "hugo_server": {"edit_ms": {"median": hugo_edit}, "daemon_hwm_kib": 200_000}}
        sizes = [size(13, 0.05, 0.1, 35, 400, 50), size(10000, 2.0, 6.5, 120, 900, 250)]
        targets = report.targets(sizes)
        self.assertEqual(targets["at_n"], 10000)
        self.assertTrue(targets["cold_build_at_least_3x_faster_than_hugo"]["met"])
        self.assertFalse(targets["edit_median_at_least_10x_faster_than_hugo_server"]["met"])
        self.assertFalse(targets["edit_p99_under_200ms_including_settle"]["met"])
        self.assertTrue(targets["build_peak_rss_at_most_quarter_of_hugo"]["met"])
        self.assertFalse(targets["daemon_peak_rss_at_most_quarter_of_hugo_server"]["met"])
        self.assertFalse(targets["edit_at_largest_at_most_3x_edit_at_smallest"]["met"])
        self.assertAlmostEqual(targets["edit_work_at_largest_at_most_3x_at_smallest_less_settle"]["value"], 18)


if __name__ == "__main__":
    unittest.main()


class ColdRunTests(unittest.TestCase):
    def test_each_cold_run_gets_a_new_empty_folder_and_nothing_is_deleted_meanwhile(self):
        temp = tempfile.mkdtemp()
        try:
            target = os.path.join(temp, "out")
            os.makedirs(target)  # left from an earlier run: removed before the first timing
            script = "import os,sys; d=sys.argv[1]; print(len(os.listdir(d)) if os.path.exists(d) else -1); " \
                     "os.makedirs(d, exist_ok=True); open(os.path.join(d, 'page.html'), 'w').write('x')"
            result, leftovers = measure.cold_runs(3, target, lambda folder: [sys.executable, "-c", script, folder])
            self.assertEqual([run["output"] for run in result["runs"]], [["-1"], ["-1"], ["-1"]])
            self.assertEqual(leftovers, [target + ".cold0", target + ".cold1"])
            for folder in leftovers + [target]:
                self.assertTrue(os.path.exists(os.path.join(folder, "page.html")), folder)
            self.assertFalse(os.path.exists(target + ".cold2"))
        finally:
            shutil.rmtree(temp)
