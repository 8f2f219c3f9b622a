"""The web process is replaced when the vault locks (issue "Coercion and compromise", memory
after lock), in the real app, driven without WebDriver: WebKitWebDriver cannot follow a page
into a new web process, so this journey types and presses keys into the window with xdotool,
as a person would, and reads the processes' memory as a forensic tool with root rights would.

A vault is made with the CLI and given the demo's fictional cases; the app opens it (the list shows the titles of its cases),
then Ctrl+L locks it. The web process that showed the cases must be gone, a new one must show
the unlock screen, and no title of a case may be in the memory of any of the app's processes.
The figures go to artifacts/memory-after-lock-replaced.txt.
"""

import json
import re
import os
import pathlib
import subprocess
import sys
import tempfile
import time
import unittest

import memscan

ROOT = pathlib.Path(__file__).resolve().parents[2]
APP = pathlib.Path(os.environ.get("TADAMUN_APP", ROOT / "target/debug/tadamun-desktop"))
CLI = pathlib.Path(os.environ.get("TADAMUN_CLI", ROOT / "target/debug/tadamun"))
ARTIFACTS = ROOT / "artifacts"
# Not the demo vault's passphrase: that one is public, and in the app's own text.
PASSPHRASE = "quarry lantern velvet orchid mosaic heron"


def web_processes(app_pid):
    found = subprocess.run(["pgrep", "-P", str(app_pid)], capture_output=True, text=True)
    pids = []
    for pid in found.stdout.split():
        try:
            if pathlib.Path(f"/proc/{pid}/comm").read_text().strip().startswith("WebKitWebProces"):
                pids.append(int(pid))
        except OSError:
            pass
    return pids


def alive(pid):
    return pathlib.Path(f"/proc/{pid}").exists()


def xdotool(*args, check=True):
    return subprocess.run(["xdotool", *args], check=check, capture_output=True, text=True, timeout=60)


class WebProcessReplaced(unittest.TestCase):
    def setUp(self):
        if os.geteuid() != 0:
            self.skipTest("reading another process's memory needs root (CI runs as root)")
        self.tmp = tempfile.TemporaryDirectory()
        self.vault = pathlib.Path(self.tmp.name) / "vault"
        cli = [str(CLI), "--json", "--passphrase-stdin", "--vault", str(self.vault)]
        made = subprocess.run(
            [*cli, "vault", "init"], input=f"{PASSPHRASE}\n{PASSPHRASE}\n", check=True, capture_output=True, text=True
        )
        self.assertIn("recovery_key", json.loads(made.stdout))
        subprocess.run(
            [*cli, "incident", "add", "--from", str(ROOT / "data/demo/incidents.json")],
            input=f"{PASSPHRASE}\n", check=True, capture_output=True, text=True,
        )
        cases = json.loads((ROOT / "data/demo/incidents.json").read_text(encoding="utf-8"))["incidents"]
        self.titles = [c["title"] for c in cases]
        env = dict(os.environ)
        env.pop("TAURI_WEBVIEW_AUTOMATION", None)
        env["HOME"] = str(pathlib.Path(self.tmp.name) / "home")
        # Under strace, every socket any process of the app tries to make is recorded: the
        # kernel's filter (src/offline.rs) must let no internet socket be made.
        self.strace_log = pathlib.Path(self.tmp.name) / "sockets.log"
        self.app = subprocess.Popen(
            ["strace", "-f", "-qq", "--seccomp-bpf", "-e", "trace=socket,io_uring_setup",
             "-o", str(self.strace_log), str(APP), "--vault", str(self.vault)],
            env=env,
        )
        self.app_pid = self.wait_for(
            "the app under strace",
            lambda: next(iter(subprocess.run(["pgrep", "-P", str(self.app.pid)], capture_output=True, text=True).stdout.split()), None),
        )

    def tearDown(self):
        if hasattr(self, "app_pid"):
            subprocess.run(["kill", str(self.app_pid)], check=False)
        if hasattr(self, "app"):
            self.app.terminate()
            try:
                self.app.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.app.kill()
        if hasattr(self, "tmp"):
            self.tmp.cleanup()

    def wait_for(self, what, predicate, timeout=60):
        deadline = time.time() + timeout
        while time.time() < deadline:
            value = predicate()
            if value:
                return value
            time.sleep(0.5)
        self.fail(f"timed out waiting for {what}")

    def hits(self, pid):
        try:
            return sum(memscan.count(pid, self.titles).values())
        except OSError:
            return 0

    def test_locking_replaces_the_web_process_and_its_memory(self):
        window = xdotool("search", "--sync", "--onlyvisible", "--name", "^Tadamun$").stdout.split()[-1]
        first = self.wait_for("the web process", lambda: web_processes(self.app_pid))
        shown = 0
        for attempt in range(3):
            time.sleep(4)  # the unlock screen renders and focuses the passphrase field
            xdotool("windowactivate", "--sync", window, check=False)
            xdotool("windowfocus", "--sync", window, check=False)
            if attempt > 0:
                # The first keys may have come before the field was ready: type it afresh.
                subprocess.run(["import", "-window", "root", str(ARTIFACTS / f"webprocess-attempt-{attempt}.png")], check=False)
                xdotool("key", "--clearmodifiers", "ctrl+a")
            xdotool("type", "--delay", "20", PASSPHRASE)
            xdotool("key", "Return")
            # Unlocked: the list shows the cases' titles, so they are in the web process's memory.
            deadline = time.time() + 25
            while time.time() < deadline and shown == 0:
                shown = sum(self.hits(p) for p in web_processes(self.app_pid))
                time.sleep(0.5)
            if shown:
                break
        self.assertGreater(shown, 0, "the test cannot see the titles it looks for")
        before = web_processes(self.app_pid)

        xdotool("key", "--clearmodifiers", "ctrl+l")
        self.wait_for("the old web process to end", lambda: not any(alive(p) for p in before), timeout=20)
        after = self.wait_for("a new web process", lambda: web_processes(self.app_pid), timeout=20)
        self.assertTrue(set(after).isdisjoint(before), f"the same web process: {before} {after}")
        time.sleep(3)  # the new page loads the unlock screen

        report = [f"web process before the lock: {before} ({shown} copies of case titles)"]
        leftover = 0
        for pid, name in sorted(memscan.processes(APP).items()):
            found = self.hits(pid)
            try:
                typed = memscan.count(pid, [PASSPHRASE])[PASSPHRASE]
            except OSError:
                typed = 0
            leftover += found + typed
            report.append(f"{name} ({pid}) after the lock: {found} copies of case titles, {typed} of the passphrase")
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "memory-after-lock-replaced.txt").write_text("\n".join(report) + "\n")
        print("\n" + "\n".join(report))
        self.assertEqual(leftover, 0, "case titles or the passphrase are still in memory after the lock")

        # Offline, enforced: no process of the app made an internet socket; local ones worked.
        log = self.strace_log.read_text(errors="replace")
        made = re.findall(r"socket\((AF_\w+|\d+),[^)]*\)\s*=\s*(-?\d+)", log)
        internet = [(family, fd) for family, fd in made if family not in ("AF_UNIX", "AF_NETLINK") and int(fd) >= 0]
        refused = [family for family, fd in made if family not in ("AF_UNIX", "AF_NETLINK") and int(fd) < 0]
        local = [family for family, fd in made if family == "AF_UNIX" and int(fd) >= 0]
        report.append(
            f"sockets: {len(local)} local (AF_UNIX) made, {len(refused)} internet refused by the kernel "
            f"({', '.join(sorted(set(refused))) or 'none tried'}), {len(internet)} internet made"
        )
        (ARTIFACTS / "memory-after-lock-replaced.txt").write_text("\n".join(report) + "\n")
        print(report[-1])
        self.assertGreater(len(local), 0, "strace saw no socket at all: is it tracing the app?")
        # And the filter is in place in the app and in the web process it started (strace's
        # own --seccomp-bpf filter is one; Tadamun's is the other).
        for pid in [self.app_pid, *after]:
            status = pathlib.Path(f"/proc/{pid}/status").read_text()
            filters = int(re.search(r"Seccomp_filters:\s*(\d+)", status).group(1))
            self.assertGreaterEqual(filters, 2, f"process {pid} runs without Tadamun's seccomp filter")
        self.assertEqual(internet, [], "an internet socket was made")
        self.assertTrue(first)


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    sys.exit(0 if result.wasSuccessful() else 1)
