"""The page around every document: marking, running header, page N of M, copy label, tables."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle

from cpmeeting.i18n import document_translations
from cpmeeting.i18n.locales import format_date  # Babel itself loads on first use

from .fonts import FONT, FONT_BOLD, register_fonts
from .text import (
    ACCENT,
    MUTED,
    RULE,
    SHADE,
    is_rtl,
    needs_scripts,
    paragraph,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X


@dataclass
class Wording:
    """Translation and locale formatting for one document language."""

    language: str = "en"

    def __post_init__(self) -> None:
        self._catalog = document_translations(self.language)

    def t(self, message: str) -> str:
        """Fixed text (an English msgid) in the document language."""
        return self._catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        """Fixed text that counts something, in the language's own form for the count."""
        return self._catalog.ngettext(singular, plural, count)

    def date(self, day: date | None) -> str:
        if day is None:
            return self.t("Not recorded")
        return format_date(day, self.language, "long")

    def time(self, moment: datetime | None) -> str:
        return "" if moment is None else moment.strftime("%H:%M")

    def yes_no(self, value: bool | None) -> str:
        if value is None:
            return self.t("Not recorded")
        return self.t("Yes") if value else self.t("No")


@dataclass
class PageFurniture:
    """What is printed on every page around the content."""

    marking: str
    header_left: str
    header_right: str
    footer_left: str
    page_template: str = "Page {page} of {pages}"
    copy_label: str = ""
    language: str = "en"
    notice: str = ""  # a discreet line above the footer (fixed text not yet checked, say)
    logo: bytes = b""  # the authority's PNG or JPEG, at the head of every page


@dataclass
class SignaturePlace:
    """Where the visible signature block landed: page index (0-based) and box in points."""

    page_index: int = -1
    box: tuple[float, float, float, float] = (0, 0, 0, 0)


class SignatureBlock(Flowable):
    """The visible signature block: name, role, date and time, drawn in the document's font.

    The PDF signature field is later laid exactly over it, so clicking it shows the signature.
    """

    height_pt = 30 * mm

    def __init__(self, lines: Sequence[str], place: SignaturePlace, language: str = "en") -> None:
        super().__init__()
        self.lines = list(lines)
        self.place = place
        self.language = language
        self.hAlign = "RIGHT" if is_rtl(language) else "LEFT"
        self.width = CONTENT_WIDTH * 0.55
        self.height = self.height_pt

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(ACCENT)
        c.setFillColor(SHADE)
        c.setLineWidth(0.8)
        c.roundRect(0, 0, self.width, self.height, 3, stroke=1, fill=1)
        y = self.height - 6 * mm
        for index, line in enumerate(self.lines):
            font, size, colour = (FONT_BOLD, 9.5, ACCENT) if index == 0 else (FONT, 8.5, MUTED)
            c.setFillColor(colour)
            c.setFont(font, size)
            if needs_scripts(line, self.language):  # names in other scripts, RTL documents
                style = ParagraphStyle("signature", fontName=font, fontSize=size,
                                       leading=size + 2, textColor=colour,
                                       alignment=TA_RIGHT if is_rtl(self.language) else TA_LEFT)
                flowable = paragraph(line, style, self.language)
                _w, height = flowable.wrapOn(c, self.width - 8 * mm, 10 * mm)
                flowable.drawOn(c, 4 * mm, y - height + size)
            else:
                c.drawString(4 * mm, y, line)
            y -= 4.6 * mm
        c.restoreState()
        x0, y0 = c.absolutePosition(0, 0)
        self.place.page_index = c.getPageNumber() - 1
        self.place.box = (x0, y0, x0 + self.width, y0 + self.height)


def _numbered_canvas(furniture: PageFurniture, counted: list[int]) -> type[rl_canvas.Canvas]:
    """A canvas that holds pages back until the end so each can say 'Page N of M'."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            counted.append(total)
            for state in self._pages:
                self.__dict__.update(state)
                _decorate(self, furniture, self._pageNumber, total)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

    return NumberedCanvas


def _line_of_text(c: rl_canvas.Canvas, text: str, x: float, y: float, align: str,
                  language: str) -> None:
    """One line of furniture text with its baseline on y, hugging x on the `align` side.

    Other scripts go through the script-aware paragraph, shrunk to the text's own width so
    a right-to-left page number sits at its edge rather than half a page in.
    """
    if not needs_scripts(text, language):
        draw = c.drawRightString if align == "right" else c.drawString
        draw(x, y, text)
        return
    style = ParagraphStyle("furniture", fontName=FONT, fontSize=8, leading=10, textColor=MUTED,
                           alignment=TA_RIGHT if align == "right" else TA_LEFT)
    flowable = paragraph(text, style, language)
    flowable.wrapOn(c, CONTENT_WIDTH / 2, 20 * mm)
    used = getattr(flowable, "used_width", lambda: CONTENT_WIDTH / 2)()
    flowable.width = used  # aligned within its own width: it is exactly where we put it
    lift = getattr(flowable, "last_baseline", lambda: 0.0)()
    flowable.drawOn(c, x - used if align == "right" else x, y - lift)


def _decorate(c: rl_canvas.Canvas, f: PageFurniture, page: int, pages: int) -> None:
    c.saveState()
    top = PAGE_HEIGHT - 10 * mm
    c.setFont(FONT_BOLD, 9)
    c.setFillColor(ACCENT)
    c.drawCentredString(PAGE_WIDTH / 2, top, f.marking)
    c.setFont(FONT, 8)
    c.setFillColor(MUTED)
    right, left = ("left", "right") if is_rtl(f.language) else ("right", "left")
    edge = {"left": MARGIN_X, "right": PAGE_WIDTH - MARGIN_X}
    inset = _draw_logo(c, f.logo, edge[left], top - 6.5 * mm, left) if f.logo else 0.0
    text_x = edge[left] + (inset if left == "left" else -inset)
    _line_of_text(c, f.header_left, text_x, top - 5.5 * mm, left, f.language)
    _line_of_text(c, f.header_right, edge[right], top - 5.5 * mm, right, f.language)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN_X, top - 7.5 * mm, PAGE_WIDTH - MARGIN_X, top - 7.5 * mm)
    bottom = 9 * mm
    c.line(MARGIN_X, bottom + 8 * mm, PAGE_WIDTH - MARGIN_X, bottom + 8 * mm)
    _line_of_text(c, f.copy_label or f.footer_left, edge[left], bottom + 3.5 * mm, left,
                  f.language)
    _line_of_text(c, f.page_template.format(page=page, pages=pages), edge[right],
                  bottom + 3.5 * mm, right, f.language)
    if f.notice:
        _notice(c, f.notice, bottom + 9.5 * mm, f.language)
    c.setFont(FONT_BOLD, 9)
    c.setFillColor(ACCENT)
    c.drawCentredString(PAGE_WIDTH / 2, bottom - 1 * mm, f.marking)
    c.restoreState()


LOGO_HEIGHT = 11 * mm
LOGO_MAX_WIDTH = 40 * mm


@lru_cache(maxsize=4)
def _logo_image(data: bytes) -> ImageReader:
    return ImageReader(io.BytesIO(data))


def _draw_logo(c: rl_canvas.Canvas, data: bytes, x: float, y: float, align: str) -> float:
    """The logo standing on y at the header's edge x; the room it takes (with a gap)."""
    image = _logo_image(data)
    width, height = image.getSize()
    scale = min(LOGO_HEIGHT / height, LOGO_MAX_WIDTH / width)
    drawn_width, drawn_height = width * scale, height * scale
    left = x if align == "left" else x - drawn_width
    c.drawImage(image, left, y, drawn_width, drawn_height, mask="auto")
    return drawn_width + 3 * mm


def _notice(c: rl_canvas.Canvas, text: str, y: float, language: str) -> None:
    """A small grey line centred just above the footer rule."""
    c.setFont(FONT, 6.5)
    c.setFillColor(MUTED)
    if not needs_scripts(text, language) and c.stringWidth(text, FONT, 6.5) <= CONTENT_WIDTH:
        c.drawCentredString(PAGE_WIDTH / 2, y, text)
        return
    style = ParagraphStyle("notice", fontName=FONT, fontSize=6.5, leading=8, textColor=MUTED,
                           alignment=TA_CENTER)
    flowable = paragraph(text, style, language)
    flowable.wrapOn(c, CONTENT_WIDTH, 10 * mm)
    # The last line's baseline a little above y: Nastaliq and Naskh descend further than
    # Latin, and would otherwise run through the footer rule.
    lift = getattr(flowable, "last_baseline", lambda: 0.0)()
    flowable.drawOn(c, MARGIN_X, y - lift + 0.4 * style.fontSize)


def render(story: list[Flowable], furniture: PageFurniture, title: str,
           author: str) -> tuple[bytes, int]:
    """Lay the story out on A4 pages with the furniture; the PDF's bytes and page count."""
    register_fonts()
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title,
                          author=author, creator="cpmeeting", subject=furniture.marking)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    counted: list[int] = []
    doc.build(story, canvasmaker=_numbered_canvas(furniture, counted))
    return out.getvalue(), counted[-1]


@dataclass
class TableBuilder:
    """A table of plain-text cells with a repeated, shaded header row."""

    headers: Sequence[str]
    widths: Sequence[float]
    language: str = "en"
    rows: list[list[Flowable]] = field(default_factory=list)

    def add(self, *cells: str) -> None:
        self.rows.append([paragraph(cell, "cell", self.language) for cell in cells])

    def build(self, empty: str = "") -> Flowable:
        if not self.rows and empty:
            return paragraph(empty, "muted", self.language)
        head = [paragraph(h, "cell_head", self.language) for h in self.headers]
        total = sum(self.widths)
        widths: list[float] | None = [CONTENT_WIDTH * w / total for w in self.widths]
        rows: list[list[Flowable]] = [head, *self.rows]
        commands: list[tuple] = [
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        if is_rtl(self.language):
            from .scripts import mirror_table  # columns read right to left

            rows, widths, commands = mirror_table(rows, widths, commands, self.language)
        table = Table(rows, colWidths=widths, repeatRows=1,
                      hAlign="RIGHT" if is_rtl(self.language) else "LEFT")
        table.setStyle(TableStyle(commands))
        table.spaceAfter = 5
        return table

