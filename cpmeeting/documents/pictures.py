"""Simple pictures for easy-read documents, drawn with ReportLab shapes (no icon files, so no
licence to carry): a person for who, a clipboard with ticks for what, a calendar for when."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from .fonts import FONT_BOLD
from .text import ACCENT

PICTURE_SIZE = 16 * mm
FILL = colors.HexColor("#dce9f5")
INK = ACCENT


class Picture(Flowable):
    """One picture, PICTURE_SIZE square: "who", "what" or "when" (with the day of the month)."""

    def __init__(self, kind: str, day: int | None = None, size: float = PICTURE_SIZE) -> None:
        super().__init__()
        if kind not in ("who", "what", "when", "helper", "home"):
            raise ValueError(f"No picture called {kind!r}.")
        self.kind, self.day, self.size = kind, day, size
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        c, s = self.canv, self.size
        c.saveState()
        c.setStrokeColor(INK)
        c.setFillColor(FILL)
        c.setLineWidth(max(s / 40, 1))
        getattr(self, f"_{self.kind}")(c, s)
        c.restoreState()

    @staticmethod
    def _who(c, s) -> None:
        c.circle(s / 2, s * 0.70, s * 0.17, stroke=1, fill=1)  # head
        path = c.beginPath()  # shoulders and body
        path.moveTo(s * 0.18, s * 0.08)
        path.curveTo(s * 0.18, s * 0.42, s * 0.30, s * 0.50, s / 2, s * 0.50)
        path.curveTo(s * 0.70, s * 0.50, s * 0.82, s * 0.42, s * 0.82, s * 0.08)
        path.close()
        c.drawPath(path, stroke=1, fill=1)

    @staticmethod
    def _helper(c, s) -> None:
        """Two people side by side: the people who will help."""
        for x in (0.32, 0.68):
            c.circle(s * x, s * 0.68, s * 0.12, stroke=1, fill=1)
            c.roundRect(s * (x - 0.15), s * 0.10, s * 0.30, s * 0.42, s * 0.08, stroke=1, fill=1)

    @staticmethod
    def _what(c, s) -> None:
        c.roundRect(s * 0.16, s * 0.04, s * 0.68, s * 0.86, s * 0.06, stroke=1, fill=1)
        c.setFillColor(INK)
        c.roundRect(s * 0.36, s * 0.84, s * 0.28, s * 0.12, s * 0.03, stroke=1, fill=1)  # clip
        for n in range(3):
            y = s * (0.66 - n * 0.2)
            tick = c.beginPath()
            tick.moveTo(s * 0.26, y)
            tick.lineTo(s * 0.32, y - s * 0.06)
            tick.lineTo(s * 0.42, y + s * 0.06)
            c.drawPath(tick, stroke=1, fill=0)
            c.line(s * 0.50, y, s * 0.74, y)

    def _when(self, c, s) -> None:
        c.roundRect(s * 0.08, s * 0.06, s * 0.84, s * 0.76, s * 0.06, stroke=1, fill=1)
        c.setFillColor(INK)
        c.rect(s * 0.08, s * 0.62, s * 0.84, s * 0.20, stroke=1, fill=1)  # the top band
        for x in (0.30, 0.70):  # rings
            c.roundRect(s * (x - 0.04), s * 0.74, s * 0.08, s * 0.20, s * 0.03, stroke=0, fill=1)
        if self.day is not None:
            c.setFont(FONT_BOLD, s * 0.38)
            c.drawCentredString(s / 2, s * 0.18, str(self.day))
        else:
            for row in range(2):
                for col in range(4):
                    c.rect(s * (0.17 + col * 0.18), s * (0.38 - row * 0.2), s * 0.1, s * 0.1,
                           stroke=0, fill=1)

    @staticmethod
    def _home(c, s) -> None:
        roof = c.beginPath()
        roof.moveTo(s * 0.08, s * 0.52)
        roof.lineTo(s / 2, s * 0.92)
        roof.lineTo(s * 0.92, s * 0.52)
        roof.close()
        c.drawPath(roof, stroke=1, fill=1)
        c.rect(s * 0.18, s * 0.06, s * 0.64, s * 0.48, stroke=1, fill=1)
        c.setFillColor(INK)
        c.rect(s * 0.42, s * 0.06, s * 0.16, s * 0.26, stroke=0, fill=1)  # door
