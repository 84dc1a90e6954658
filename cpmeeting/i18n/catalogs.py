"""Finding, compiling and loading the gettext catalogs in translations/, and their status.

The .po files are the source. A .mo file is built next to its .po by
`python -m cpmeeting.i18n.update` (and by the bundle build); when a .mo is missing or older
than its .po (a fresh checkout, an editable install, a translator's edit) the catalog is
compiled on load, written beside the .po when that folder is writable, else kept in memory.
So an editable install needs no build hook and a read-only bundle still works. The
pseudo-locale `xx` has no files at all: it is made in memory from the template (.pot).

A catalog's header says who produced it (X-Produced-By) and whether a qualified translator
has checked it (X-Translation-Status: unchecked | checked, X-Checked-By: name). A translator
who has checked a catalog edits those two lines; `update` keeps them.
"""

from __future__ import annotations

import contextlib
import gettext
import io
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from cpmeeting.paths import TRANSLATIONS

from .domains import (  # noqa: F401 - the catalogs' names, used with these functions
    DOCUMENT_LANGUAGES,
    DOCUMENTS,
    DOMAINS,
    INTERFACE,
    INTERFACE_LANGUAGES,
    PSEUDO,
)

# Headers a catalog carries to say where its text came from (Babel drops unknown headers,
# so these are read and written here).
STATUS_HEADERS = ("X-Produced-By", "X-Translation-Status", "X-Checked-By")
UNCHECKED = "unchecked"
CHECKED = "checked"


@dataclass(frozen=True)
class CatalogStatus:
    """Who produced a catalog and whether a qualified translator has checked it."""

    domain: str
    language: str
    produced_by: str
    status: str
    checked_by: str
    translated: int
    total: int

    @property
    def checked(self) -> bool:
        return self.status == CHECKED

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.translated == self.total


def po_path(domain: str, language: str, root: Path = TRANSLATIONS) -> Path:
    return root / language / "LC_MESSAGES" / f"{domain}.po"


def template_path(domain: str, root: Path = TRANSLATIONS) -> Path:
    return root / f"{domain}.pot"


def available_languages(domain: str, root: Path = TRANSLATIONS) -> list[str]:
    """Languages that have a catalog for this domain (the pseudo-locale excluded)."""
    if not root.is_dir():
        return []
    return sorted(
        folder.name for folder in root.iterdir()
        if folder.name != PSEUDO and po_path(domain, folder.name, root).is_file()
    )


def read_headers(path: Path) -> dict[str, str]:
    """The header fields of a .po file, including the X- fields Babel drops."""
    parts: list[str] = []
    with path.open(encoding="utf-8") as lines:
        started = False
        for line in lines:
            line = line.strip()
            if line.startswith('msgstr ""'):
                started = True
            elif started and line.startswith('"'):
                parts.append(line[1:-1])  # long values wrap over several quoted lines
            elif started:
                break
    text = "".join(parts).replace('\\"', '"')
    headers = {}
    for field in text.split("\\n"):
        name, _, value = field.partition(": ")
        if name and value:
            headers[name] = value
    return headers


def add_headers(po_text: str, fields: dict[str, str]) -> str:
    """The .po text with these header fields added at the end of its header entry."""
    extra = "".join(f'"{name}: {value}\\n"\n' for name, value in fields.items() if value)
    marker = re.search(r'^"Generated-By: .*\\n"\n', po_text, re.M)
    if marker is None:
        raise ValueError("no Generated-By header in catalog")
    return po_text[: marker.end()] + extra + po_text[marker.end():]


def compile_po(po_file: Path) -> bytes:
    """The .mo bytes for a .po file (fuzzy entries left out, as msgfmt does)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_file.open("rb") as source:
        catalog = read_po(source)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def compiled(domain: str, language: str, root: Path = TRANSLATIONS) -> bytes | None:
    """The compiled catalog, rebuilt from the .po when missing or stale; None if no catalog."""
    po_file = po_path(domain, language, root)
    mo_file = po_file.with_suffix(".mo")
    if not po_file.is_file():
        return mo_file.read_bytes() if mo_file.is_file() else None
    if mo_file.is_file() and mo_file.stat().st_mtime >= po_file.stat().st_mtime:
        return mo_file.read_bytes()
    data = compile_po(po_file)
    with contextlib.suppress(OSError):  # a read-only install: the in-memory copy serves
        mo_file.write_bytes(data)
    return data


def has_catalog(domain: str, language: str, root: Path = TRANSLATIONS) -> bool:
    """Whether text in this domain can be shown in this language (English always can)."""
    if language in ("", "en"):
        return True
    if language == PSEUDO:
        return template_path(domain, root).is_file()
    po_file = po_path(domain, language, root)
    return po_file.is_file() or po_file.with_suffix(".mo").is_file()


def pseudo_compiled(domain: str, root: Path = TRANSLATIONS) -> bytes | None:
    """The pseudo-locale, made in memory (nothing on disk).

    In a checkout it is extracted from the code itself (about a second, once), so it shows
    whether text is marked and passed through a catalog even before the template is updated;
    in an installed bundle it comes from the shipped template.
    """
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    from cpmeeting.paths import REPO_ROOT

    from .pseudo import pseudo_catalog

    template = template_path(domain, root)
    if (REPO_ROOT / "babel.cfg").is_file():
        from .extraction import extract

        catalog = pseudo_catalog(extract(domain))
    elif template.is_file():
        with template.open("rb") as source:
            catalog = pseudo_catalog(read_po(source))
    else:
        return None
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


@cache
def load_catalog(domain: str, language: str) -> gettext.NullTranslations:
    """The catalog for domain and language; English or a missing one: unchanged text."""
    if language in ("", "en"):
        return gettext.NullTranslations()
    data = pseudo_compiled(domain) if language == PSEUDO else compiled(domain, language)
    if data is None:
        return gettext.NullTranslations()
    return gettext.GNUTranslations(io.BytesIO(data))


def catalog_status(domain: str, language: str, root: Path = TRANSLATIONS) -> CatalogStatus | None:
    """Where this catalog's text came from and how much of it is translated; None if absent."""
    po_file = po_path(domain, language, root)
    if not po_file.is_file():
        return None
    from babel.messages.pofile import read_po

    headers = read_headers(po_file)
    with po_file.open("rb") as source:
        catalog = read_po(source)
    messages = [m for m in catalog if m.id]
    done = [m for m in messages if not m.fuzzy and (all(m.string) if isinstance(m.string, tuple)
                                                    else bool(m.string))]
    return CatalogStatus(
        domain=domain,
        language=language,
        produced_by=headers.get("X-Produced-By", ""),
        status=headers.get("X-Translation-Status", UNCHECKED),
        checked_by=headers.get("X-Checked-By", ""),
        translated=len(done),
        total=len(messages),
    )
