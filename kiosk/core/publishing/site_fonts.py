"""The microsite's web fonts: for each script other than Latin that the site's text uses, the bundled Noto font cut
down to the characters used (WOFF2), named in @font-face rules with the phone's own copy first (`local()`), so a
phone without a Thai (Khmer, Lao, ...) font still shows the script and a phone with one downloads nothing."""

from __future__ import annotations

import io

from fontTools import subset
from fontTools.ttLib import TTFont

from kiosk.core.common import assets

# Characters the browser's shaper splits into others before it looks for glyphs (Thai and Lao SARA AM before a tone
# mark, Khmer split vowels), and the dotted circle it draws under a lone mark: kept whenever their script is used.
SHAPER_NEEDS = {0x0E33: (0x0E4D, 0x0E32), 0x0EB3: (0x0ECD, 0x0EB2),
                **{v: (0x17C1,) for v in range(0x17BE, 0x17C6)}}
DOTTED_CIRCLE = 0x25CC


def subsets(chars: set[str]) -> list[tuple[str, bytes, str]]:
    """(file name, WOFF2 bytes, its @font-face rule) for each bundled face whose script `chars` use."""
    out = []
    for script in assets.SCRIPTS:
        used = sorted({ord(c) for c in chars if any(lo <= ord(c) <= hi for lo, hi in script.ranges)})
        if not used:
            continue
        used = sorted({*used, DOTTED_CIRCLE, *(n for c in used for n in SHAPER_NEEDS.get(c, ()))})
        ranges = ", ".join(f"U+{lo:04X}-{hi:04X}" for lo, hi in script.ranges)
        for bold in (False, True) if script.bold else (False,):
            path = script.file(bold)
            font = TTFont(path)
            options = subset.Options()
            options.flavor = "woff2"
            options.layout_features = ["*"]  # Thai marks and Khmer clusters need their shaping rules
            options.hinting = False  # half the bytes; phones scale glyphs well enough without it
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=used)
            subsetter.subset(font)
            data = io.BytesIO()
            font.save(data)
            names = font["name"]
            full, postscript = names.getDebugName(4), names.getDebugName(6)
            name = path.with_suffix(".woff2").name
            rule = (f'@font-face {{ font-family: "{script.family}"; font-weight: {700 if bold else 400}; '
                    f'font-display: swap; src: local("{full}"), local("{postscript}"), '
                    f'url("fonts/{name}") format("woff2"); unicode-range: {ranges}; }}\n')
            out.append((name, data.getvalue(), rule))
    return out
