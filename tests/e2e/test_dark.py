"""The app's dark theme (prefers-color-scheme: dark, as GTK's dark theme makes WebKit report it),
scanned with axe-core on its main screens: contrast and every other WCAG 2.2 A/AA rule, 0 serious
or critical violations. run.sh starts this file's app under GTK_THEME=Adwaita:dark.
"""

import sys
import unittest

import test_records
from test_records import DEMO_PASSPHRASE


class DarkJourney(test_records.RecordsJourney):
    test_demo_then_record_find_edit_and_review_an_incident = None

    def test_the_dark_theme_keeps_its_contrast(self):
        d = self.driver
        self.assertTrue(
            d.execute_script("return matchMedia('(prefers-color-scheme: dark)').matches"),
            "the web view does not report the dark theme (is GTK_THEME=Adwaita:dark set?)",
        )
        self.visible("#first-run-title")
        self.shot("70-dark-first-run")
        self.click("#try-demo")
        self.text_of("#demo-passphrase", DEMO_PASSPHRASE)
        self.shot("71-dark-demo-created")
        self.click("#demo-continue")
        self.visible("#incident-search")
        self.wait_results(lambda ids: len(ids) >= 12, "the demo cases are listed")
        self.shot("72-dark-list")
        self.click("#incident-results [data-incident-id]")
        self.visible("#incident-title")
        self.shot("73-dark-editor")
        self.click('[data-step="consent"]')
        self.visible('[data-consent-actor-index="0"]')
        self.shot("74-dark-consent")
        self.click("#export-this")
        self.click('input[name="recipient"][value="legal-team"]')
        self.type_into("#submitter-name", "Harbour Watch")
        self.click("#export-preview-button")
        self.visible("#export-document")
        self.shot("75-dark-preview")
        self.click("#nav-settings")
        self.visible("#settings")
        self.shot("76-dark-settings")
        d.find_element("css selector", "body").send_keys("\ue009", "l")
        self.visible("#unlock-passphrase")
        self.shot("77-dark-unlock")


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    sys.exit(0 if result.wasSuccessful() else 1)
