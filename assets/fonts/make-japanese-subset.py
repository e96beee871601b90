#!/usr/bin/env python3
"""Makes assets/fonts/NotoSerifJP-Subset.otf: the Japanese cut of Noto Serif CJK, limited to
what the game can show. Run it again whenever a Japanese text changes:

    python3 -m pip install fonttools        # once
    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb noto
    python3 assets/fonts/make-japanese-subset.py noto/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc

and check that the bundled subset still covers every Japanese text (CI runs this):

    python3 assets/fonts/make-japanese-subset.py --check

The subset keeps every character of the Japanese translation files (the game's and the
scenarios'), all of hiragana, katakana and Japanese punctuation, and the 2,965 kanji of
JIS level 1 -- the common kanji, in which most Japanese names are written -- so a student can
type a name with an input method and see it. The full font is 23 MB per weight; the subset
is about a tenth of that.

In Japanese every text is drawn in this face alone, Latin letters, digits and Cyrillic
included (the game falls back to EB Garamond only for a character the subset lacks): one
typeface a line keeps a software renderer from drawing each run of another script as its
own batch, which cost about 70 MB at the table. So the subset also keeps Latin, Latin-1,
the Latin letters with macrons of romanised names (Jutarō) and basic Cyrillic, for names a
student types.
"""

import glob
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(HERE, "NotoSerifJP-Subset.otf")
JAPANESE_FACE = "Noto Serif CJK JP"


def japanese_files():
    patterns = ["assets/locales/ja/*.ftl", "scenarios/*.ja.ftl"]
    for pattern in patterns:
        yield from sorted(glob.glob(os.path.join(ROOT, pattern)))


def japanese_texts():
    for path in japanese_files():
        with open(path, encoding="utf-8") as f:
            yield f.read()


def needs_the_subset(c):
    # Control characters, the typographic spaces, and the word joiner and other format
    # characters are never drawn as glyphs.
    code = ord(c)
    return code >= 0x20 and not (0x7F <= code <= 0x9F) and not (
        0x2000 <= code <= 0x200F or 0x2028 <= code <= 0x202F or 0x205F <= code <= 0x206F
    )


def check():
    """Every character the Japanese texts draw is in the subset, which draws them alone."""
    from fontTools.ttLib import TTFont

    covered = set(TTFont(OUT).getBestCmap())
    missing = []
    for path in japanese_files():
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                for column, c in enumerate(line, 1):
                    if needs_the_subset(c) and ord(c) not in covered:
                        missing.append(f"{os.path.relpath(path, ROOT)}:{number}:{column}: {c} (U+{ord(c):04X})")
    if missing:
        print("characters the Japanese font subset lacks (run this script on the full font again):")
        print("\n".join(missing))
        sys.exit(1)
    print(f"{os.path.relpath(OUT, ROOT)} covers every Japanese text")


def jis_level_1_kanji():
    # EUC-JP rows 0xB0-0xCF hold JIS X 0208's first level, sorted by reading.
    for first in range(0xB0, 0xD0):
        for second in range(0xA1, 0xFF):
            try:
                yield bytes([first, second]).decode("euc_jp")
            except UnicodeDecodeError:
                pass


def characters():
    chars = set()
    for text in japanese_texts():
        chars.update(c for c in text if needs_the_subset(c))
    chars.update(jis_level_1_kanji())
    blocks = [
        (0x0020, 0x007E),  # Basic Latin: letters, digits, ASCII punctuation
        (0x00A0, 0x00FF),  # Latin-1: accented letters, «», ·
        (0x0100, 0x017F),  # Latin Extended-A: the macrons of romanised names (Jutarō)
        (0x0400, 0x045F),  # Cyrillic: Russian names typed by a student
        (0x2010, 0x2027),  # dashes, quotation marks, the ellipsis
        (0x2030, 0x203B),  # per mille, primes, angle quotation marks, reference mark
        (0x3000, 0x303F),  # CJK punctuation: 、。「」〜
        (0x3040, 0x309F),  # hiragana
        (0x30A0, 0x30FF),  # katakana
        (0xFF01, 0xFF60),  # full-width forms: （）：！
        (0xFF61, 0xFF9F),  # half-width katakana
    ]
    for start, end in blocks:
        chars.update(chr(c) for c in range(start, end + 1))
    return chars


def main():
    if sys.argv[1:] == ["--check"]:
        return check()
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    collection = TTCollection(sys.argv[1])
    faces = [font for font in collection.fonts if font["name"].getDebugName(1) == JAPANESE_FACE]
    if not faces:
        sys.exit(f"{sys.argv[1]} has no face named {JAPANESE_FACE!r}")
    font = faces[0]
    options = subset.Options()
    options.layout_features = ["*"]  # keep vertical and proportional forms
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False  # Bevy's text engine does not hint
    options.desubroutinize = False
    subsetter = subset.Subsetter(options)
    wanted = characters()
    subsetter.populate(unicodes=[ord(c) for c in wanted])
    subsetter.subset(font)
    # The same texts give the same file, byte for byte: no new timestamp in every run.
    font.recalcTimestamp = False
    font.save(OUT)
    print(f"{OUT}: {len(wanted)} characters, {os.path.getsize(OUT) // 1024} KB")


if __name__ == "__main__":
    main()
