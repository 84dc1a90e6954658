"""The footer of a right-to-left copy is as calm as the English one: the page number at the
reading end (the left), no taller than the English, clear of the rule and the marking."""

from __future__ import annotations

import subprocess

import pytest

from cpmeeting.documents.plan import build_plan
from cpmeeting.domain.copies import Audience

DPI = 100
MM = DPI / 25.4


def _gray_page(pdf: bytes) -> list[bytes]:
    """Page 1 as rows of grey bytes (0 black, 255 white), read from pdftoppm's PGM."""
    out = subprocess.run(["pdftoppm", "-r", str(DPI), "-f", "1", "-l", "1", "-gray"],
                         input=pdf, capture_output=True, check=True).stdout
    header, rest = out.split(b"\n", 1)
    assert header == b"P5"
    size, rest = rest.split(b"\n", 1)
    width, height = map(int, size.split())
    _maxval, pixels = rest.split(b"\n", 1)
    return [pixels[row * width:(row + 1) * width] for row in range(height)]


def _ink(rows: list[bytes], top_mm: float, bottom_mm: float, left_mm: float,
         right_mm: float) -> list[int]:
    """Rows (in pixels from the page top) holding dark pixels inside a box given in mm."""
    found = []
    for y in range(int(top_mm * MM), int(bottom_mm * MM)):
        if any(v < 160 for v in rows[y][int(left_mm * MM):int(right_mm * MM)]):
            found.append(y)
    return found


def _footer(conference, profile, language: str) -> tuple[list[bytes], list[int], list[int]]:
    mother = next(p for p in conference.family if p.name == "Delphine Thornbury")
    mother.language = language
    rows = _gray_page(build_plan(conference, profile, Audience.family(mother.id, language)).pdf)
    # The footer line lies between the rule (17 mm above the page's foot, 280 mm from the
    # top) and the marking (its top about 286.5 mm from the top).
    left = _ink(rows, 280.6, 286.2, 20, 60)
    right = _ink(rows, 280.6, 286.2, 150, 190)
    return rows, left, right


@pytest.mark.parametrize("language", ["ur", "ar"])
def test_rtl_page_number_sits_at_the_left_edge_and_is_no_taller(conference, profile, language):
    rows, left, right = _footer(conference, profile, language)
    assert left and right  # page number at the left end, copy label at the right
    # The copy label may reach the middle from the right; nothing sits left of it.
    assert not _ink(rows, 280.6, 286.2, 62, 102), "nothing floats in the middle of the footer"
    _rows, english_left, english_right = _footer(conference, profile, "en")
    english_height = len(english_right)  # "Page 1 of N" sits at the right in English
    assert len(left) <= english_height * 1.6
    assert len(left) <= 3.2 * MM  # about the height of the Latin line, not 4 mm and more


def test_rtl_notice_clears_the_footer_rule(conference, profile):
    rows, _left, _right = _footer(conference, profile, "ur")
    rule = [y for y in range(int(279 * MM), int(281 * MM))
            if sum(v < 230 for v in rows[y][int(25 * MM):int(185 * MM)]) > 140 * MM]
    assert rule, "the footer rule is drawn"
    above = rule[0] - 1
    # The row just above the rule is clear across the notice's width: no letters touch it.
    assert all(v > 200 for v in rows[above][int(25 * MM):int(185 * MM)])
