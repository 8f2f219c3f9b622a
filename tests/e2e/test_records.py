"""End-to-end test of case records in the real desktop app (issue "Case records").

Starts from the first-run screen's demo vault (so the screenshots show real screens), then
creates an incident with two people — one at consent level 0, one at level 3 (initials) —
an act and a UN link; finds it by a word of its narrative and by filters; edits it; views and
compares the earlier revision. Checks that no word of it reached the disk outside the
encrypted store (vault folder and the webview's data folder). Finally locks while the vault
check hashes a large attachment: the lock must not wait for it.
"""

import hashlib
import os
import pathlib
import struct
import subprocess
import sys
import zlib
import tempfile
import time
import unittest

import a11y
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.options import ArgOptions
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
APP = pathlib.Path(os.environ.get("TADAMUN_APP", ROOT / "target/debug/tadamun-desktop"))
SHOTS = pathlib.Path(os.environ.get("TADAMUN_SCREENSHOTS", ROOT / "artifacts/screenshots"))
DEMO_PASSPHRASE = "demo vault with fictional cases only"
# A made-up word: it appears nowhere else, so a search for it finds only this incident.
MARKER = "zephyrinequay"
TITLE = "Defender stopped at the airport on the way to HRC 61"


def png(width: int, height: int) -> bytes:
    """A small RGB gradient PNG, written by hand (no imaging library needed)."""
    rows = b"".join(
        b"\x00" + b"".join(bytes((x * 4 % 256, y * 5 % 256, (x + y) * 3 % 256)) for x in range(width))
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows, 0)) + chunk(b"IEND", b""))


def files_containing(folder: pathlib.Path, needle: bytes) -> list:
    hits = []
    for p in folder.rglob("*"):
        if p.is_file():
            try:
                if needle in p.read_bytes():
                    hits.append(str(p))
            except OSError:
                pass
    return hits


class RecordsJourney(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.vault = pathlib.Path(self.tmp.name) / "vault"
        self.webview_data = pathlib.Path(os.environ["TADAMUN_E2E_WEBVIEW_DATA"])
        SHOTS.mkdir(parents=True, exist_ok=True)
        options = ArgOptions()
        options.set_capability(
            "tauri:options", {"application": str(APP), "args": ["--vault", str(self.vault)]}
        )
        self.driver = webdriver.Remote("http://127.0.0.1:4444", options=options)
        # WebKitWebDriver now and then fails a script while the page re-renders ("Could not
        # parse script result"): such a failure is retried until the wait runs out.
        self.wait = WebDriverWait(self.driver, 30, ignored_exceptions=(WebDriverException,))

    def tearDown(self):
        self.driver.quit()
        self.tmp.cleanup()

    # -- helpers ------------------------------------------------------------------------------
    def el(self, css, within=None):
        if within is not None:
            return self.wait.until(lambda _: within.find_element(By.CSS_SELECTOR, css))
        return self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))

    def visible(self, css):
        return self.wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, css)))

    def click(self, css):
        el = self.wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, css)))
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", el)
        el.click()

    def type_into(self, css, text):
        field = self.visible(css)
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", field)
        field.clear()
        if text:
            field.send_keys(text)
        else:
            # Typed emptiness, so the page sees an input event as it would from a person.
            field.send_keys("x", Keys.BACKSPACE)

    def open_with(self, button, appears):
        """Clicks `button` until `appears` is in the page: a click that lands while the step
        is still re-rendering can be lost."""
        for _attempt in range(3):
            self.click(button)
            try:
                WebDriverWait(self.driver, 5).until(
                    EC.presence_of_element_located((By.CSS_SELECTOR, appears))
                )
                return
            except Exception:
                continue
        self.fail(f"{button} did not open {appears}")

    def choose(self, css, value, within=None):
        """Selects once the control is on screen and enabled (steps re-render as they open;
        WebKitWebDriver clicks the option, so the select must be visible)."""

        def ready(_):
            el = self.el(css, within)
            self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", el)
            return el if el.is_displayed() and el.is_enabled() else False

        Select(self.wait.until(ready)).select_by_value(value)

    def press(self, css, within):
        """Clicks an element inside `within` once it is on screen and clickable."""

        def clicked(_):
            el = self.el(css, within)
            self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", el)
            try:
                el.click()
                return True
            except Exception:
                return False

        self.wait.until(clicked)

    def text_of(self, css, contains):
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, css), contains))
        return self.driver.find_element(By.CSS_SELECTOR, css).text

    def shot(self, name):
        time.sleep(0.4)
        self.driver.save_screenshot(str(SHOTS / f"{name}.png"))
        problems = a11y.scan(self.driver, name)
        self.assertEqual(problems, [], f"accessibility of {name}")

    def result_ids(self):
        # Read in one script call: the list re-renders while results arrive.
        return self.driver.execute_script(
            "return [...document.querySelectorAll('#incident-results [data-incident-id]')]"
            ".map(r => r.dataset.incidentId)"
        )

    def wait_results(self, predicate, message):
        try:
            self.wait.until(lambda _: predicate(self.result_ids()))
        except Exception:
            self.fail(f"{message}: rows {self.result_ids()}")

    def choose_in_gtk_dialog(self, title, path):
        """Types `path` into the native GTK file dialog titled `title` (xdotool under Xvfb).
        Focus can be lost while the dialog sets itself up, so the typing is retried."""
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", title],
            check=True, timeout=30, capture_output=True, text=True,
        )
        dialog = found.stdout.split()[-1]
        for _attempt in range(4):
            subprocess.run(["xdotool", "windowfocus", "--sync", dialog], check=False, timeout=10)
            time.sleep(1)
            subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+l"], check=True)
            time.sleep(0.3)
            subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+a"], check=True)
            subprocess.run(["xdotool", "type", "--delay", "20", str(path)], check=True)
            subprocess.run(["xdotool", "key", "Return"], check=True)
            deadline = time.time() + 5
            while time.time() < deadline:
                # GTK keeps the closed dialog's window around, unmapped: only a visible one counts
                # (typing on would go to the app, where Ctrl+L locks the vault).
                still = subprocess.run(
                    ["xdotool", "search", "--onlyvisible", "--name", title], capture_output=True
                )
                if still.returncode != 0:
                    return
                time.sleep(0.2)
        self.fail(f"the {title!r} dialog did not take the file")

    # -- the journey --------------------------------------------------------------------------
    def test_demo_then_record_find_edit_and_review_an_incident(self):
        d = self.driver
        # First run: the demo vault.
        self.click("#try-demo")
        self.text_of("#demo-passphrase", DEMO_PASSPHRASE)
        self.visible("#demo-banner")
        self.shot("20-demo-created")
        self.click("#demo-continue")

        # The list shows the twelve fictional cases.
        self.visible("#incident-search")
        self.wait_results(lambda ids: len(ids) >= 12, "the demo cases are listed")
        self.text_of("#result-count", "12")
        self.visible("#demo-banner")
        self.shot("21-incident-list")

        # A new incident, step by step.
        self.click("#new-incident")
        self.type_into("#incident-title", TITLE)
        self.type_into(
            "#incident-narrative",
            f"On 3 February 2026 the defender was stopped at the {MARKER} airport gate and told "
            "she was banned from leaving the country, two weeks before the Council session.",
        )
        self.type_into("#incident-start-date", "2026-02-03")
        self.choose("#incident-start-precision", "day")
        self.choose("#incident-country", "MT")
        self.choose("#incident-urgency", "urgent")
        self.type_into("#incident-types-search", "travel")
        self.click('[data-type-code="travel_ban"]')

        self.click('[data-step="people"]')
        for name, role in (("Yusra Haddad", "victim"), ("Samir Aoun", "witness")):
            self.open_with("#add-actor", "#new-actor-kind")
            self.choose("#new-actor-kind", "person")
            self.type_into("#new-actor-name", name)
            self.choose("#new-actor-role", role)
            self.click("#new-actor-add")
        self.text_of('[data-actor-index="0"]', "Yusra Haddad")
        self.text_of('[data-actor-index="1"]', "Samir Aoun")

        self.click('[data-step="consent"]')
        first = self.el('[data-consent-actor-index="0"]')
        self.choose('select[name="level"]', "3", first)
        self.choose('select[name="name_form"]', "initials", first)
        self.press('input[name="risks_explained"]', first)
        self.press('[name="record-consent"]', first)
        self.text_of('[data-consent-actor-index="0"]', "Level 3")
        second = self.el('[data-consent-actor-index="1"]')
        self.choose('select[name="level"]', "0", second)
        self.press('input[name="risks_explained"]', second)
        self.press('[name="record-consent"]', second)
        self.text_of('[data-consent-actor-index="1"]', "Level 0")
        self.shot("22-consent-panel")

        self.click('[data-step="acts"]')
        self.click("#add-act")
        act = self.el('[data-act-index="0"]')
        self.choose('select[name="type"]', "travel_ban", act)
        Select(self.el('select[name="victim"]', act)).select_by_visible_text("Yusra Haddad")
        self.el('input[name="case_number"]', act).send_keys("TB-2026-0113")

        self.click('[data-step="un"]')
        self.click("#add-un-link")
        link = self.el('[data-un-index="0"]')
        self.choose('select[name="mechanism"]', "hrc_session", link)
        self.choose('select[name="form"]', "testimony", link)
        self.el('input[name="body"]', link).send_keys("HRC 61")

        self.click("#save-incident")
        self.text_of("#save-state", "Saved")
        self.shot("23-incident-saved")

        # Find it by a word of its narrative…
        self.click("#back-to-list")
        self.type_into("#incident-search", MARKER)
        self.wait_results(lambda ids: len(ids) == 1, "search by a narrative word")
        self.text_of("#incident-results", TITLE)
        self.shot("24-search")
        # …and by filters, without text.
        self.type_into("#incident-search", "")
        self.click("#filters-toggle")
        self.choose("#filter-country", "MT")
        self.choose("#filter-un-link", "yes")
        self.choose("#filter-urgency", "urgent")
        self.text_of("#incident-results", TITLE)
        self.choose("#filter-un-link", "no")
        self.wait.until(lambda _: TITLE not in self.el("#incident-results").text)
        self.click("#clear-filters")

        # Edit it, then look at the earlier revision.
        self.type_into("#incident-search", MARKER)
        self.wait_results(lambda ids: len(ids) == 1, "search again")
        self.click("#incident-results [data-incident-id]")
        title = self.visible("#incident-title")
        self.wait.until(lambda _: title.get_attribute("value") == TITLE)
        title.send_keys(" (appeal lodged)")
        self.click("#save-incident")
        self.text_of("#save-state", "Saved")
        self.click("#show-history")
        self.click('[data-revision="1"] [name="view-revision"]')
        view = self.text_of("#revision-view", TITLE)
        self.assertNotIn("(appeal lodged)", view)
        self.click('[data-revision="1"] [name="compare-revision"]')
        self.text_of("#revision-changes", "(appeal lodged)")
        self.shot("25-revision-compare")

        # Evidence: attach an image through the native picker, see its thumbnail and hash,
        # mark it shareable.
        self.click("#show-history")  # the same button goes back to editing
        self.click('[data-step="evidence"]')
        picture = pathlib.Path(self.tmp.name) / "IMG_0413 pier three.png"
        picture_bytes = png(96, 64)
        picture.write_bytes(picture_bytes)
        digest = hashlib.sha256(picture_bytes).hexdigest()
        self.click("#attach-files")
        self.choose_in_gtk_dialog("Attach files", picture)
        row = '#attachments [data-attachment-id]'
        self.visible(f"{row} img.thumbnail")
        self.text_of(f"{row} .sha256", digest)
        self.wait.until(
            lambda _: d.execute_script(
                "const i = document.querySelector(arguments[0]); return i && i.complete && i.naturalWidth > 0",
                f"{row} img.thumbnail",
            )
        )
        # The original is still on this computer: the app says so and removes it on request.
        self.visible("#originals-advice")
        self.assertTrue(picture.exists())
        self.click("#remove-originals")
        self.text_of("#originals-result", "removed")
        self.assertFalse(picture.exists(), "the original was not removed")
        shareable = self.el(f'{row} input[name="shareable"]')
        self.assertFalse(shareable.is_selected(), "attachments are not shareable by default")
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", shareable)
        shareable.click()
        self.wait.until(lambda _: self.el(f'{row} input[name="shareable"]').is_selected())
        self.shot("26-evidence")

        # Nothing of it reached the disk in clear: not the vault, not the webview's folder.
        for folder in (self.vault, self.webview_data):
            self.assertEqual(files_containing(folder, picture_bytes[200:264]), [], folder)
            self.assertEqual(files_containing(folder, b"IMG_0413"), [], folder)
            self.assertEqual(files_containing(folder, MARKER.encode()), [], folder)
            self.assertEqual(files_containing(folder, "Yusra".encode()), [], folder)

        # Locking never waits for work in progress. Attach a large file (1 GiB, sparse), start
        # the vault check in Settings, and lock while it hashes: the unlock screen comes at once,
        # and the vault opens again straight away (the interrupted check let go of it; a session
        # still open would make it "in use").
        big = pathlib.Path(self.tmp.name) / "phone-dump.bin"
        with open(big, "wb") as f:
            f.truncate(1024 * 1024 * 1024)
            f.write(b"\x01")
        self.click("#attach-files")
        self.choose_in_gtk_dialog("Attach files", big)
        WebDriverWait(d, 180).until(lambda _: len(d.find_elements(By.CSS_SELECTOR, row)) == 2)
        self.click("#nav-settings")
        time.sleep(0.3)
        leave = [e for e in d.find_elements(By.CSS_SELECTOR, "#leave-confirm") if e.is_displayed()]
        if leave:
            leave[0].click()
        self.visible("#settings")
        self.click("#verify-submit")
        time.sleep(0.5)  # decrypting and hashing 1 GiB takes seconds (about 200 MiB/s here)
        self.assertEqual(d.find_elements(By.CSS_SELECTOR, "#verify-result"), [], "the check ended already")
        asked = time.time()
        d.find_element(By.CSS_SELECTOR, "body").send_keys(Keys.CONTROL, "l")
        self.visible("#unlock-passphrase")
        locked_after = time.time() - asked
        self.assertLess(locked_after, 2.0, f"locking waited {locked_after:.1f} s for the check")
        self.shot("27-locked-during-a-long-check")
        self.type_into("#unlock-passphrase", DEMO_PASSPHRASE)
        self.click("#unlock-submit")
        self.visible("#incident-search")


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    sys.exit(0 if result.wasSuccessful() else 1)
