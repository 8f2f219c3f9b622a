"""A keyboard-only journey in the real app (issue "six UN languages", accessibility): create a
vault, add an incident with a person and their consent, preview a submission, lock — with Tab,
Shift+Tab, Enter, Space, arrow keys and letters only, never a click. At every stop of the focus,
the focused element must show it (an outline or a ring, measured from the computed style), and
the journey fails on the first one that does not. Screenshots under artifacts/screenshots/6x-*.
"""

import os
import pathlib
import sys
import tempfile
import time
import unittest

import a11y
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.options import ArgOptions
from selenium.webdriver.support.ui import WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
APP = pathlib.Path(os.environ.get("TADAMUN_APP", ROOT / "target/debug/tadamun-desktop"))
SHOTS = pathlib.Path(os.environ.get("TADAMUN_SCREENSHOTS", ROOT / "artifacts/screenshots"))
PASSPHRASE = "juniper ledger cobalt wharf"

# Whether the focused element (or the card that wraps a focused radio) shows its focus.
FOCUS_SHOWN = """
const el = document.activeElement;
if (el === null || el === document.body) return "nothing is focused";
const shows = (e) => {
  const s = getComputedStyle(e);
  const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
  return outline || (s.boxShadow !== "none" && s.boxShadow !== "");
};
const card = el.closest(".recipient-card");
if (shows(el) || (card !== null && shows(card))) return "";
return (el.id ? "#" + el.id : el.tagName.toLowerCase() + (el.name ? "[name=" + el.name + "]" : "")) + " shows no focus";
"""


class KeyboardJourney(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.vault = pathlib.Path(self.tmp.name) / "vault"
        SHOTS.mkdir(parents=True, exist_ok=True)
        options = ArgOptions()
        options.set_capability("tauri:options", {"application": str(APP), "args": ["--vault", str(self.vault)]})
        self.driver = webdriver.Remote("http://127.0.0.1:4444", options=options)
        # WebKitWebDriver now and then fails a script while the page re-renders ("Could not
        # parse script result"): such a failure is retried until the wait runs out.
        self.wait = WebDriverWait(self.driver, 30, ignored_exceptions=(WebDriverException,))
        self.stops = 0

    def tearDown(self):
        self.driver.quit()
        self.tmp.cleanup()

    # -- keyboard only -----------------------------------------------------------------------
    def keys(self, *keys):
        self.driver.switch_to.active_element.send_keys(*keys)

    def focused(self):
        return self.driver.execute_script(
            "const e = document.activeElement; return e ? (e.id || e.getAttribute('name') || e.getAttribute('data-step') || e.tagName) : ''"
        )

    def matches(self, css):
        return self.driver.execute_script(
            "const e = document.activeElement; return e !== null && e.matches(arguments[0])", css
        )

    def tab_to(self, css, backwards=False, limit=80):
        """Presses Tab (or Shift+Tab) until the focus is on `css`, checking at every stop that
        the focus can be seen."""
        for _ in range(limit):
            if backwards:
                ActionChains(self.driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
            else:
                self.keys(Keys.TAB)
            time.sleep(0.05)
            problem = self.driver.execute_script(FOCUS_SHOWN)
            self.assertEqual(problem, "", f"focus not visible (on the way to {css})")
            self.stops += 1
            if self.matches(css):
                return
        self.fail(f"{css} was not reached with the keyboard (focus on {self.focused()})")

    def go_to_step(self, step):
        """The editor's steps are ARIA tabs: Tab reaches the current one, arrows move and open."""
        self.tab_to('[role="tab"][aria-selected="true"]', backwards=True)
        for _ in range(12):
            if self.matches(f'[data-step="{step}"]'):
                return
            self.keys(Keys.ARROW_RIGHT)
            time.sleep(0.05)
        self.fail(f"the {step} step was not reached with the arrow keys")

    def wait_for(self, css):
        self.wait.until(lambda d: d.execute_script("return document.querySelector(arguments[0]) !== null", css))

    def wait_focus_in(self, css):
        self.wait.until(
            lambda d: d.execute_script(
                "const r = document.querySelector(arguments[0]); return r !== null && r.contains(document.activeElement)", css
            )
        )

    def shot(self, name):
        time.sleep(0.3)
        self.driver.save_screenshot(str(SHOTS / f"{name}.png"))
        self.assertEqual(a11y.scan(self.driver, name), [], f"accessibility of {name}")

    # -- the journey ---------------------------------------------------------------------------
    def test_create_record_preview_and_lock_with_the_keyboard_only(self):
        d = self.driver
        self.wait_for("#create-passphrase")
        self.tab_to("#create-passphrase")
        self.keys(PASSPHRASE)
        self.tab_to("#create-passphrase-confirm")
        self.keys(PASSPHRASE)
        self.wait.until(lambda _: d.execute_script("return !document.querySelector('#create-submit').disabled"))
        self.tab_to("#create-submit")
        self.shot("60-keyboard-create")
        self.keys(Keys.ENTER)

        # The recovery key: confirm it is stored (Space), continue (Enter).
        self.wait_for("#recovery-key")
        self.tab_to("#recovery-stored")
        self.keys(Keys.SPACE)
        self.tab_to("#recovery-continue")
        self.keys(Keys.ENTER)

        # A new incident.
        self.wait_for("#new-incident")
        self.tab_to("#new-incident")
        self.keys(Keys.ENTER)
        self.wait_for("#incident-title")
        self.tab_to("#incident-title")
        self.keys("Rescue coordinator questioned after a UN meeting")
        self.tab_to("#incident-narrative")
        self.keys("Police questioned the coordinator for three hours about the meeting.")
        self.shot("61-keyboard-editor")

        # People: add a person, the victim (the form's defaults), by name.
        self.go_to_step("people")
        self.wait_for("#add-actor")
        self.tab_to("#add-actor")
        self.keys(Keys.ENTER)
        self.wait_for("#new-actor-name")
        self.tab_to("#new-actor-name")
        self.keys("Leila Mansour")
        self.tab_to("#new-actor-add")
        self.keys(Keys.ENTER)
        self.wait.until(lambda _: "Leila Mansour" in d.find_element("css selector", '[data-actor-index="0"]').text)

        # Consent: level 2 with the arrow keys, risks explained (Space), record (Enter).
        self.go_to_step("consent")
        self.wait_for('[data-consent-actor-index="0"] select[name="level"]')
        self.tab_to('[data-consent-actor-index="0"] select[name="level"]')
        for _ in range(2):
            self.keys(Keys.ARROW_DOWN)
        self.wait.until(
            lambda _: d.execute_script(
                "return document.querySelector('[data-consent-actor-index=\"0\"] select[name=level]').value"
            ) not in ("", "0")
        )
        self.tab_to('[data-consent-actor-index="0"] input[name="risks_explained"]')
        self.keys(Keys.SPACE)
        self.tab_to('[data-consent-actor-index="0"] [name="record-consent"]')
        self.keys(Keys.ENTER)
        self.wait.until(lambda _: "Level" in d.find_element("css selector", '[data-consent-actor-index="0"]').text)
        self.shot("62-keyboard-consent")

        # Save with the shortcut, then prepare a submission.
        self.keys(Keys.CONTROL, "s")
        self.wait.until(lambda _: "Saved" in d.find_element("css selector", "#save-state").text)
        self.tab_to("#export-this", backwards=True)
        self.keys(Keys.ENTER)
        self.wait_for('input[name="recipient"]')
        # The recipients are a radio group: Tab into it, arrows to choose.
        self.tab_to('input[name="recipient"]')
        self.keys(Keys.SPACE)
        self.tab_to("#export-preview-button")
        self.keys(Keys.ENTER)
        self.wait_for("#export-document")
        self.shot("63-keyboard-preview")
        # The preview scrolls on its own: it takes the focus, so arrow keys scroll it.
        self.tab_to("#export-document")
        self.keys(Keys.ARROW_DOWN)

        # Lock: the shortcut works wherever the focus is.
        self.keys(Keys.CONTROL, "l")
        self.wait_for("#unlock-passphrase")
        self.wait_focus_in("main")
        self.shot("64-keyboard-locked")
        print(f"\nkeyboard journey: {self.stops} focus stops, each with a visible focus indicator")


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    sys.exit(0 if result.wasSuccessful() else 1)
