"""The authority's logo: a PNG or JPEG image, kept in the profile as base64 text.

It heads every document, and travels in the profile file an authority hands to its chairs, so
it must stay small: a letterhead logo is tens of kilobytes; anything past MAX_LOGO_BYTES is
refused with a message rather than swelling every PDF and the profile file.
"""

from __future__ import annotations

import base64
import binascii

from .text import N_

MAX_LOGO_BYTES = 512 * 1024

PNG, JPEG = "png", "jpeg"
_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", PNG), (b"\xff\xd8\xff", JPEG))

TOO_LARGE = N_("The logo is {size} KB; a logo can be at most {limit} KB. Save a smaller copy "
               "(a few hundred pixels wide is plenty for a letterhead) and choose that.")
NOT_AN_IMAGE = N_("The logo is not a PNG or JPEG image. Choose a .png or .jpg file.")
EMPTY = N_("The logo file is empty. Choose a .png or .jpg file.")


class LogoRefused(ValueError):
    """A logo that cannot be used; the message (an N_ template) says why and what to do."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__(template.format(**values))
        self.template = template
        self.values = values

    def render(self, translate) -> str:
        return translate(self.template).format(**self.values)


def image_kind(data: bytes) -> str | None:
    """'png' or 'jpeg' by the file's signature, else None."""
    return next((kind for signature, kind in _SIGNATURES if data.startswith(signature)), None)


def checked_logo(data: bytes) -> str:
    """The logo as profile text (base64), or LogoRefused saying why not."""
    if not data:
        raise LogoRefused(EMPTY)
    if len(data) > MAX_LOGO_BYTES:
        raise LogoRefused(TOO_LARGE, size=-(-len(data) // 1024), limit=MAX_LOGO_BYTES // 1024)
    if image_kind(data) is None:
        raise LogoRefused(NOT_AN_IMAGE)
    return base64.b64encode(data).decode("ascii")


def logo_bytes(text: str) -> bytes:
    """The image held in a profile's logo text; b'' for none (or text that is not a logo)."""
    if not text:
        return b""
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return b""
    return data if image_kind(data) and len(data) <= MAX_LOGO_BYTES else b""


def logo_problem(text: str) -> LogoRefused | None:
    """Why stored logo text is not a usable logo, or None (empty text: no logo, fine)."""
    if not text:
        return None
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return LogoRefused(NOT_AN_IMAGE)
    try:
        checked_logo(data)
    except LogoRefused as refused:
        return refused
    return None
