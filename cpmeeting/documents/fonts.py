"""The documents' font faces: the bundled Noto Sans, registered once with ReportLab."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cpmeeting.paths import RESOURCES

FONT = "CPMSans"
FONT_BOLD = "CPMSans-Bold"
FONT_ITALIC = "CPMSans-Italic"

_FONT_FILES = {
    FONT: "NotoSans-Regular.ttf",
    FONT_BOLD: "NotoSans-Bold.ttf",
    FONT_ITALIC: "NotoSans-Italic.ttf",
}


@cache
def register_fonts() -> None:
    """Register the bundled Noto Sans faces once; ReportLab embeds the subsets it uses."""
    folder = RESOURCES / "fonts"
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD)
