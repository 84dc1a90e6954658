"""Reading drawn words back from a PDF: each word's /ActualText and where its glyphs were put."""

from __future__ import annotations

import io
import statistics
from dataclasses import dataclass

import pypdf
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.ttLib import TTFont as FontFile


@dataclass
class DrawnWord:
    text: str
    left: float
    right: float
    y: float
    glyphs: int


def drawn_words(pdf: bytes, page: int = 0) -> list[DrawnWord]:
    """Words in the order they were drawn, with the x of their first and last glyph."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    content = pypdf.generic.ContentStream(reader.pages[page].get_contents(), reader)
    words: list[DrawnWord] = []
    current: str | None = None
    origins: list[tuple[float, float]] = []
    for operands, operator in content.operations:
        if operator == b"BDC" and isinstance(operands[1], dict) and "/ActualText" in operands[1]:
            current, origins = str(operands[1]["/ActualText"]), []
        elif operator == b"Tm" and current is not None:
            origins.append((float(operands[4]), float(operands[5])))
        elif operator == b"EMC" and current is not None:
            glyphs = origins[1:]  # the first Tm is beginText's own origin
            xs = [x for x, _ in glyphs]
            # Marks and Nastaliq's cascading letters sit off the baseline; most glyphs sit on it.
            baseline = statistics.mode(round(y, 1) for _, y in glyphs)
            words.append(DrawnWord(current, min(xs), max(xs), baseline, len(glyphs)))
            current = None
    return words


def lines_of(words: list[DrawnWord]) -> list[list[DrawnWord]]:
    """Words grouped by baseline, top line first (glyph y offsets stay within a line)."""
    lines: list[list[DrawnWord]] = []
    for word in sorted(words, key=lambda w: -w.y):
        if lines and abs(lines[-1][0].y - word.y) < 4:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def outline(font: FontFile, glyph_name: str) -> list:
    pen = DecomposingRecordingPen(font.getGlyphSet())
    font.getGlyphSet()[glyph_name].draw(pen)
    return pen.value


def embedded_fonts(pdf: bytes) -> dict[str, FontFile]:
    """The TrueType subsets embedded in the PDF, by base font name."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    fonts: dict[str, FontFile] = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                continue
            data = descriptor.get_object()["/FontFile2"].get_object().get_data()
            fonts[str(font["/BaseFont"])] = FontFile(io.BytesIO(data))
    return fonts
