"""The text of a PDF read back, for the document tests to assert what a reader sees."""

from __future__ import annotations

import io


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page, whitespace collapsed so wrapped phrases still match."""
    from pypdf import PdfReader

    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def all_text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))
