"""The pseudo-locale `xx`: every catalogued string bracketed and accented, e.g. "[Ŧéşŧ ~~]".

Generated from the templates, so text that shows plain English under `xx` either bypasses the
catalogs or was never extracted. The padding also shows where longer languages will not fit.
"""

from __future__ import annotations

import re

from babel.messages.catalog import Catalog

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþǫŕşŧûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŞŦÛṼŴẊÝŽ",
)
# Placeholders and markup keep their exact form or the program breaks.
_PROTECTED = re.compile(r"\{[^{}]*\}|%\([^)]*\)[sdif]|%[sdif%]|<[^<>]*>|&[a-z]+;")

OPEN, CLOSE = "[", "]"


def pseudo(text: str) -> str:
    """The pseudo-translation of one English string."""
    if not text:
        return text
    parts: list[str] = []
    last = 0
    for match in _PROTECTED.finditer(text):
        parts.append(text[last:match.start()].translate(_ACCENTED))
        parts.append(match.group(0))
        last = match.end()
    parts.append(text[last:].translate(_ACCENTED))
    padding = "~" * max(2, len(text) // 5)
    return f"{OPEN}{''.join(parts)} {padding}{CLOSE}"


def is_pseudo(text: str) -> bool:
    """Whether text came out of the pseudo-locale (allowing surrounding punctuation)."""
    return OPEN in text and "~" in text and CLOSE in text


def pseudo_catalog(template: Catalog) -> Catalog:
    """A complete catalog translating every message of the template into the pseudo-locale."""
    catalog = Catalog(domain=template.domain, project="cpmeeting", fuzzy=False,
                      charset="utf-8")
    for message in template:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            singular, plural = message.id
            string: str | tuple[str, ...] = (pseudo(singular), pseudo(plural))
        else:
            string = pseudo(message.id)
        catalog.add(message.id, string, locations=message.locations, flags=message.flags,
                    context=message.context)
    return catalog
