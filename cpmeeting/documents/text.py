"""The one place where document text becomes ReportLab flowables, and the fonts behind it.

Every paragraph of free text and fixed text in the minutes, the plan and the copies passes
through `paragraph()`, so script-aware rendering (right-to-left, complex scripts) from
`documents/scripts.py` applies everywhere at once; plain Latin text keeps ReportLab's fast
Paragraph.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph

from cpmeeting.i18n.locales import is_rtl
from cpmeeting.paths import RESOURCES

FONT = "CPMSans"
FONT_BOLD = "CPMSans-Bold"
FONT_ITALIC = "CPMSans-Italic"
# Noto Sans has no status marks (✓ ◐ ✗ ○ ●); DejaVu Sans has them, and draws just those.
FONT_SYMBOLS = "CPMSymbols"

INK = colors.HexColor("#1d2329")
MUTED = colors.HexColor("#5b6670")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#c9d1d9")
SHADE = colors.HexColor("#eef2f6")

_FONT_FILES = {
    FONT: "NotoSans-Regular.ttf",
    FONT_BOLD: "NotoSans-Bold.ttf",
    FONT_ITALIC: "NotoSans-Italic.ttf",
}
_SYMBOL_FILE = "symbols/DejaVuSans.ttf"

# Text beyond Latin, Greek and Cyrillic goes to the script-aware renderer when there is one;
# punctuation, symbols and extended Latin/Greek (U+1E00 to U+2BFF) stay simple.
_SIMPLE_SCRIPT_LIMIT = 0x052F
_SIMPLE_EXTRA = range(0x1E00, 0x2C00)


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


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The documents' paragraph styles: calm, one family, a clear hierarchy."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=4)
    result = {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11.5, spaceAfter=2),
        "muted": ParagraphStyle("muted", parent=body, fontSize=8.5, leading=11.5,
                                textColor=MUTED, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=body, fontName=FONT_BOLD, fontSize=8.5,
                                    leading=11, spaceAfter=0, textColor=ACCENT),
        "label": ParagraphStyle("label", parent=body, fontName=FONT_BOLD, fontSize=9,
                                leading=12, spaceAfter=1, textColor=MUTED),
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=20,
                                leading=25, spaceAfter=6, textColor=ACCENT),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=12, leading=16,
                                   spaceAfter=14, textColor=MUTED),
        "h1": ParagraphStyle("h1", parent=body, fontName=FONT_BOLD, fontSize=13.5, leading=18,
                             spaceBefore=14, spaceAfter=6, textColor=ACCENT, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=10.5, leading=14,
                             spaceBefore=8, spaceAfter=3, textColor=INK, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=body, fontName=FONT_BOLD, fontSize=9.5, leading=13,
                             spaceBefore=4, spaceAfter=2, textColor=INK, keepWithNext=1),
    }
    # Headings above tables: the table may split across pages, so instead of keeping the
    # heading with all of it (leaving half a page empty), a conditional page break keeps the
    # heading off the bottom of a page.
    for name in ("h1", "h2"):
        result[f"{name}-table"] = ParagraphStyle(f"{name}-table", parent=result[name],
                                                 keepWithNext=0)
    return result


def _markup(text: str) -> str:
    """Plain text as Paragraph markup; a symbol Noto lacks is drawn in the symbol font."""
    marked = escape(text).replace("\n", "<br/>")
    if not any(needs_symbol_font(ch) for ch in text):
        return marked
    return "".join(f'<font name="{FONT_SYMBOLS}">{ch}</font>' if needs_symbol_font(ch) else ch
                   for ch in marked)


def needs_scripts(text: str, language: str) -> bool:
    """Right-to-left documents, combining marks and scripts beyond Latin, Greek and Cyrillic
    are drawn by scripts.py (bidi, shaping, line breaking)."""
    return is_rtl(language) or any(
        (ord(ch) > _SIMPLE_SCRIPT_LIMIT and ord(ch) not in _SIMPLE_EXTRA)
        or unicodedata.combining(ch) for ch in text)


def paragraph(text: str, style: str | ParagraphStyle = "body", language: str = "en") -> Flowable:
    """A paragraph of plain text (no markup) in the given style and document language."""
    chosen = styles()[style] if isinstance(style, str) else style
    if needs_scripts(text, language):
        from .scripts import paragraph as script_paragraph  # scripts.py imports this module

        return script_paragraph(text, chosen, language)
    return Paragraph(_markup(text), chosen)


def labelled(label: str, value: str, language: str = "en", style: str = "body") -> Flowable:
    """'Label: value' on one paragraph, the label in bold; both plain text."""
    if needs_scripts(label + value, language):
        # The value is isolated (FSI...PDI) so a name or English text keeps its own order.
        return paragraph(f"{label}: \u2068{value}\u2069", style, language)
    return Paragraph(f"<b>{_markup(label)}:</b> {_markup(value)}", styles()[style])
