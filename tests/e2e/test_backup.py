"""End-to-end journey of a backup, in the real app (WebKitGTK under Xvfb, native GTK dialogs
answered with xdotool).

A vault is made with the CLI and given the demo's twelve fictional cases. In the app: the
list reminds the person that there is no backup; Settings -> Backup writes one to a file
chosen in the native save dialog; "Check a backup" refuses a recovery key that is not the
vault's and accepts the right one. Then, on "another computer" (the app started on an empty
folder), the first-run screen restores the vault from that file with the recovery key and a
new passphrase, and the list shows the same cases. Screenshots of each step go to
artifacts/screenshots/backup-*.png.
"""

import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time
import unittest

import test_records
import test_vault
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.options import ArgOptions
from selenium.webdriver.support.ui import WebDriverWait

ROOT = test_vault.ROOT
APP = test_vault.APP
CLI = pathlib.Path(os.environ.get("TADAMUN_CLI", ROOT / "target/debug/tadamun"))
PASSPHRASE = test_vault.PASSPHRASE
NEW_PASSPHRASE = test_vault.NEW_PASSPHRASE


class BackupJourney(unittest.TestCase):
    # The same helpers as the vault and records journeys.
    el = test_vault.VaultJourney.el
    visible = test_vault.VaultJourney.visible
    clickable = test_vault.VaultJourney.clickable
    type_into = test_vault.VaultJourney.type_into
    text_of = test_vault.VaultJourney.text_of
    shot = test_vault.VaultJourney.shot
    choose_in_gtk_dialog = test_records.RecordsJourney.choose_in_gtk_dialog
    save_in_gtk_dialog = test_vault.VaultJourney.save_in_gtk_dialog

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        base = pathlib.Path(self.tmp.name)
        self.vault = base / "laptop" / "vault"
        self.usb = base / "usb"
        self.usb.mkdir()
        cli = [str(CLI), "--json", "--passphrase-stdin", "--vault", str(self.vault)]
        made = subprocess.run(
            [*cli, "vault", "init"], input=f"{PASSPHRASE}\n", check=True, capture_output=True, text=True
        )
        self.recovery = json.loads(made.stdout)["recovery_key"]
        subprocess.run(
            [*cli, "incident", "add", "--from", str(ROOT / "data/demo/incidents.json")],
            input=f"{PASSPHRASE}\n", check=True, capture_output=True, text=True,
        )
        cases = json.loads((ROOT / "data/demo/incidents.json").read_text(encoding="utf-8"))["incidents"]
        self.titles = [c["title"] for c in cases]
        self.driver = None

    def start_app(self, vault):
        if self.driver is not None:
            self.driver.quit()
        options = ArgOptions()
        options.set_capability("tauri:options", {"application": str(APP), "args": ["--vault", str(vault)]})
        self.driver = webdriver.Remote("http://127.0.0.1:4444", options=options)
        self.wait = WebDriverWait(self.driver, 60, ignored_exceptions=(WebDriverException,))

    def tearDown(self):
        if self.driver is not None:
            self.driver.quit()
        self.tmp.cleanup()

    def test_backup_check_and_restore_on_another_computer(self):
        self.start_app(self.vault)
        self.type_into("#unlock-passphrase", PASSPHRASE)
        self.clickable("#unlock-submit").click()
        reminder = self.text_of("#backup-reminder", "no backup")
        self.assertIn("lost", reminder)
        self.shot("backup-1-reminder")

        # The reminder leads to Settings, where the backup is made into a file on the "USB stick".
        self.clickable("#backup-reminder-go").click()
        self.text_of("#backup-last", "No backup has been made yet")
        self.shot("backup-2-settings")
        backup = self.usb / "cases.tadamun-backup"
        self.clickable("#backup-make").click()
        self.save_in_gtk_dialog("Save the backup", backup)
        done = self.text_of("#backup-result", "Backup saved")
        self.assertIn("Incidents: 12", done)
        self.assertIn(str(backup), done)
        self.text_of("#backup-last", "today")
        self.shot("backup-3-made")
        data = backup.read_bytes()
        self.assertTrue(data.startswith(b"age-encryption.org/v1\n"))
        for title in self.titles:
            self.assertNotIn(title.encode("utf-8"), data)

        # Check it: first with a key that is not the vault's (refused, saying which key to use),
        # then with the right one.
        other = subprocess.run(["age-keygen"], check=True, capture_output=True, text=True).stdout
        other_key = next(line for line in other.splitlines() if line.startswith("AGE-SECRET-KEY-"))
        self.clickable("#check-backup-choose").click()
        self.choose_in_gtk_dialog("Choose a backup", backup)
        self.text_of("#check-backup-file", str(backup))
        self.type_into("#check-backup-key", other_key)
        self.clickable("#check-backup-submit").click()
        refused = self.text_of("#check-backup-result", "does not open this backup")
        self.assertIn("recovery key", refused)
        self.shot("backup-4-wrong-key")
        self.type_into("#check-backup-key", self.recovery)
        self.clickable("#check-backup-submit").click()
        checked = self.text_of("#check-backup-result", "complete and intact")
        self.assertIn("Incidents: 12", checked)
        self.shot("backup-5-checked")

        # Another computer: the app on an empty folder offers to restore.
        elsewhere = pathlib.Path(self.tmp.name) / "new-laptop" / "vault"
        self.start_app(elsewhere)
        self.visible("#create-passphrase")
        self.clickable("#restore-start").click()
        self.choose_in_gtk_dialog("Choose a backup", backup)
        self.text_of("#restore-file", str(backup))
        self.type_into("#restore-key", self.recovery)
        self.type_into("#restore-passphrase", NEW_PASSPHRASE)
        self.type_into("#restore-passphrase-confirm", NEW_PASSPHRASE)
        self.wait.until(lambda d: d.find_element("css selector", "#restore-submit").is_enabled())
        self.shot("backup-6-restore-form")
        self.clickable("#restore-submit").click()
        notice = self.text_of("#notice", "Your vault is back")
        self.assertIn("Incidents: 12", notice)
        for title in self.titles[:3]:
            self.text_of("#incidents", title)
        self.shot("backup-7-restored")
        self.assertTrue((elsewhere / "store.db").is_file())
        self.assertEqual(
            [p.name for p in elsewhere.parent.iterdir() if p.name.startswith(".tadamun")], [],
            "no work folder left beside the restored vault",
        )

        # The restored vault opens with the new passphrase.
        subprocess.run(
            [str(CLI), "--json", "--passphrase-stdin", "--vault", str(elsewhere), "vault", "status"],
            check=True, capture_output=True, text=True,
        )


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    sys.exit(0 if result.wasSuccessful() else 1)
