"""The documents' font faces: the bundled Noto Sans and a symbol font, registered once with ReportLab."""

from __future__ import annotations

import unicodedata
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cpmeeting.paths import RESOURCES

FONT = "CPMSans"
FONT_BOLD = "CPMSans-Bold"
FONT_ITALIC = "CPMSans-Italic"
# Noto Sans has no status marks (✓ ◐ ✗ ○ ●); DejaVu Sans has them, and draws just those.
FONT_SYMBOLS = "CPMSymbols"

_FONT_FILES = {
    FONT: "NotoSans-Regular.ttf",
    FONT_BOLD: "NotoSans-Bold.ttf",
    FONT_ITALIC: "NotoSans-Italic.ttf",
}
_SYMBOL_FILE = "symbols/DejaVuSans.ttf"


@cache
def register_fonts() -> None:
    """Register the bundled Noto Sans faces once; ReportLab embeds the subsets it uses."""
    folder = RESOURCES / "fonts"
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD)
    pdfmetrics.registerFont(TTFont(FONT_SYMBOLS, str(folder / _SYMBOL_FILE)))


def needs_symbol_font(ch: str) -> bool:
    """A character Noto Sans cannot draw and the symbol font can (✓ ◐ ✗ ○ ●)."""
    return ord(ch) in _symbol_only()


@cache
def _symbol_only() -> frozenset[int]:
    register_fonts()
    noto = pdfmetrics.getFont(FONT).face.charToGlyph
    symbols = pdfmetrics.getFont(FONT_SYMBOLS).face.charToGlyph
    # Only symbols and punctuation: letters always come from the document's own fonts.
    return frozenset(code for code in symbols if code not in noto and code > 0x2000
                     and unicodedata.category(chr(code))[0] in "SP")
