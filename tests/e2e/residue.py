"""Residue scan of the whole machine after the end-to-end journeys.

Every journey has ended (create, records in Latin, Arabic and Chinese, evidence through the
native file picker, preview, export, backup, lock, erase) and removed the folders it made on
purpose (vaults, exports, the files it attached). What is left is what the app, GTK, WebKit,
the file chooser or the desktop wrote on their own. This scans every regular file written
since the journeys began under the test's HOME, /tmp, /var/tmp and /dev/shm — not only the
vault and the web view's folder — for the passphrases typed, record words and names in
three scripts, and the marker word of the attached narrative, in UTF-8 and UTF-16. Any hit
fails. The result goes to artifacts/residue.txt.

    python3 tests/e2e/residue.py SINCE_FILE [EXCLUDED_FILE...]

SINCE_FILE: a file touched when the journeys began. EXCLUDED_FILE: the harness's own logs
(tauri-driver's), which are not the app's.
"""

import os
import pathlib
import sys

import test_export
import test_languages
import test_records
import test_vault

ROOT = test_vault.ROOT
REPORT = ROOT / "artifacts" / "residue.txt"
ROOTS = [pathlib.Path(os.environ.get("HOME", "/root")), pathlib.Path("/tmp"), pathlib.Path("/var/tmp"), pathlib.Path("/dev/shm")]
LARGEST = 256 * 1024 * 1024


def needles():
    words = {
        "passphrase": test_vault.PASSPHRASE,
        "new passphrase": test_vault.NEW_PASSPHRASE,
        "third passphrase": test_vault.THIRD_PASSPHRASE,
        "record title (en)": test_records.TITLE,
        "narrative marker (en)": test_records.MARKER,
        "export title": test_export.TITLE,
        "export name": test_export.NAME,
    }
    for lang, case in test_languages.CASES.items():
        words[f"record title ({lang})"] = case["title"]
        words[f"person ({lang})"] = case["person"]
    found = {}
    for label, word in words.items():
        found[f"{label}, UTF-8"] = word.encode("utf-8")
        found[f"{label}, UTF-16"] = word.encode("utf-16-le")
    return found


def files_since(since: float, excluded: set):
    seen = set()
    for root in ROOTS:
        if not root.exists():
            continue
        for folder, dirs, names in os.walk(root, followlinks=False):
            for name in names:
                path = pathlib.Path(folder) / name
                try:
                    st = path.lstat()
                except OSError:
                    continue
                if not path.is_file() or path.is_symlink():
                    continue
                key = (st.st_dev, st.st_ino)
                if key in seen or str(path) in excluded:
                    continue
                seen.add(key)
                if max(st.st_mtime, st.st_ctime) >= since:
                    yield path, st.st_size


def main():
    since = pathlib.Path(sys.argv[1]).stat().st_mtime
    excluded = {str(pathlib.Path(p).resolve()) for p in sys.argv[2:]} | {str(pathlib.Path(p)) for p in sys.argv[2:]}
    wanted = needles()
    scanned = 0
    scanned_bytes = 0
    skipped = []
    hits = []
    read = []
    for path, size in files_since(since, excluded):
        if size > LARGEST:
            skipped.append(f"{path} ({size} bytes, too large to read)")
            continue
        try:
            data = path.read_bytes()
        except OSError as e:
            skipped.append(f"{path} ({e.strerror})")
            continue
        scanned += 1
        scanned_bytes += len(data)
        read.append(f"{path} ({len(data)} bytes)")
        for label, needle in wanted.items():
            if needle in data:
                hits.append(f"{path}: {label}")
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        f"Residue scan: {scanned} files ({scanned_bytes} bytes) written since the journeys began, "
        f"under {', '.join(str(r) for r in ROOTS)}; {len(wanted)} needles.",
        f"Hits: {len(hits)}",
        *hits,
        f"Not read: {len(skipped)}",
        *skipped,
        "Read:",
        *read,
    ]
    REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[:2 + len(hits)]))
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
