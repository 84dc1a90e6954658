"""Text in any script, drawn right: bidi order, shaping, line breaks and fonts done here.

ReportLab places words left to right and has no bidi without `rlbidi`, so right-to-left text
comes out reversed. This module lays out such paragraphs itself: it measures each word shaped
by HarfBuzz, breaks lines on those widths, resolves bidi levels (UAX #9, python-bidi's
reference algorithm) and orders every line visually before drawing HarfBuzz's glyphs one by
one. Each drawn word carries its logical text as /ActualText, so copying from the PDF and
reading it back (pdftotext) give words in reading order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from xml.sax.saxutils import escape

import uharfbuzz as hb
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph

from cpmeeting.i18n.bidi import ISOLATE_CONTROLS, paragraph_level, visual_order, without_embeddings
from cpmeeting.i18n.bidi import levels as bidi_levels
from cpmeeting.i18n.locales import is_rtl
from cpmeeting.paths import RESOURCES

from .fonts import FONT, FONT_BOLD, FONT_SYMBOLS, needs_symbol_font, register_fonts

# Script font files in resources/fonts/scripts, with the line height each script needs
# (Nastaliq's stacked letters reach far above and below the line).
_SCRIPT_FONTS: dict[str, tuple[str, float]] = {
    "naskh": ("NotoNaskhArabic", 1.55),
    "nastaliq": ("NotoNastaliqUrdu", 2.1),
    "bengali": ("NotoSansBengali", 1.5),
    "gurmukhi": ("NotoSansGurmukhi", 1.5),
    "ethiopic": ("NotoSansEthiopic", 1.4),
}
_LANGUAGE_SCRIPTS = {"ar": "naskh", "fa": "naskh", "ps": "naskh", "ckb": "naskh", "sd": "naskh",
                     "ur": "nastaliq", "bn": "bengali", "as": "bengali", "pa": "gurmukhi",
                     "ti": "ethiopic", "am": "ethiopic"}
_RANGES = (((0x0600, 0x06FF), "naskh"), ((0x0750, 0x077F), "naskh"), ((0x08A0, 0x08FF), "naskh"),
           ((0xFB50, 0xFDFF), "naskh"), ((0xFE70, 0xFEFF), "naskh"), ((0x0980, 0x09FF), "bengali"),
           ((0x0A00, 0x0A7F), "gurmukhi"), ((0x1200, 0x139F), "ethiopic"),
           ((0x2D80, 0x2DDF), "ethiopic"), ((0xAB00, 0xAB2F), "ethiopic"))
_ISOLATE_CONTROLS = dict.fromkeys(map(ord, ISOLATE_CONTROLS))


def _char_script(ch: str) -> str | None:
    code = ord(ch)
    return next((script for (low, high), script in _RANGES if low <= code <= high), None)


def _script_of(text: str, language: str) -> str | None:
    chosen = _LANGUAGE_SCRIPTS.get(language)
    script = next(filter(None, map(_char_script, text)), None)
    if script is None:
        return chosen
    # Urdu and Arabic share code points: the language decides the style of writing.
    return chosen if chosen in ("naskh", "nastaliq") and script == "naskh" else script


@cache
def script_font(script: str, bold: bool) -> str:
    """Register the bundled font for a script (once) and return its ReportLab name."""
    family, _ = _SCRIPT_FONTS[script]
    name = f"CPM{family}-{'Bold' if bold else 'Regular'}"
    pdfmetrics.registerFont(TTFont(name, str(RESOURCES / "fonts" / "scripts" / f"{name[3:]}.ttf")))
    return name


@dataclass(frozen=True)
class _Face:
    """A registered TrueType font with its HarfBuzz counterpart."""

    name: str
    ttf: TTFont
    hb_font: hb.Font
    upem: int

    def covers(self, ch: str) -> bool:
        return ord(ch) in self.ttf.face.charToGlyph


@cache
def _face(name: str) -> _Face:
    ttf = pdfmetrics.getFont(name)
    font = hb.Font(ttf.hbFace)
    ttf.hbFont()  # makes ReportLab's private-code mapping for unmapped glyphs available
    return _Face(name, ttf, font, ttf.hbFace.upem)


@dataclass(frozen=True)
class Glyph:
    gid: int
    cluster: int
    x_advance: int
    x_offset: int
    y_offset: int


@lru_cache(maxsize=8192)
def shape(text: str, font_name: str, rtl: bool) -> tuple[Glyph, ...]:
    """HarfBuzz's glyphs for text in one font and direction, in visual order (font units)."""
    face = _face(font_name)
    buffer = hb.Buffer()
    buffer.add_codepoints([ord(ch) for ch in text])
    buffer.direction = "rtl" if rtl else "ltr"
    buffer.guess_segment_properties()
    hb.shape(face.hb_font, buffer, {"kern": True, "liga": True})
    return tuple(Glyph(info.codepoint, info.cluster, pos.x_advance, pos.x_offset, pos.y_offset)
                 for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True))


@dataclass
class _Run:
    """Characters [start, end) of the paragraph at one bidi level, drawn with one font."""

    start: int
    end: int
    level: int
    font: str
    glyphs: tuple[Glyph, ...] = ()
    width: float = 0.0


@dataclass
class _Line:
    runs: list[_Run]  # in visual order, left to right
    width: float


class ScriptParagraph(Flowable):
    """A paragraph of plain text in any script, wrapped and ordered for display."""

    def __init__(self, text: str, style: ParagraphStyle, language: str = "en",
                 _lines: list[_Line] | None = None, _layout: tuple | None = None) -> None:
        super().__init__()
        self.text = without_embeddings(text)
        self.style = style
        self.language = language
        self.bold = bold = "Bold" in style.fontName
        script = _script_of(self.text, language)
        self.latin_font = FONT_BOLD if bold else FONT
        self.main_font = script_font(script, bold) if script else self.latin_font
        factor = _SCRIPT_FONTS[script][1] if script else 1.2
        self.leading = max(style.leading, style.fontSize * factor)
        # Rule P2: a paragraph with no right-to-left letter (a name, English free text) keeps
        # left-to-right order even in an Urdu document; it is still aligned with the document.
        has_rtl = any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in self.text)
        self.base_level = 1 if has_rtl and (is_rtl(language) or paragraph_level(self.text)) else 0
        self.right_aligned = is_rtl(language) or self.base_level == 1
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        self._lines = _lines
        self._layout = _layout  # (levels, fonts, words) shared by the pieces of a split

    # -- layout -------------------------------------------------------------------------
    def _analyse(self) -> tuple[list[int], list[str], list[int]]:
        if self._layout is None:
            register_fonts()
            text = self.text
            levels = []
            for part in re.finditer(r"[^\n]*\n?", text):
                if part.group(0):
                    levels.extend(bidi_levels(part.group(0), self.base_level))
            main, latin = _face(self.main_font), _face(self.latin_font)
            fonts: list[str] = []
            for i, ch in enumerate(text):
                previous = fonts[i - 1] if i else None
                neutral = not (ch.isalpha() or unicodedata.category(ch).startswith("M"))
                if neutral and previous and _face(previous).covers(ch):
                    fonts.append(previous)
                elif main.covers(ch):
                    fonts.append(main.name)
                elif latin.covers(ch):
                    fonts.append(latin.name)
                elif needs_symbol_font(ch):  # a status mark (✓ ◐ ✗)
                    fonts.append(FONT_SYMBOLS)
                else:  # another script (a Bengali name in an Urdu copy): its own font
                    other = _char_script(ch)
                    fonts.append(script_font(other, self.bold) if other else main.name)
            # Word numbers for /ActualText; spaces and isolate marks belong to no word.
            gap = [ch.isspace() or ord(ch) in _ISOLATE_CONTROLS for ch in text]
            words, word = [], -1
            for i in range(len(text)):
                if gap[i]:
                    words.append(-1)
                else:
                    word = word + 1 if i == 0 or gap[i - 1] else word
                    words.append(word)
            self._layout = (levels, fonts, words)
        return self._layout

    def _runs(self, start: int, end: int) -> list[_Run]:
        """The characters [start, end) as runs in visual order, shaped."""
        levels, fonts, _ = self._analyse()
        runs: list[_Run] = []
        for i in range(start, end):
            if runs and runs[-1].level == levels[i] and runs[-1].font == fonts[i]:
                runs[-1].end = i + 1
            else:
                runs.append(_Run(i, i + 1, levels[i], fonts[i]))
        runs = [runs[i] for i in visual_order([r.level for r in runs])]
        scale = self.style.fontSize
        for run in runs:
            run.glyphs = shape(self.text[run.start:run.end], run.font, bool(run.level % 2))
            face = _face(run.font)
            run.width = sum(g.x_advance for g in run.glyphs) * scale / face.upem
        return runs

    def _width(self, start: int, end: int) -> float:
        return sum(run.width for run in self._runs(start, end))

    def _break(self, width: float) -> list[_Line]:
        """Greedy line breaking at spaces, on shaped widths; hard breaks at newlines."""
        text = self.text
        lines: list[_Line] = []
        for part in re.finditer(r"[^\n]+|\n(?=\n)", text):
            if part.group(0) == "\n":
                lines.append(_Line([], 0.0))
                continue
            spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", part.group(0))]
            spans = [(part.start() + a, part.start() + b) for a, b in spans]
            # Words measured alone (shaping is cached per word); joining across a space
            # changes nothing, so the sum is the line's width.
            gap = self._width(spans[0][1], spans[0][1] + 1) if len(spans) > 1 else 0.0
            spans = [piece for a, b in spans for piece in self._fit(a, b, width)]
            sizes = [self._width(a, b) for a, b in spans]
            i = 0
            while i < len(spans):
                j, used = i + 1, sizes[i]
                while j < len(spans) and used + gap + sizes[j] <= width:
                    used += gap + sizes[j]
                    j += 1
                runs = self._runs(spans[i][0], spans[j - 1][1])
                lines.append(_Line(runs, sum(r.width for r in runs)))
                i = j
        return lines

    def _fit(self, start: int, end: int, width: float) -> list[tuple[int, int]]:
        """A word wider than the line (an e-mail address, a long number) cut where it must be."""
        if self._width(start, end) <= width:
            return [(start, end)]
        pieces = []
        while start < end:
            cut = start + 1
            while cut < end and self._width(start, cut + 1) <= width:
                cut += 1
            while start + 1 < cut < end and unicodedata.category(self.text[cut]).startswith("M"):
                cut -= 1  # never part a letter from its marks
            pieces.append((start, cut))
            start = cut
        return pieces

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._lines is None or getattr(self, "_wrapped_width", None) != available_width:
            self._lines = self._break(available_width)
            self._wrapped_width = available_width
        self.width = available_width
        self.height = len(self._lines) * self.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        fit = int(available_height // self.leading)
        if fit <= 0 or fit >= len(self._lines):
            return [] if fit <= 0 else [self]
        pieces = []
        for lines in (self._lines[:fit], self._lines[fit:]):
            piece = ScriptParagraph(self.text, self.style, self.language, lines, self._layout)
            piece._wrapped_width = available_width
            pieces.append(piece)
        return pieces

    def used_width(self) -> float:
        """The widest line as wrapped: how much room the text really takes."""
        return max((line.width for line in self._lines or []), default=0.0)

    def last_baseline(self) -> float:
        """How far above the paragraph's bottom its last line sits (see draw)."""
        return (self.leading - self.style.fontSize) * 0.45

    def getSpaceBefore(self) -> float:  # noqa: N802 (ReportLab's interface)
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.style.spaceAfter

    # -- drawing ------------------------------------------------------------------------
    def _line_x(self, line: _Line) -> float:
        alignment = self.style.alignment
        if self.right_aligned and alignment in (TA_LEFT, TA_JUSTIFY):
            alignment = TA_RIGHT  # a right-to-left paragraph starts at the right margin
        if alignment == TA_RIGHT:
            return self.width - line.width
        if alignment == TA_CENTER:
            return (self.width - line.width) / 2
        return 0.0

    def draw(self) -> None:
        canvas = self.canv
        _, _, words = self._analyse()
        size = self.style.fontSize
        canvas.saveState()
        canvas.setFillColor(self.style.textColor)
        baseline = self.height - self.leading + (self.leading - size) * 0.45
        for number, line in enumerate(self._lines or []):
            y = baseline - number * self.leading
            x = self._line_x(line)
            for run in line.runs:
                face = _face(run.font)
                scale = size / face.upem
                group: list[tuple[float, float, Glyph]] = []
                group_word = None
                for glyph in run.glyphs:
                    word = words[run.start + glyph.cluster]
                    if word != group_word and group:
                        self._draw_word(face, run, group, group_word)
                        group = []
                    group_word = word
                    group.append((x + glyph.x_offset * scale, y + glyph.y_offset * scale, glyph))
                    x += glyph.x_advance * scale
                if group:
                    self._draw_word(face, run, group, group_word)
        canvas.restoreState()

    def _draw_word(self, face: _Face, run: _Run, group: list, word: int) -> None:
        if word < 0:
            return  # spaces: the gap is the drawing
        _, _, words = self._analyse()
        chars = [i for i in range(run.start, run.end) if words[i] == word]
        actual = self.text[chars[0]:chars[-1] + 1]
        canvas = self.canv
        canvas.addLiteral("/Span <</ActualText <FEFF{}>>> BDC".format(actual.encode("utf-16-be").hex()))
        text = canvas.beginText()
        text.setFont(face.name, self.style.fontSize)
        for x, y, glyph in group:
            text.setTextOrigin(x, y)
            text.textOut(_glyph_char(face, glyph.gid))
        canvas.drawText(text)
        canvas.addLiteral("EMC")


def _glyph_char(face: _Face, gid: int) -> str:
    """A character that ReportLab's font subset maps to this glyph (private use if needed)."""
    chars = face.ttf.face.glyphToChar.get(gid)
    if chars:
        return chr(chars[0])
    advance = face.hb_font.get_glyph_h_advance(gid)
    name = face.hb_font.glyph_to_string(gid)
    return chr(face.ttf.hbAddPrivate(name, gid, face.ttf.pdfScale(advance)))


def markup(text: str) -> str:
    """Plain text as ReportLab paragraph markup: escaped, line breaks kept, and a symbol Noto
    lacks drawn in the symbol font."""
    marked = escape(text).replace("\n", "<br/>")
    if not any(needs_symbol_font(ch) for ch in text):
        return marked
    return "".join(f'<font name="{FONT_SYMBOLS}">{ch}</font>' if needs_symbol_font(ch) else ch
                   for ch in marked)


def _plain_latin(text: str) -> bool:
    return all(ord(ch) < 0x0590 or 0x1E00 <= ord(ch) <= 0x20CF for ch in text)


def paragraph(text: str, style: ParagraphStyle, language: str = "en") -> Flowable:
    """A flowable for plain text (no markup) that renders correctly in the language's script."""
    if not is_rtl(language) and _plain_latin(text) and not paragraph_level(text):
        shaped = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
        # Left to right throughout: nothing to isolate. Composed letters suit every font.
        plain = unicodedata.normalize("NFC", text.translate(_ISOLATE_CONTROLS))
        return Paragraph(markup(plain), shaped)  # Latin: ReportLab's own wrapping, shaped marks
    return ScriptParagraph(text, style, language)


def isolate(text: str) -> str:
    """Text from the record wrapped as a bidi isolate (FSI ... PDI) for a script paragraph."""
    return f"\u2068{text}\u2069" if text else text


def mirror_table(rows: Sequence[Sequence], col_widths: Sequence[float] | None,
                 commands: Sequence[tuple], language: str) -> tuple[list, list | None, list]:
    """Rows, column widths and TableStyle commands mirrored for a right-to-left language."""
    if not is_rtl(language):
        return [list(r) for r in rows], list(col_widths) if col_widths else None, list(commands)
    count = max((len(r) for r in rows), default=0)

    def flip(column: int) -> int:
        return count - 1 - (column if column >= 0 else count + column)

    # Right alignment first, so that a command's own alignment still overrides it.
    mirrored: list[tuple] = [("ALIGN", (0, 0), (-1, -1), "RIGHT")]
    for command in commands:
        name, (c0, r0), (c1, r1), *rest = command
        if name == "ALIGN" and rest and rest[0] in ("LEFT", "RIGHT"):
            rest = ["RIGHT" if rest[0] == "LEFT" else "LEFT", *rest[1:]]
        mirrored.append((name, (flip(c1), r0), (flip(c0), r1), *rest))
    widths = list(col_widths)[::-1] if col_widths else None
    return [list(r)[::-1] for r in rows], widths, mirrored
