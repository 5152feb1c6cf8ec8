"""Measuring processes: wall time and peak RSS of one-shot builds, and daemons followed through edits."""
import json
import math
import os
import queue
import random
import shutil
import signal
import socket
import statistics
import subprocess
import threading
import time

from inotify import Inotify


def timed_run(argv, cwd=None, env=None):
    """Runs argv to completion; returns (seconds, peak RSS in KiB, stdout text, exit status)."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss, output.decode("utf-8", "replace"), process.returncode


def summary(values):
    """Median, p99 (nearest rank), min and max of a list of numbers."""
    ordered = sorted(values)
    if not ordered:
        return {"n": 0}
    rank = max(0, math.ceil(0.99 * len(ordered)) - 1)
    return {"n": len(ordered), "median": statistics.median(ordered), "p99": ordered[rank],
            "min": ordered[0], "max": ordered[-1]}


def vm_hwm_kib(pid):
    """The daemon's peak resident set (VmHWM) so far, in KiB."""
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def repeated(times, prepare, argv, cwd=None):
    """Runs argv `times` times, calling prepare() before each; returns per-run seconds and RSS.
    argv may be a function of the run's index (0, 1, …) giving the command line."""
    runs = []
    for index in range(times):
        prepare()
        command = argv(index) if callable(argv) else argv
        seconds, rss, output, status = timed_run(command, cwd=cwd)
        if status != 0:
            raise RuntimeError(f"{' '.join(command)} failed ({status}):\n{output[-2000:]}")
        runs.append({"seconds": seconds, "rss_kib": rss, "output": output.strip().splitlines()[-1:]})
    return {"runs": runs, "seconds": summary([r["seconds"] for r in runs]),
            "rss_kib": max(r["rss_kib"] for r in runs)}


def remove(path):
    shutil.rmtree(path, ignore_errors=True)


def cold_runs(times, folder, command):
    """Runs command(output_folder) `times` times, each into a new empty folder (FOLDER.cold0, …),
    then renames the last one to FOLDER (for the warm runs) and returns (result, leftovers).
    Nothing is deleted here: on this machine's ext4 (no journal) creating files within seconds of
    deleting thousands skips the freshly freed inodes one by one, which made any tool's cold build
    up to 10× slower at random. The caller deletes the leftovers once all timings are done."""
    remove(folder)
    runs = [f"{folder}.cold{index}" for index in range(times)]
    for path in runs:
        remove(path)
    result = repeated(times, lambda: None, lambda index: command(runs[index]))
    os.rename(runs[-1], folder)
    return result, runs[:-1]


class Edits:
    """The same edits for every tool: project k gets a new marker in its 资金用途 (purpose) line."""

    def __init__(self, ids, count, rng):
        self.plan = [rng.choice(ids) for _ in range(count)]
        self.serial = 0

    @staticmethod
    def apply(path, line_prefix, serial, originals):
        """Writes the file in place with marker `serial` right after line_prefix (and a quote, if any)."""
        if path not in originals:
            with open(path, encoding="utf-8") as handle:
                originals[path] = handle.read()
        text = originals[path]
        start = text.index(line_prefix) + len(line_prefix)
        if text[start] == '"':
            start += 1
        edited = text[:start] + f"（第{serial}次修订）" + text[start:]
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(edited)

    @staticmethod
    def restore(originals):
        for path, text in originals.items():
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)


class Daemon:
    """A watching process whose stdout lines are collected on a thread."""

    def __init__(self, argv, env=None, cwd=None):
        self.started = time.monotonic()
        self.process = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, start_new_session=True)
        self.lines = queue.Queue()
        self.log = []
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self):
        for raw in self.process.stdout:
            line = raw.decode("utf-8", "replace").rstrip()
            self.log.append(line)
            self.lines.put(line)

    def wait_line(self, needle, deadline):
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self.process.poll() is not None and self.lines.empty():
                return None
            try:
                line = self.lines.get(timeout=min(remaining, 0.5))
            except queue.Empty:
                continue
            if needle in line:
                return line

    def drain_lines(self):
        while not self.lines.empty():
            self.lines.get_nowait()

    def stop(self):
        hwm = vm_hwm_kib(self.process.pid)
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return hwm


def follow_edits(edits, source_of, page_of, line_prefix, after_page, jitter, budget, timeout=30.0):
    """Makes each planned edit and times write → page replaced; after_page(serial) waits for the
    rest of the batch so edits never overlap and returns when it saw the batch done (monotonic ns).
    Stops early once `budget` seconds are spent (after at least 20 edits).
    Returns page latencies and batch-done latencies in ms, and the number of timeouts.

    Before each edit a pause uniform in [0, jitter) s from a seeded stream (the same for
    every tool): a watcher that hands events over on a fixed tick (Hugo's does) would otherwise see
    edits at a fixed phase of its tick, and its latency would depend on our loop's period."""
    watcher = Inotify()
    originals, latencies, batches, timeouts = {}, [], [], 0
    pauses = random.Random(len(edits.plan))
    began = time.monotonic()
    try:
        for count, project_id in enumerate(edits.plan):
            if count >= 20 and time.monotonic() - began > budget:
                break
            time.sleep(pauses.uniform(0, jitter))
            edits.serial += 1
            page = page_of(project_id)
            folder, name = os.path.dirname(page), os.path.basename(page)
            watcher.watch(folder)
            watcher.drain()
            start = time.monotonic_ns()
            Edits.apply(source_of(project_id), line_prefix, edits.serial, originals)
            seen = watcher.wait_for(folder, name, time.monotonic() + timeout)
            if seen is None:
                timeouts += 1
            else:
                latencies.append((seen - start) / 1e6)
            done = after_page(edits.serial)
            if done is not None:
                batches.append((done - start) / 1e6)
    finally:
        Edits.restore(originals)
        watcher.close()
    return latencies, batches, timeouts


class NotifySocket:
    """A sd_notify receiver: the daemon sends READY=1 here when its first build is done."""

    def __init__(self, path):
        if os.path.exists(path):
            os.unlink(path)
        self.path = path
        self.socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.socket.bind(path)

    def wait_ready(self, deadline):
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            self.socket.settimeout(remaining)
            try:
                message = self.socket.recv(4096)
            except socket.timeout:
                return False
            if b"READY=1" in message.split(b"\n"):
                return True

    def close(self):
        self.socket.close()
        os.unlink(self.path)


def wait_cookie(status_path, cookie, deadline):
    """Polls status.json until cookie is listed (every change before it has been built)."""
    while time.monotonic() < deadline:
        try:
            with open(status_path, encoding="utf-8") as handle:
                document = json.load(handle)
            if cookie in document.get("cookies", []):
                return document
        except (OSError, ValueError):
            pass
        time.sleep(0.002)
    return None
