"""Measures the desktop app on a large vault (issue "Benchmarks"): time from process start to
the unlock screen, and resident memory once unlocked and idle on the incident list.

Run through scripts/bench-app.sh, which builds the release app, starts tauri-driver under Xvfb
and passes TADAMUN_APP, TADAMUN_BENCH_VAULT and TADAMUN_BENCH_PASSPHRASE. Prints JSON.
"""

import json
import os
import subprocess
import sys
import time

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.options import ArgOptions
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

APP = os.environ["TADAMUN_APP"]
VAULT = os.environ["TADAMUN_BENCH_VAULT"]
PASSPHRASE = os.environ["TADAMUN_BENCH_PASSPHRASE"]
TICKS = os.sysconf("SC_CLK_TCK")


def uptime() -> float:
    with open("/proc/uptime") as f:
        return float(f.read().split()[0])


def started_at(pid: int) -> float:
    """Seconds since boot at which `pid` started (field 22 of /proc/PID/stat)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[19]) / TICKS


def rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def rollup(pid: int) -> dict:
    """Pss and Anonymous (KiB) from /proc/PID/smaps_rollup: what the process itself costs,
    without the shared libraries counted whole in RSS."""
    out = {}
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("Pss", "Anonymous"):
                out[key] = int(rest.split()[0])
    return out


def descendants(pid: int) -> list:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    kids = [int(p) for p in out]
    return kids + [g for k in kids for g in descendants(k)]


def main() -> int:
    options = ArgOptions()
    options.set_capability("tauri:options", {"application": APP, "args": ["--vault", VAULT]})
    driver = webdriver.Remote("http://127.0.0.1:4444", options=options)
    wait = WebDriverWait(driver, 60, poll_frequency=0.02)
    try:
        wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, "#unlock-passphrase")))
        seen = uptime()
        pids = subprocess.run(["pgrep", "-f", "-x", f"{APP} --vault {VAULT}"],
                              capture_output=True, text=True).stdout.split()
        app = int(pids[0])
        start_ms = (seen - started_at(app)) * 1000
        time.sleep(5)
        locked_rss = rss_kib(app)
        locked_web = sum(rss_kib(p) for p in descendants(app))
        field = driver.find_element(By.CSS_SELECTOR, "#unlock-passphrase")
        field.send_keys(PASSPHRASE)
        t0 = time.time()
        driver.find_element(By.CSS_SELECTOR, "#unlock-submit").click()
        WebDriverWait(driver, 120).until(
            lambda d: len(d.find_elements(By.CSS_SELECTOR, "#incident-results [data-incident-id]")) >= 50
        )
        unlock_to_list_ms = (time.time() - t0) * 1000
        time.sleep(10)  # idle
        app_rss = rss_kib(app)
        app_roll = rollup(app)
        web = [(p, rss_kib(p)) for p in descendants(app)]
        web_pss = sum(rollup(p).get("Pss", 0) for p in descendants(app))
        print(json.dumps({
            "start_to_unlock_screen_ms": round(start_ms),
            "unlock_to_first_page_ms": round(unlock_to_list_ms),
            "locked_rss_app_mib": round(locked_rss / 1024, 1),
            "locked_rss_webkit_mib": round(locked_web / 1024, 1),
            "idle_rss_app_mib": round(app_rss / 1024, 1),
            "idle_rss_webkit_mib": round(sum(r for _, r in web) / 1024, 1),
            "idle_rss_total_mib": round((app_rss + sum(r for _, r in web)) / 1024, 1),
            "idle_pss_app_mib": round(app_roll.get("Pss", 0) / 1024, 1),
            "idle_anonymous_app_mib": round(app_roll.get("Anonymous", 0) / 1024, 1),
            "idle_pss_webkit_mib": round(web_pss / 1024, 1),
        }))
    finally:
        driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
