#!/usr/bin/env python3
"""Makes the Chinese font embedded in PDF reports: Noto Sans CJK SC (SIL OFL 1.1, from Debian's
fonts-noto-cjk) cut down to the 7,445 characters of GB 2312 (every simplified character in common
use: 6,763 hanzi, with punctuation, full-width forms and kana), plus every character of the Chinese
report labels and vocabularies. The whole face is 16 MiB per weight; the cut is 2.8 MiB.
A name in a rarer character shows as a missing-glyph box in the PDF (the JSON and CSV keep it).

    apt-get install fonts-noto-cjk && pip install fonttools
    python3 scripts/subset-cjk-font.py     # writes data/fonts/NotoSansSC-{Regular,Bold}.otf
"""
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-{}.ttc"
SC_FACE = 2  # the collection's faces: JP, KR, SC, TC, HK, then the monospaced ones

chars = set()
for row in range(0xA1, 0xF8):
    for cell in range(0xA1, 0xFF):
        try:
            chars.add(bytes([row, cell]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
chars |= set((ROOT / "data/export/locales/zh.ftl").read_text(encoding="utf-8"))
vocab = json.loads((ROOT / "data/vocabularies.json").read_text(encoding="utf-8"))
for terms in vocab["vocabularies"].values():
    for term in terms:
        chars |= set(term["labels"].get("zh", ""))
profiles = json.loads((ROOT / "data/export/profiles.json").read_text(encoding="utf-8"))
for profile in profiles["profiles"]:
    chars |= set(profile["name"].get("zh", ""))
chars = {c for c in chars if ord(c) > 0x2000}
text = ROOT / "target/cjk-subset-chars.txt"
text.parent.mkdir(exist_ok=True)
text.write_text("".join(sorted(chars)), encoding="utf-8")
print(f"{len(chars)} characters", file=sys.stderr)

for weight in ("Regular", "Bold"):
    out = ROOT / f"data/fonts/NotoSansSC-{weight}.otf"
    subprocess.run(
        [
            "pyftsubset", SOURCE.format(weight), f"--font-number={SC_FACE}",
            f"--text-file={text}", f"--output-file={out}",
            "--layout-features=*", "--no-hinting",
            "--name-IDs=*", "--name-languages=*", "--notdef-outline",
        ],
        check=True,
    )
    print(f"{out.relative_to(ROOT)}: {out.stat().st_size // 1024} KiB", file=sys.stderr)
