"""PO files of a family copy's free text: the other format translation services take.

Each unit is one entry: msgctxt is the unit id, msgid the English, msgstr the translation.
A translation still to do (or stale) is marked fuzzy; a checked one carries the flag
"checked", which gettext tools keep untouched.
"""

from __future__ import annotations

import io
import unicodedata

from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileError, read_po, write_po

from cpmeeting.domain.copy_text import ImportedUnit, TranslationMismatch, WorkItem
from cpmeeting.domain.text import N_
from cpmeeting.domain.translation import TranslationStatus

from .xliff import export_status

CHECKED_FLAG = "checked"


def to_po(items: list[WorkItem], language: str, project: str = "cpmeeting family copy") -> bytes:
    """The units as a PO file (UTF-8) with a Language header."""
    catalog = Catalog(locale=None, project=project, charset="utf-8", fuzzy=False)
    catalog.mime_headers = [*catalog.mime_headers, ("Language", language)]
    catalog.header_comment = ("# Free text of one family copy, for translation into "
                              f"{language}.\n# msgctxt is the unit id: keep it unchanged. "
                              "Leave an entry fuzzy while it needs work;\n# the flag "
                              "'checked' marks a translation a second translator checked.")
    for item in items:
        status = export_status(item)
        flags = {"fuzzy"} if status is TranslationStatus.TO_DO and item.unit.text else set()
        if status is TranslationStatus.CHECKED:
            flags.add(CHECKED_FLAG)
        catalog.add(item.piece.text, item.unit.text, context=item.unit.id, flags=flags,
                    auto_comments=[f"{item.piece.section}: {item.piece.label}"])
    out = io.BytesIO()
    write_po(out, catalog, width=0, omit_header=False)
    return out.getvalue()


def _language(catalog: Catalog) -> str:
    for name, value in catalog.mime_headers:
        if name.lower() == "language":
            return value.strip()
    return str(catalog.locale) if catalog.locale else ""


def _repeated_unit(text: str) -> str | None:
    """The first unit id (msgctxt) given to two entries. Babel keeps only the last of them,
    so a translation given twice would otherwise lose one without a word, as XLIFF does not."""
    seen: set[str] = set()
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if not line.startswith("msgctxt "):
            continue
        parts = [line[len("msgctxt "):].strip()]
        for following in lines[index + 1:]:
            if not following.startswith('"'):
                break
            parts.append(following.strip())
        unit = "".join(part.strip('"') for part in parts)
        if unit in seen:
            return unit
        seen.add(unit)
    return None


def from_po(data: bytes) -> tuple[str, list[ImportedUnit]]:
    """(language, units) from a PO file; TranslationMismatch if it cannot be read."""
    try:
        catalog = read_po(io.BytesIO(data), abort_invalid=True)
    except LookupError as error:  # a damaged charset in the Content-Type header
        raise TranslationMismatch(N_("The PO file's Content-Type header names a character set "
                                     "that does not exist ({error}); it should say "
                                     "charset=UTF-8."), error=str(error)) from None
    except (PoFileError, UnicodeDecodeError, ValueError) as error:
        raise TranslationMismatch(N_("The PO file cannot be read: {error}"),
                                  error=str(error)) from None
    repeated = _repeated_unit(data.decode(catalog.charset or "utf-8", errors="replace"))
    if repeated is not None:
        raise TranslationMismatch(N_("Unit {unit} appears twice in the file."), unit=repeated)
    language = _language(catalog)
    units: list[ImportedUnit] = []
    for message in catalog:
        if not message.id:
            continue  # the header
        if not message.context or isinstance(message.id, tuple):
            raise TranslationMismatch(N_("Entry {text!r} has no unit id (msgctxt)."),
                                      text=str(message.id)[:40])
        text = message.string or ""
        if not text or message.fuzzy:
            status = TranslationStatus.TO_DO
        elif CHECKED_FLAG in message.flags:
            status = TranslationStatus.CHECKED
        else:
            status = TranslationStatus.TRANSLATED
        units.append(ImportedUnit(message.context, language, message.id, text, status))
    return language, units


# Tabs and line breaks are text (the PDF shows them as space and a new line); every other
# control character is not: a PDF prints it as a missing-glyph box or nothing at all, and
# PostgreSQL refuses to store a NUL.
TEXT_CONTROLS = frozenset("\t\n\r")


def _control_character(text: str) -> tuple[int, str] | None:
    """(position from 1, U+XXXX) of the first control character that is not text, or None."""
    for at, ch in enumerate(text, start=1):
        if unicodedata.category(ch) == "Cc" and ch not in TEXT_CONTROLS:
            return at, f"U+{ord(ch):04X}"
    return None


def read_translation_file(data: bytes) -> tuple[str, list[ImportedUnit]]:
    """(language, units) from an XLIFF 2.0 or PO file, told apart by their first character.
    A translation longer than any text of a record may be is refused: the record would no
    longer export to a file that imports (interchange/shapes.py, MAX_TEXT). So is one that
    holds a control character other than a tab or a line break (babel reads a NUL)."""
    from .shapes import MAX_TEXT
    from .xliff import from_xliff

    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        language, units = from_xliff(data)
    else:
        language, units = from_po(data)
    for unit in units:
        if len(unit.text) > MAX_TEXT:
            raise TranslationMismatch(
                N_("Unit {unit}: the translation is {length} characters long, more than the "
                   "{limit} a text may have. Shorten it, then import the file again."),
                unit=unit.unit_id, length=f"{len(unit.text):,}", limit=f"{MAX_TEXT:,}")
        control = _control_character(unit.text)
        if control is not None:
            raise TranslationMismatch(
                N_("Unit {unit}: the translation holds a control character ({code}) at "
                   "character {at}, which a printed copy cannot show. Remove it, then import "
                   "the file again."), unit=unit.unit_id, code=control[1], at=str(control[0]))
    return language, units
