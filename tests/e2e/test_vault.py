"""End-to-end test of the real Tadamun desktop app (WebKitGTK webview, driven through
tauri-driver + WebKitWebDriver under Xvfb).

Covers issue "Foundation": create a vault, lock, wrong passphrase (error shown, vault files
byte-for-byte unchanged), unlock, change the passphrase, replace a lost recovery key (the old
one then refused), unlock with the new recovery key, rotate the key, verify, change to the
passphrase of random words the app suggests and unlock with it, and crypto-erase. Saves a screenshot of each screen under artifacts/.
"""

import hashlib
import os
import pathlib
import subprocess
import sys
import tempfile
import time
import unittest

import a11y
import memscan
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.options import ArgOptions
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
APP = pathlib.Path(os.environ.get("TADAMUN_APP", ROOT / "target/debug/tadamun-desktop"))
SHOTS = pathlib.Path(os.environ.get("TADAMUN_SCREENSHOTS", ROOT / "artifacts/screenshots"))
PASSPHRASE = "lantern orchard gravel mosaic"
NEW_PASSPHRASE = "copper window lichen harbour"
THIRD_PASSPHRASE = "velvet quarry anchor meadow"


def snapshot(folder: pathlib.Path) -> dict:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


class VaultJourney(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.vault = pathlib.Path(self.tmp.name) / "vault"
        # Only under automation does the webview get a data folder (see src-tauri/src/lib.rs);
        # run.sh passes TADAMUN_E2E_WEBVIEW_DATA to tauri-driver, which passes it to the app.
        self.webview_data = pathlib.Path(os.environ["TADAMUN_E2E_WEBVIEW_DATA"])
        SHOTS.mkdir(parents=True, exist_ok=True)
        options = ArgOptions()
        options.set_capability(
            "tauri:options", {"application": str(APP), "args": ["--vault", str(self.vault)]}
        )
        self.driver = webdriver.Remote("http://127.0.0.1:4444", options=options)
        # WebKitWebDriver now and then fails a script while the page re-renders ("Could not
        # parse script result"): such a failure is retried until the wait runs out.
        # 60 s: this journey derives scrypt keys (each a second or more, 512 MiB) again and again.
        self.wait = WebDriverWait(self.driver, 60, ignored_exceptions=(WebDriverException,))

    def tearDown(self):
        self.driver.quit()
        self.tmp.cleanup()

    # -- helpers ------------------------------------------------------------------------------
    def el(self, css):
        return self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))

    def visible(self, css):
        return self.wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, css)))

    def clickable(self, css):
        el = self.wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, css)))
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", el)
        return el

    def type_into(self, css, text):
        field = self.visible(css)
        # WebKitWebDriver does not scroll a field into view before clearing it.
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", field)
        field.clear()
        field.send_keys(text)

    def text_of(self, css, contains):
        self.wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, css), contains))
        return self.driver.find_element(By.CSS_SELECTOR, css).text

    def shot(self, name):
        time.sleep(0.3)  # let transitions settle
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.assertTrue(self.driver.save_screenshot(str(SHOTS / f"{name}.png")), f"screenshot {name}")
        problems = a11y.scan(self.driver, name)
        self.assertEqual(problems, [], f"accessibility of {name}")

    def answer_native_dialog(self, title, keys):
        """Presses `keys` (xdotool names) in the native dialog titled `title` (under Xvfb), and
        waits until it is gone."""
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", title],
            check=True, timeout=30, capture_output=True, text=True,
        )
        dialog = found.stdout.split()[-1]
        subprocess.run(["xdotool", "windowfocus", "--sync", dialog], check=False, timeout=10)
        time.sleep(0.5)
        subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True)
        deadline = time.time() + 10
        while time.time() < deadline:
            still = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title], capture_output=True)
            if still.returncode != 0:
                return
            time.sleep(0.2)
        self.fail(f"the {title!r} dialog did not close")

    def save_in_gtk_dialog(self, title, path):
        """Types a whole path into the name field of the native save dialog titled `title`: waits
        for it by its title, gives it the keyboard (there is no window manager under Xvfb), types
        the path and confirms. Keys sent while GTK is still setting the dialog up can be lost, so
        the typing is retried until the dialog is gone."""
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", title],
            check=True, timeout=30, capture_output=True, text=True,
        )
        dialog = found.stdout.split()[-1]
        for _attempt in range(4):
            subprocess.run(["xdotool", "windowfocus", "--sync", dialog], check=False, timeout=10)
            time.sleep(1)
            subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+a"], check=True)
            subprocess.run(["xdotool", "type", "--delay", "20", str(path)], check=True)
            subprocess.run(["xdotool", "key", "Return"], check=True)
            deadline = time.time() + 5
            while time.time() < deadline:
                still = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title], capture_output=True)
                if still.returncode != 0:
                    return
                time.sleep(0.2)
        self.fail(f"the {title!r} dialog did not take the file name")

    def report_memory_after_lock(self, secrets):
        """Reads the app's processes' memory after a lock, as the review did, and writes what
        remains to artifacts/memory-after-lock.txt. Under WebDriver the web process is not
        replaced at a lock (the driver could not follow the page), so this shows what the page
        itself keeps; test_webprocess.py measures the app as it runs for people, where it is."""
        if os.geteuid() != 0:
            return  # reading another process's memory needs root (CI runs as root)
        time.sleep(1)
        lines = []
        for pid, name in sorted(memscan.processes(APP).items()):
            try:
                hits = memscan.count(pid, secrets)
            except OSError as e:
                lines.append(f"{name} ({pid}): not readable ({e})")
                continue
            lines.append(f"{name} ({pid}): " + ", ".join(f"secret {i + 1}: {hits[s]}" for i, s in enumerate(secrets)))
        report = "\n".join(lines)
        (SHOTS.parent / "memory-after-lock.txt").write_text(report + "\n")
        print("\nmemory after lock:\n" + report)

    def unlock_screen(self):
        self.visible("#unlock-passphrase")
        self.assertEqual(self.driver.find_element(By.CSS_SELECTOR, "#vault-state").text.strip(), "Locked")

    # -- the journey --------------------------------------------------------------------------
    def test_create_lock_unlock_change_recover_rotate_erase(self):
        d = self.driver
        # First run.
        self.type_into("#create-passphrase", "short")
        self.text_of("#strength-meter", "")
        self.assertFalse(self.el("#create-submit").is_enabled(), "a too-short passphrase was accepted")
        self.type_into("#create-passphrase", PASSPHRASE)
        self.type_into("#create-passphrase-confirm", PASSPHRASE)
        self.text_of("#strength-meter", "strong")
        # A passphrase of random words is offered first.
        offered = self.visible("#create-passphrase-suggestion")
        self.wait.until(lambda _: len(offered.text.split()) >= 7)
        self.shot("01-first-run")
        self.clickable("#create-submit").click()

        # Recovery key, shown once.
        key_el = self.visible("#recovery-key")
        self.wait.until(lambda _: key_el.text.strip().startswith("AGE-SECRET-KEY-1"))
        recovery_key = key_el.text.strip()
        self.assertEqual(len(recovery_key), 74, recovery_key)
        self.assertFalse(self.el("#recovery-continue").is_enabled())
        self.shot("02-recovery-key")
        self.el("#recovery-stored").click()
        self.clickable("#recovery-continue").click()

        # Home, unlocked.
        self.visible("#incident-search")  # the incident list is the home screen
        self.assertEqual(d.find_element(By.CSS_SELECTOR, "#vault-state").text.strip(), "Unlocked")
        self.assertTrue((self.vault / "keys" / "passphrase.age").exists())
        self.shot("03-home")

        # Lock with the button.
        self.clickable("#lock-button").click()
        self.unlock_screen()
        self.shot("04-unlock")
        self.report_memory_after_lock([PASSPHRASE, recovery_key])

        # Wrong passphrase: error shown, form kept, vault byte-for-byte unchanged.
        before = snapshot(self.vault)
        self.type_into("#unlock-passphrase", "lantern orchard gravel mosaik")
        self.clickable("#unlock-submit").click()
        message = self.text_of("#unlock-error", "did not open the vault")
        self.assertIn("passphrase", message)
        self.visible("#unlock-passphrase")
        self.assertEqual(before, snapshot(self.vault), "a wrong passphrase changed the vault")
        self.shot("05-wrong-passphrase")

        # Right passphrase.
        self.type_into("#unlock-passphrase", PASSPHRASE)
        self.clickable("#unlock-submit").click()
        self.visible("#incident-search")  # the incident list is the home screen

        # Settings: change the passphrase.
        self.clickable("#nav-settings").click()
        self.visible("#settings")
        self.type_into("#change-current", PASSPHRASE)
        self.type_into("#change-new", NEW_PASSPHRASE)
        self.type_into("#change-confirm", NEW_PASSPHRASE)
        self.clickable("#change-submit").click()
        self.text_of("#change-result", "passphrase was changed")
        self.shot("06-settings-passphrase-changed")

        # The recovery key was lost or seen: make a new one. A wrong passphrase is refused first.
        self.type_into("#new-recovery-passphrase", PASSPHRASE)
        self.clickable("#new-recovery-key-button").click()
        self.text_of("#new-recovery-key-error", "did not open the vault")
        self.assertEqual(d.find_elements(By.CSS_SELECTOR, "#new-recovery-key-text"), [])
        self.type_into("#new-recovery-passphrase", NEW_PASSPHRASE)
        self.clickable("#new-recovery-key-button").click()
        new_key_el = self.visible("#new-recovery-key-text")
        self.wait.until(lambda _: new_key_el.text.strip().startswith("AGE-SECRET-KEY-1"))
        new_recovery_key = new_key_el.text.strip()
        self.assertEqual(len(new_recovery_key), 74, new_recovery_key)
        self.assertNotEqual(new_recovery_key, recovery_key)
        self.assertFalse(self.el("#new-recovery-key-confirm").is_enabled())
        # The keyboard focus moves to the shown key's heading.
        self.wait.until(lambda _: d.switch_to.active_element.get_attribute("id") == "new-recovery-key-heading")
        self.shot("12-new-recovery-key")
        self.clickable("#new-recovery-key-stored").click()
        self.clickable("#new-recovery-key-confirm").click()
        self.text_of("#new-recovery-key-done", "new recovery key")
        self.assertEqual(d.find_elements(By.CSS_SELECTOR, "#new-recovery-key-text"), [])

        # Keyboard shortcut locks; the old passphrase no longer works.
        d.find_element(By.CSS_SELECTOR, "body").send_keys(Keys.CONTROL, "l")
        self.unlock_screen()
        self.type_into("#unlock-passphrase", PASSPHRASE)
        self.clickable("#unlock-submit").click()
        self.text_of("#unlock-error", "did not open the vault")

        # The old recovery key no longer opens the vault, and trying it changes nothing.
        self.clickable("#unlock-use-recovery").click()
        before = snapshot(self.vault)
        self.type_into("#unlock-recovery-key", recovery_key)
        self.clickable("#unlock-submit").click()
        self.text_of("#unlock-error", "recovery key did not open the vault")
        self.assertEqual(before, snapshot(self.vault), "a refused recovery key changed the vault")
        self.shot("13-old-recovery-key-refused")

        # Unlock with the new recovery key.
        self.type_into("#unlock-recovery-key", new_recovery_key)
        self.shot("07-unlock-recovery-key")
        self.clickable("#unlock-submit").click()
        self.visible("#incident-search")  # the incident list is the home screen

        # Opened with the recovery key: a forgotten passphrase can be replaced without the old one.
        self.clickable("#nav-settings").click()
        self.visible("#change-reset-explain")
        self.assertEqual(d.find_elements(By.CSS_SELECTOR, "#change-current"), [])
        self.type_into("#change-new", THIRD_PASSPHRASE)
        self.type_into("#change-confirm", THIRD_PASSPHRASE)
        self.clickable("#change-submit").click()
        self.text_of("#change-result", "passphrase was changed")
        self.visible("#change-current")  # from now on the passphrase is known again
        self.shot("08-settings-passphrase-reset")

        # Rotate the key, and replace the recovery key in the same step (offered there: it may
        # have been lost with the passphrase); the new one is shown once. Then verify the vault.
        self.type_into("#rotate-passphrase", THIRD_PASSPHRASE)
        self.clickable("#rotate-new-recovery").click()
        self.clickable("#rotate-submit").click()
        self.text_of("#rotate-result", "new key")
        rotated_key_el = self.visible("#new-recovery-key-text")
        self.wait.until(lambda _: rotated_key_el.text.strip().startswith("AGE-SECRET-KEY-1"))
        rotated_recovery_key = rotated_key_el.text.strip()
        self.assertNotIn(rotated_recovery_key, (recovery_key, new_recovery_key))
        self.shot("13-rotated-with-a-new-recovery-key")
        self.clickable("#new-recovery-key-stored").click()
        self.clickable("#new-recovery-key-confirm").click()
        self.text_of("#new-recovery-key-done", "new recovery key")
        self.clickable("#verify-submit").click()
        self.text_of("#verify-result", "intact")
        self.shot("09-settings-rotated-verified")

        # A passphrase made for the person: seven random words offered above the fields. Use
        # it, lock, and open the vault with it; the unlock says when it was last opened.
        suggested_el = self.visible("#change-new-suggestion")
        self.wait.until(lambda _: len(suggested_el.text.split()) >= 7)
        suggested = suggested_el.text.strip()
        self.type_into("#change-current", THIRD_PASSPHRASE)
        self.clickable("#change-new-use-suggestion").click()
        self.clickable("#change-submit").click()
        self.text_of("#change-result", "passphrase was changed")
        self.shot("14-settings-suggested-passphrase")
        d.find_element(By.CSS_SELECTOR, "body").send_keys(Keys.CONTROL, "l")
        self.unlock_screen()
        self.type_into("#unlock-passphrase", suggested)
        self.clickable("#unlock-submit").click()
        self.visible("#incident-search")
        self.text_of("#notice", "it was opened on")
        self.shot("15-unlocked-with-suggested-passphrase")
        self.clickable("#nav-settings").click()
        self.visible("#settings")

        # Crypto-erase with typed confirmation.
        self.assertFalse(self.el("#erase-submit").is_enabled())
        self.type_into("#erase-confirm-text", "ERASE")
        # The page alone cannot erase: a native dialog asks again. Escape keeps the vault.
        self.clickable("#erase-submit").click()
        self.answer_native_dialog("Erase the vault", ["Escape"])
        self.visible("#erase-submit")
        self.assertTrue((self.vault / "keys" / "passphrase.age").exists(), "erased without consent")
        self.type_into("#erase-confirm-text", "ERASE")
        self.clickable("#erase-submit").click()
        self.answer_native_dialog("Erase the vault", ["Return"])
        self.visible("#create-passphrase")
        self.assertFalse((self.vault / "keys").exists(), "keys survived the erase")
        self.shot("10-after-erase")

        # The webview kept none of the secrets typed into it, nor the recovery key it showed.
        secrets = [
            PASSPHRASE, NEW_PASSPHRASE, THIRD_PASSPHRASE, suggested, recovery_key, new_recovery_key,
            rotated_recovery_key,
            "lantern orchard",
        ]
        for path in self.webview_data.rglob("*") if self.webview_data.exists() else []:
            if path.is_file():
                data = path.read_bytes()
                for secret in secrets:
                    for encoding in ("utf-8", "utf-16-le"):
                        self.assertNotIn(secret.encode(encoding), data, f"{path} holds a secret")


    def test_recovery_key_saved_privately_and_not_listed_in_recent_files(self):
        for css in ("#create-passphrase", "#create-passphrase-confirm"):
            self.type_into(css, PASSPHRASE)
        self.clickable("#create-submit").click()
        key = self.visible("#recovery-key")
        self.wait.until(lambda _: key.text.strip().startswith("AGE-SECRET-KEY-1"))
        recovery_key = key.text.strip()
        self.clickable("#recovery-save").click()

        # The native GTK save dialog (see save_in_gtk_dialog).
        target = pathlib.Path(self.tmp.name) / "recovery-key.txt"
        self.save_in_gtk_dialog("Save the recovery key", target)
        self.wait.until(lambda _: target.exists() and recovery_key in target.read_text())
        self.assertEqual(target.stat().st_mode & 0o777, 0o600)
        self.shot("11-recovery-key-saved")

        # GTK would list the file in the desktop's "recently used" files; Tadamun turns it off.
        home = pathlib.Path(os.environ["HOME"])
        for recent in home.rglob("recently-used.xbel"):
            self.assertNotIn(target.name, recent.read_text(errors="replace"))


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    sys.exit(0 if result.wasSuccessful() else 1)
