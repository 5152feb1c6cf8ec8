#!/usr/bin/env python3
"""Drive headless Chromium over the DevTools protocol through a rendered Jixiao site.

Usage: check_site.py --site DIR --artifacts DIR [--fixture] [--chromium PATH]

Opens file://DIR/index.html, sorts, filters and searches the project table, opens project pages,
checks the merged cells, loads the hostile (XSS) page, and fails on any console error, exception,
CSP violation or JavaScript dialog. Screenshots (PNG) go to the artifacts folder.
With --fixture it also checks the exact rows of the site the Swift BrowserTests render.
Exit status 0 means every check passed; failures are listed on stderr.
"""
import argparse
import base64
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse

try:
    import websocket  # pip install websocket-client
except ImportError:
    print("FAIL: the Python package websocket-client is missing: pip install websocket-client", file=sys.stderr)
    sys.exit(1)


class Failure(Exception):
    pass


class DevTools:
    """A minimal CDP client over the browser endpoint with flattened sessions."""

    def __init__(self, url):
        self.ws = websocket.create_connection(url, timeout=60, suppress_origin=True, enable_multithread=False)
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None, timeout=60):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.ws.send(json.dumps(message))
        deadline = time.time() + timeout
        while time.time() < deadline:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise Failure(f"{method} failed: {reply['error']}")
                return reply.get("result", {})
            self._record(reply)
        raise Failure(f"{method}: no reply within {timeout}s")

    def _record(self, message):
        if "method" in message:
            self.events.append(message)
            # A dialog blocks the page: close it at once, and remember it happened.
            if message["method"] == "Page.javascriptDialogOpening":
                self.ws.send(json.dumps({"id": 0, "method": "Page.handleJavaScriptDialog",
                                         "params": {"accept": False}, "sessionId": message.get("sessionId")}))

    def wait_for(self, method, timeout=30, since=0):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for event in self.events[since:]:
                if event["method"] == method:
                    return event
            self.ws.settimeout(max(0.1, deadline - time.time()))
            try:
                self._record(json.loads(self.ws.recv()))
            except websocket.WebSocketTimeoutException:
                break
            finally:
                self.ws.settimeout(60)
        raise Failure(f"no {method} within {timeout}s")

    def drain(self, seconds=0.3):
        """Collect whatever events arrive in a short quiet period."""
        self.ws.settimeout(seconds)
        try:
            while True:
                self._record(json.loads(self.ws.recv()))
        except websocket.WebSocketTimeoutException:
            pass
        finally:
            self.ws.settimeout(60)


class Page:
    def __init__(self, tools, session):
        self.tools = tools
        self.session = session

    def call(self, method, params=None):
        return self.tools.send(method, params, self.session)

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise Failure(f"script failed: {expression[:80]}… {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def open(self, url):
        mark = len(self.tools.events)
        self.call("Page.navigate", {"url": url})
        self.tools.wait_for("Page.loadEventFired", since=mark)
        self.tools.drain()

    def click(self, selector):
        """A real mouse click in the middle of the element's first box (a wrapped link has several)."""
        box = self.evaluate(
            "(() => { const e = document.querySelector(%s); if (!e) return null; e.scrollIntoView({block: 'center'});"
            " const r = e.getClientRects()[0] || e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()"
            % json.dumps(selector))
        if not box:
            raise Failure(f"nothing to click at {selector}")
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", {"type": kind, "x": box[0], "y": box[1], "button": "left", "clickCount": 1})
        self.tools.drain(0.2)

    def type_into(self, selector, text):
        self.evaluate("(() => { const e = document.querySelector(%s); e.focus(); e.select(); })()" % json.dumps(selector))
        self.call("Input.insertText", {"text": text})
        self.tools.drain(0.2)

    def choose(self, selector, value):
        self.evaluate("(() => { const e = document.querySelector(%s); e.value = %s;"
                      " e.dispatchEvent(new Event('change', {bubbles: true})); })()" % (json.dumps(selector), json.dumps(value)))
        self.tools.drain(0.1)

    def screenshot(self, path, full=True):
        params = {"format": "png"}
        if full:
            metrics = self.call("Page.getLayoutMetrics")
            size = metrics.get("cssContentSize") or metrics["contentSize"]
            params.update({"captureBeyondViewport": True,
                           "clip": {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 8000), "scale": 1}})
        data = self.call("Page.captureScreenshot", params)["data"]
        with open(path, "wb") as handle:
            handle.write(base64.b64decode(data))


def visible_rows(page, table):
    return page.evaluate(
        "Array.from(document.querySelectorAll('#%s tbody tr')).filter(r => !r.hidden && r.offsetParent !== null)"
        ".map(r => ({name: r.cells[0].textContent.trim(), grade: r.dataset.grade, errors: r.dataset.errors,"
        " rule: r.dataset.rule, severity: r.dataset.severity}))" % table)


def launch(chromium, profile):
    process = subprocess.Popen(
        [chromium, "--headless=new", "--no-sandbox", "--remote-debugging-port=0", f"--user-data-dir={profile}",
         "--remote-allow-origins=*", "--no-first-run", "--no-default-browser-check", "--disable-gpu",
         "--disable-extensions", "--disable-background-networking", "--disable-sync", "--hide-scrollbars",
         "--window-size=1280,900", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    port_file = os.path.join(profile, "DevToolsActivePort")
    deadline = time.time() + 60
    while time.time() < deadline:
        if process.poll() is not None:
            raise Failure(f"chromium exited with {process.returncode}")
        if os.path.exists(port_file):
            lines = open(port_file).read().split("\n")
            if len(lines) >= 2 and lines[0].strip() and lines[1].strip():
                return process, f"ws://127.0.0.1:{lines[0].strip()}{lines[1].strip()}"
        time.sleep(0.1)
    raise Failure("chromium did not write DevToolsActivePort within 60s")


def stop(process):
    # The browser and its helpers share the session we gave it; end exactly that group.
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def problems_in(events):
    """Console errors/warnings, exceptions, CSP violations and dialogs seen so far."""
    found = []
    for event in events:
        method, params = event["method"], event.get("params", {})
        if method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            found.append("exception: " + (details.get("exception", {}).get("description") or details.get("text", "")))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
            found.append("console %s: %s" % (params["type"], " ".join(str(a.get("value", a.get("description", "")))
                                                                     for a in params.get("args", []))))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") in ("error", "warning"):
            entry = params["entry"]
            found.append(f"log {entry.get('source')} {entry['level']}: {entry.get('text')} ({entry.get('url', '')})")
        elif method == "Page.javascriptDialogOpening":
            found.append(f"dialog opened: {params.get('type')} {params.get('message')}")
    return found


def run(args):
    site = os.path.abspath(args.site)
    artifacts = os.path.abspath(args.artifacts)
    os.makedirs(artifacts, exist_ok=True)
    base = "file://" + urllib.parse.quote(site) + "/"
    checks = []

    def check(condition, message):
        checks.append(message)
        if not condition:
            raise Failure(message)

    profile = tempfile.mkdtemp(prefix="jixiao-chromium-")
    process, endpoint = launch(args.chromium, profile)
    try:
        tools = DevTools(endpoint)
        target = tools.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = tools.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(tools, session)
        for domain in ("Page", "Runtime", "Log"):
            page.call(domain + ".enable")
        page.call("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False})

        # Overview: styles and script load under the CSP from file://.
        page.open(base + "index.html")
        font = page.evaluate("getComputedStyle(document.body).fontFamily")
        check("PingFang SC" in font and "WenQuanYi Micro Hei" in font, f"site.css applies under the CSP (font-family: {font})")
        count = page.evaluate("document.querySelector('.filter-count').textContent")
        check(count.startswith("显示 "), f"site.js runs under the CSP (count: {count!r})")
        check(page.evaluate("document.querySelectorAll('svg .bar title').length") > 0, "charts have tooltips")
        check(page.evaluate("document.documentElement.lang") == "zh-CN", "lang is zh-CN")
        page.screenshot(os.path.join(artifacts, "index.png"))

        # Sort by budget: first click ascending, second descending.
        budget_column = page.evaluate(
            "Array.from(document.querySelectorAll('#projects-table thead th')).findIndex(th => th.textContent.includes('预算数'))")
        read_budgets = ("Array.from(document.querySelectorAll('#projects-table tbody tr')).map(r => r.cells[%d].dataset.value)"
                        ".map(v => v === '' ? null : parseFloat(v))" % budget_column)
        selector = "#projects-table thead th:nth-child(%d) button" % (budget_column + 1)
        page.click(selector)
        ascending = page.evaluate(read_budgets)
        numbers = [v for v in ascending if v is not None]
        check(numbers == sorted(numbers) and ascending[:ascending.count(None)] == [None] * ascending.count(None),
              f"budget sorts ascending on first click {ascending}")
        page.click(selector)
        descending = page.evaluate(read_budgets)
        numbers = [v for v in descending if v is not None]
        check(numbers == sorted(numbers, reverse=True), f"budget sorts descending on second click {descending}")
        check(page.evaluate("document.querySelector('%s').parentElement.getAttribute('aria-sort')" % selector) == "descending",
              "aria-sort tells the direction")

        # Filter by grade: exactly the rows of that grade stay (优 in the fixture, else the first grade present).
        all_rows = visible_rows(page, "projects-table")
        grade = "优" if args.fixture else all_rows[0]["grade"]
        page.choose("select[data-filter=grade]", grade)
        rows = visible_rows(page, "projects-table")
        check(rows and rows == [r for r in all_rows if r["grade"] == grade], f"grade filter keeps only {grade} rows {rows}")
        page.choose("select[data-filter=grade]", "")

        # Only files with errors (a real click on the checkbox).
        page.click("input[data-filter=errors]")
        rows = visible_rows(page, "projects-table")
        check(rows == [r for r in all_rows if r["errors"] == "yes"] and (rows or not args.fixture),
              f"has-errors filter keeps only rows with errors {rows}")
        page.screenshot(os.path.join(artifacts, "index-filtered.png"))
        page.click("input[data-filter=errors]")

        # Chinese search typed into the box.
        term = "海河实验室" if args.fixture else next((r["name"][:4] for r in all_rows if r["name"][:1] > "\u4e00"), all_rows[0]["name"][:4])
        page.type_into("input[data-search]", term)
        rows = visible_rows(page, "projects-table")
        check(rows and all(term.lower() in r["name"].lower() for r in rows[:1]), f"search {term} finds its project {rows}")
        if args.fixture:
            check([r["name"] for r in rows] == ["海河实验室联盟"], "search finds exactly one project")
        page.type_into("input[data-search]", "不存在的项目")
        check(visible_rows(page, "projects-table") == [], "search for an absent name shows no row")
        check("显示 0 / " in page.evaluate("document.querySelector('.filter-count').textContent"), "count says 0 shown")
        page.type_into("input[data-search]", "")

        # Open a project page through its link (percent-encoded Chinese path on disk).
        link = page.evaluate("Array.from(document.querySelectorAll('#projects-table tbody a'))"
                             ".map(a => a.getAttribute('href')).find(h => h.includes('%E'))")
        check(link is not None, "project links are percent-encoded")
        mark = len(tools.events)
        page.click("#projects-table tbody a[href=%s]" % json.dumps(link))
        tools.wait_for("Page.loadEventFired", since=mark)
        page.tools.drain(0.5)
        here = page.evaluate("location.href")
        check(here.endswith(link.split("/")[-1]), f"the link opened its page ({here})")
        spans, rows_count = page.evaluate(
            "[Array.from(document.querySelectorAll('table.form-indicators th.level1')).reduce((n, c) => n + c.rowSpan, 0),"
            " document.querySelectorAll('table.form-indicators tbody tr.indicator').length]")
        check(rows_count > 0 and spans == rows_count, f"merged level-1 cells cover every indicator row ({spans}/{rows_count})")
        if args.fixture:
            page.open(base + "projects/2022/" + urllib.parse.quote("科技重大专项评估") + ".html")
            spans = page.evaluate("Array.from(document.querySelectorAll('table.form-indicators [rowspan]'))"
                                  ".map(c => c.textContent + ':' + c.rowSpan)")
            check("产出指标:5" in spans and "数量指标:2" in spans, f"rowspans 产出指标:5 and 数量指标:2 exist {spans}")
            beside = page.evaluate("document.querySelector('tr[data-line=\"26\"] .col-findings').textContent")
            check("指标值缺少计量单位" in beside, "the finding stands beside its row")
        page.screenshot(os.path.join(artifacts, "project.png"))
        page.call("Emulation.setEmulatedMedia", {"media": "print"})
        check(page.evaluate("getComputedStyle(document.querySelector('.site-header')).display") == "none",
              "print view hides the navigation")
        page.screenshot(os.path.join(artifacts, "project-print.png"))
        pdf = page.call("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": False})["data"]
        with open(os.path.join(artifacts, "project-print.pdf"), "wb") as handle:
            handle.write(base64.b64decode(pdf))
        page.call("Emulation.setEmulatedMedia", {"media": ""})

        if args.fixture:
            # Year-end page with a self-evaluation, and the broken file's page.
            page.open(base + "projects/2022/" + urllib.parse.quote("海河实验室 联盟") + ".html")
            check("年终自评" in page.evaluate("document.body.textContent"), "self-evaluation shows")
            page.screenshot(os.path.join(artifacts, "project-year-end.png"))
            page.open(base + "projects/2023/" + urllib.parse.quote("坏文件") + ".html")
            check("此文件无法读取" in page.evaluate("document.body.textContent"), "broken file page explains itself")
            page.screenshot(os.path.join(artifacts, "project-broken.png"))

        # Findings page: filter by rule and by severity.
        page.open(base + "findings.html")
        total = len(visible_rows(page, "findings-table"))
        rule = page.evaluate("document.querySelector('select[data-filter=rule] option:nth-child(2)').value")
        page.choose("select[data-filter=rule]", rule)
        rows = visible_rows(page, "findings-table")
        check(rows and all(r["rule"] == rule for r in rows) and len(rows) <= total, f"rule filter keeps only {rule}")
        page.choose("select[data-filter=rule]", "")
        page.choose("select[data-filter=severity]", "error")
        rows = visible_rows(page, "findings-table")
        check(rows and all(r["severity"] == "error" for r in rows), "severity filter keeps only errors")
        page.choose("select[data-filter=severity]", "")
        page.screenshot(os.path.join(artifacts, "findings.png"))

        # A finding's location opens its project page at the row it concerns.
        if args.fixture:
            mark = len(tools.events)
            page.click("#findings-table a[href$='#row-26']")
            tools.wait_for("Page.loadEventFired", since=mark)
            tools.drain()
            target = page.evaluate("(() => { const t = document.querySelector(':target'); return t ? t.dataset.line : null; })()")
            check(target == "26", f"the finding's link lands on its indicator row (:target line {target})")

        # Rules page: the anchor a finding links to exists.
        page.open(base + "rules.html#missing_unit")
        check(page.evaluate("document.getElementById('missing_unit') !== null") or not args.fixture,
              "rules.html#missing_unit exists")
        page.screenshot(os.path.join(artifacts, "rules.png"), full=False)

        # A rule's "found N times" link opens the findings page with that rule chosen.
        if args.fixture:
            mark = len(tools.events)
            page.click("#missing_unit .rule-meta a")
            tools.wait_for("Page.loadEventFired", since=mark)
            tools.drain()
            rows = visible_rows(page, "findings-table")
            check(rows and all(r["rule"] == "missing_unit" for r in rows),
                  f"findings.html#rule=missing_unit preselects the rule {rows}")

        # Hostile page: the text shows literally and nothing runs.
        if args.fixture:
            page.open(base + "projects/2022/xss.html")
            title = page.evaluate("document.querySelector('h1').textContent")
            check(title == "<script>alert(1)</script>绩效目标表", f"hostile name shows as text ({title!r})")
            check(page.evaluate("document.querySelectorAll('[onmouseover]').length") == 0, "no injected event handler")
            check(page.evaluate("document.querySelectorAll('script').length") == 1, "only our own script element")
            check(page.evaluate("Array.from(document.links).every(a => /^(https?|file):/.test(a.href))"),
                  "no javascript: link")
            page.click("h1")
            page.screenshot(os.path.join(artifacts, "xss.png"))

        # Phone width: the page itself does not scroll sideways; wide tables scroll in their box.
        page.call("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True})
        page.open(base + "index.html")
        page.screenshot(os.path.join(artifacts, "index-phone.png"))
        width = page.evaluate("document.documentElement.scrollWidth")
        wide = page.evaluate("Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > 392"
                             " && !e.closest('.table-scroll')).slice(0, 5).map(e => e.tagName + '.' + e.className)")
        check(width <= 392, f"no sideways scrolling on a phone (scrollWidth {width}, wide: {wide})")
        check(page.evaluate("(() => { const s = document.querySelector('.table-scroll'); return s.scrollWidth > s.clientWidth; })()"),
              "the project table scrolls inside its box on a phone")

        page.open(here)
        width = page.evaluate("document.documentElement.scrollWidth")
        page.screenshot(os.path.join(artifacts, "project-phone.png"))
        check(width <= 392, f"a project page does not scroll sideways on a phone (scrollWidth {width})")

        tools.drain(0.5)
        problems = problems_in(tools.events)
        check(not problems, "no console errors, exceptions, CSP violations or dialogs: " + "; ".join(problems))
    finally:
        stop(process)
        shutil.rmtree(profile, ignore_errors=True)
    return checks


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", required=True)
    parser.add_argument("--artifacts", required=True)
    parser.add_argument("--fixture", action="store_true", help="also check the exact rows of the test fixture site")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args()
    try:
        checks = run(args)
    except Failure as failure:
        print(f"FAIL: {failure}", file=sys.stderr)
        return 1
    for message in checks:
        print(f"ok  {message}")
    print(f"{len(checks)} checks passed; screenshots in {os.path.abspath(args.artifacts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
