"""End-to-end test of sanitised exports in the real desktop app (issue "Sanitised,
consent-gated submissions").

Starts from the demo vault, records a case whose victim consented only to de-identified use
by the UN (level 1), opens "Prepare a submission" for OHCHR's reprisals team, checks that the
preview shows the pseudonym (and never the name) with the reason marked, exports DOCX + PDF
into a folder, and reads the files back from the disk: the name is in none of them.
"""

import pathlib
import subprocess
import sys
import unittest
import zipfile

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import test_records
from test_records import DEMO_PASSPHRASE

NAME = "Ilham Qasimi"
TITLE = "Rescue coordinator questioned after briefing a Special Rapporteur"


class ExportJourney(test_records.RecordsJourney):
    # Only this file's journey runs here.
    test_demo_then_record_find_edit_and_review_an_incident = None

    def test_record_preview_and_export_a_pseudonymised_case(self):
        d = self.driver
        self.click("#try-demo")
        self.text_of("#demo-passphrase", DEMO_PASSPHRASE)
        self.click("#demo-continue")
        self.visible("#incident-search")

        # A case whose victim agreed only to de-identified use by the UN.
        self.click("#new-incident")
        self.type_into("#incident-title", TITLE)
        self.type_into(
            "#incident-narrative",
            f"{NAME} coordinates rescue shifts. On 12 March 2026 police questioned {NAME} "
            "for four hours about her meeting with the Special Rapporteur. "
            "She can be reached on 7912-3456.",
        )
        self.type_into("#incident-start-date", "2026-03-12")
        self.choose("#incident-start-precision", "day")
        self.choose("#incident-country", "MT")
        self.type_into("#incident-types-search", "threat")
        self.click('[data-type-code="threats"]')
        self.click('[data-step="people"]')
        self.open_with("#add-actor", "#new-actor-kind")
        self.choose("#new-actor-kind", "person")
        self.type_into("#new-actor-name", NAME)
        self.choose("#new-actor-role", "victim")
        self.click("#new-actor-add")
        self.text_of('[data-actor-index="0"]', NAME)
        # Her phone number, as another identifier: it must leave with her name.
        self.open_with('[aria-controls="actor-details-0"]', '#actor-details-0 input[id$="-identifiers"]')
        self.type_into('#actor-details-0 input[id$="-identifiers"]', "+356 7912 3456")
        self.visible('#actor-details-0 input[id$="-identifiers"]').send_keys(Keys.ENTER)
        self.click('[data-step="consent"]')
        first = self.el('[data-consent-actor-index="0"]')
        self.choose('select[name="level"]', "1", first)
        self.press('input[name="risks_explained"]', first)
        self.press('[name="record-consent"]', first)
        self.text_of('[data-consent-actor-index="0"]', "Level 1")
        self.click('[data-step="un"]')
        self.click("#add-un-link")
        link = self.el('[data-un-index="0"]')
        self.choose('select[name="mechanism"]', "special_procedure", link)
        self.choose('select[name="form"]', "communication", link)
        self.el('input[name="body"]', link).send_keys("Special Rapporteur on human rights defenders")
        self.click("#save-incident")
        self.text_of("#save-state", "Saved")

        # Prepare a submission for OHCHR's reprisals team.
        self.click("#export-this")
        self.click('input[name="recipient"][value="ohchr-reprisals"]')
        self.type_into("#submitter-name", "Harbour Watch legal desk")
        self.type_into("#submitter-contact", "signal: harbour.legal")
        for fmt in ("json", "csv", "uwazi_csv"):
            box = self.el(f"#export-format-{fmt}")
            if box.is_selected():
                box.click()
        for fmt in ("docx", "pdf"):
            box = self.el(f"#export-format-{fmt}")
            if not box.is_selected():
                box.click()
        self.click("#export-preview-button")
        document = self.text_of("#export-document", "Person A")
        self.assertNotIn("Ilham", document)
        self.assertNotIn("Qasimi", document)
        self.text_of("#export-notes", "name withheld: consent level 1")
        marks = d.find_elements(By.CSS_SELECTOR, "#export-document mark.withheld")
        self.assertTrue(marks, "the pseudonym is marked in the preview")
        files = self.text_of("#export-files", "submission.pdf")
        self.assertIn("submission.docx", files)
        # Each file says what it contains.
        self.assertIn("consent", self.text_of("#export-files", "Contains"))
        self.assertIn("[identifier withheld]", document)
        self.assertNotIn("7912", document)
        self.assertIn("cover-sheet.pdf", files)
        self.assertEqual(d.find_elements(By.CSS_SELECTOR, "#export-blockers li.export-blocker"), [])
        self.shot("30-export-preview")
        d.execute_script("document.querySelector('#export-files').scrollIntoView({block: 'center'})")
        self.shot("33-export-files")
        d.execute_script("document.querySelector('#export-document').scrollIntoView({block: 'start'})")
        self.shot("32-export-document")

        # The folder is chosen in the native dialog: the page can neither type a path nor send
        # one (it gets a one-time token for the folder chosen).
        out = pathlib.Path(self.tmp.name) / "to-ohchr"
        out.mkdir()
        self.assertIsNotNone(self.el("#export-folder").get_attribute("readonly"))
        self.click("#export-choose-folder")
        self.choose_in_gtk_dialog("Choose the folder to export into", out)
        self.wait.until(lambda _: self.el("#export-folder").get_attribute("value") == str(out))
        self.click("#export-run")
        self.text_of("#export-done", "to-ohchr")
        written = self.text_of("#export-done", "submission.pdf")
        self.assertIn("SHA256SUMS", written)
        self.shot("31-export-done")

        # The files are on the disk, and the name is in none of them.
        names = sorted(p.name for p in out.iterdir())
        for expected in ("submission.docx", "submission.pdf", "cover-sheet.docx", "SHA256SUMS"):
            self.assertIn(expected, names)
        subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=out, check=True, capture_output=True)
        pdf_text = subprocess.run(
            ["pdftotext", str(out / "submission.pdf"), "-"], check=True, capture_output=True, text=True
        ).stdout
        self.assertIn("Person A", pdf_text)
        with zipfile.ZipFile(out / "submission.docx") as docx:
            parts = "".join(docx.read(n).decode("utf-8", "replace") for n in docx.namelist())
        self.assertIn("Person A", parts)
        for path in out.iterdir():
            if path.is_file():
                data = path.read_bytes()
                self.assertNotIn(b"Ilham", data, path.name)
                self.assertNotIn(b"Qasimi", data, path.name)
        for text in (pdf_text, parts):
            self.assertNotIn("Ilham", text)
            self.assertNotIn("Qasimi", text)
            self.assertNotIn("7912", text)
        # The case now records the submission.
        self.click("#export-back")
        self.visible("#incident-search")


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    sys.exit(0 if result.wasSuccessful() else 1)
