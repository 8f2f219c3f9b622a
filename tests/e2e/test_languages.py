"""The app in Arabic and in Chinese (issue "six UN languages"), in the real desktop app.

For each language: the first screen's language picker switches the whole app at once (Arabic
right to left: `dir="rtl"` on the document, the layout mirrored), the choice is remembered for
the next start, and the journey goes on in that language: a demo vault, a case with a name and
a title in that script mixed with Latin (a case number, "HRC 61"), a person with consent, the
history of a change, and a submission preview in that language. Screenshots of the list, the
editor, the consent panel, the history and the preview, each scanned for accessibility.
"""

import pathlib
import re
import sys
import unittest

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.options import ArgOptions
from selenium.webdriver.support.ui import WebDriverWait

import test_records
from test_records import APP, DEMO_PASSPHRASE

ROOT = pathlib.Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "ui/src/lib/i18n/locales"
REPORT_CATALOGUES = ROOT / "data/export/locales"

CASES = {
    "ar": {
        "title": "منع المدافعة أمل حداد من السفر قبل الدورة HRC 61",
        "narrative": "في 3 شباط/فبراير 2026 أُبلغت أمل حداد في مطار قرطاج (ملف رقم TB-2026-0113) بمنعها من السفر.",
        "person": "أمل حداد",
        "script": re.compile("[\u0600-\u06ff]"),
    },
    "zh": {
        "title": "维权人士王丽在HRC 61届会前被禁止出境",
        "narrative": "2026年2月3日，王丽在机场被告知禁止出境（案件编号TB-2026-0113）。",
        "person": "王丽",
        "script": re.compile("[\u4e00-\u9fff]"),
    },
}


def message(folder: pathlib.Path, lang: str, key: str) -> str:
    """A one-line message of a Fluent catalogue, as written (no placeables)."""
    for line in (folder / f"{lang}.ftl").read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{key} = "):
            return line.split(" = ", 1)[1].strip()
    raise KeyError(f"{lang}: {key}")


class LanguagesJourney(test_records.RecordsJourney):
    # Only this file's journeys run here.
    test_demo_then_record_find_edit_and_review_an_incident = None

    def restart(self):
        """Quits the app and starts it again on the same vault folder."""
        self.driver.quit()
        options = ArgOptions()
        options.set_capability("tauri:options", {"application": str(APP), "args": ["--vault", str(self.vault)]})
        self.driver = webdriver.Remote("http://127.0.0.1:4444", options=options)
        # WebKitWebDriver now and then fails a script while the page re-renders ("Could not
        # parse script result"): such a failure is retried until the wait runs out.
        self.wait = WebDriverWait(self.driver, 30, ignored_exceptions=(WebDriverException,))

    def document_language(self):
        return self.driver.execute_script(
            "return [document.documentElement.lang, document.documentElement.dir]"
        )

    def journey(self, lang: str):
        d = self.driver
        case = CASES[lang]
        rtl = lang == "ar"

        # The first screen, in the language picked there (each option named in itself).
        self.visible("#first-run-title")
        self.choose("#language-picker", lang)
        title = message(CATALOGUES, lang, "firstRun-title")
        self.text_of("#first-run-title", title)
        self.assertEqual(self.document_language(), [lang, "rtl" if rtl else "ltr"])
        self.shot(f"50-{lang}-first-run")

        # Remembered for the next start, before any vault exists.
        self.restart()
        d = self.driver
        self.text_of("#first-run-title", title)
        self.assertEqual(self.document_language(), [lang, "rtl" if rtl else "ltr"])

        # The demo vault, and its list.
        self.click("#try-demo")
        self.text_of("#demo-passphrase", DEMO_PASSPHRASE)
        self.click("#demo-continue")
        self.visible("#incident-search")
        self.wait_results(lambda ids: len(ids) >= 12, "the demo cases are listed")
        self.text_of("#nav-incidents", message(CATALOGUES, lang, "nav-incidents"))

        # A case in this script, mixed with Latin.
        self.click("#new-incident")
        self.type_into("#incident-title", case["title"])
        self.type_into("#incident-narrative", case["narrative"])
        self.type_into("#incident-start-date", "2026-02-03")
        self.choose("#incident-start-precision", "day")
        self.choose("#incident-country", "TN")
        self.type_into("#incident-types-search", "travel")
        self.click('[data-type-code="travel_ban"]')
        # Typed text takes the direction of its own script.
        self.assertEqual(self.el("#incident-title").get_attribute("dir"), "auto")
        self.shot(f"52-{lang}-editor")

        self.click('[data-step="people"]')
        self.open_with("#add-actor", "#new-actor-kind")
        self.choose("#new-actor-kind", "person")
        self.type_into("#new-actor-name", case["person"])
        self.choose("#new-actor-role", "victim")
        self.click("#new-actor-add")
        self.text_of('[data-actor-index="0"]', case["person"])

        self.click('[data-step="consent"]')
        first = self.el('[data-consent-actor-index="0"]')
        self.choose('select[name="level"]', "2", first)
        self.press('input[name="risks_explained"]', first)
        self.press('[name="record-consent"]', first)
        self.text_of('[data-consent-actor-index="0"]', case["person"])
        self.shot(f"53-{lang}-consent")

        self.click('[data-step="un"]')
        self.click("#add-un-link")
        link = self.el('[data-un-index="0"]')
        self.choose('select[name="mechanism"]', "hrc_session", link)
        self.choose('select[name="form"]', "testimony", link)
        self.el('input[name="body"]', link).send_keys("HRC 61")
        self.click("#save-incident")
        self.visible("#save-state")
        self.wait.until(lambda _: self.el("#save-state").text.strip() != "")

        # A second revision, and the history comparing them.
        self.click('[data-step="details"]')
        self.visible("#incident-title").send_keys(" (2)")
        self.click("#save-incident")
        self.click("#show-history")
        self.click('[data-revision="1"] [name="compare-revision"]')
        self.text_of("#revision-changes", "(2)")
        self.shot(f"54-{lang}-history")
        self.click("#show-history")

        # The list, with the new case among the fictional ones.
        self.click("#back-to-list")
        self.type_into("#incident-search", case["person"])
        self.wait_results(lambda ids: len(ids) == 1, "the case is found by its person's name")
        self.shot(f"51-{lang}-list")
        self.click("#incident-results [data-incident-id]")
        self.visible("#incident-title")

        # A submission in this language to a recipient that works in English, French and
        # Spanish: it is written, with a warning that it may wait for translation.
        self.click("#export-this")
        self.click('input[name="recipient"][value="ohchr-reprisals"]')
        self.choose("#export-language", lang)
        self.visible("#export-language-hint")
        self.type_into("#submitter-name", "Harbour Watch")
        self.type_into("#submitter-contact", "signal: harbour.legal")
        self.click("#export-preview-button")
        self.visible("#export-document")
        warning = self.el('#export-warnings [data-code="not_a_working_language"]')
        self.assertRegex(warning.text, case["script"], "the warning is in the screens' language")
        document = self.el("#export-document").text
        self.assertIn(message(REPORT_CATALOGUES, lang, "consent"), document)
        self.assertIn(case["person"], document, "level 2: named to the OHCHR team")
        notes = self.el("#export-preview").text
        self.assertRegex(notes, case["script"])
        self.shot(f"55-{lang}-preview")

        # Settings and the audit log, in this language too.
        self.click("#nav-settings")
        leave = [e for e in d.find_elements(By.CSS_SELECTOR, "#leave-confirm") if e.is_displayed()]
        if leave:
            leave[0].click()
        self.visible("#settings")
        self.assertEqual(self.el("#settings-language").get_attribute("value"), lang)
        self.shot(f"57-{lang}-settings")
        self.click("#nav-audit")
        self.visible("#audit-log")
        self.shot(f"58-{lang}-audit-log")

        # Locked, the unlock screen stays in this language.
        d.find_element(By.CSS_SELECTOR, "body").send_keys(Keys.CONTROL, "l")
        self.text_of("#unlock-title", message(CATALOGUES, lang, "unlock-title"))
        self.assertEqual(self.document_language(), [lang, "rtl" if rtl else "ltr"])
        self.shot(f"56-{lang}-unlock")

    def test_arabic(self):
        self.journey("ar")

    def test_chinese(self):
        self.journey("zh")


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    sys.exit(0 if result.wasSuccessful() else 1)
