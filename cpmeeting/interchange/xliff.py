"""XLIFF 2.0 files of a family copy's free text, for an outside translation service.

One <unit id> per translation unit, with <segment state> (initial, translated, reviewed),
<source> in English and <target> in the copy's language. Files coming back are parsed with
defusedxml, which refuses DTDs and entity declarations (billion laughs, external entities).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from cpmeeting.domain.copy_text import ImportedUnit, TranslationMismatch, WorkItem
from cpmeeting.domain.text import N_
from cpmeeting.domain.translation import TranslationStatus

NS = "urn:oasis:names:tc:xliff:document:2.0"
_Q = f"{{{NS}}}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

STATE_OF: dict[TranslationStatus, str] = {
    TranslationStatus.TO_DO: "initial",
    TranslationStatus.TRANSLATED: "translated",
    TranslationStatus.CHECKED: "reviewed",
}
STATUS_OF: dict[str, TranslationStatus] = {
    "initial": TranslationStatus.TO_DO,
    "translated": TranslationStatus.TRANSLATED,
    "reviewed": TranslationStatus.CHECKED,
    "final": TranslationStatus.CHECKED,
}


def export_status(item: WorkItem) -> TranslationStatus:
    """A stale or empty translation goes out as still to do, whatever it was marked."""
    return item.unit.status if item.ready else TranslationStatus.TO_DO


def to_xliff(items: list[WorkItem], language: str, file_id: str = "copy") -> bytes:
    """The units as an XLIFF 2.0 document (UTF-8)."""
    ET.register_namespace("", NS)
    root = ET.Element(f"{_Q}xliff", {"version": "2.0", "srcLang": "en", "trgLang": language})
    file = ET.SubElement(root, f"{_Q}file", {"id": file_id})
    for item in items:
        unit = ET.SubElement(file, f"{_Q}unit", {"id": item.unit.id})
        notes = ET.SubElement(unit, f"{_Q}notes")
        note = ET.SubElement(notes, f"{_Q}note", {"category": "location"})
        note.text = f"{item.piece.section}: {item.piece.label}"
        segment = ET.SubElement(unit, f"{_Q}segment", {"state": STATE_OF[export_status(item)]})
        source = ET.SubElement(segment, f"{_Q}source", {_XML_SPACE: "preserve"})
        source.text = item.piece.text
        target = ET.SubElement(segment, f"{_Q}target", {_XML_SPACE: "preserve"})
        target.text = item.unit.text
    ET.indent(root)
    # indent() adds whitespace only between elements; source/target hold text alone.
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _text(element: ET.Element | None) -> str:
    return "" if element is None else "".join(element.itertext())


def from_xliff(data: bytes) -> tuple[str, list[ImportedUnit]]:
    """(target language, units) from an XLIFF 2.0 file; TranslationMismatch if malformed."""
    try:
        root = fromstring(data)
    except DefusedXmlException:
        raise TranslationMismatch(N_("The file declares entities or a DTD; it was refused "
                                     "for safety.")) from None
    except ET.ParseError as error:
        raise TranslationMismatch(N_("The file is not well-formed XML: {error}"),
                                  error=str(error)) from None
    if root.tag != f"{_Q}xliff" or root.get("version") != "2.0":
        raise TranslationMismatch(N_("The file is not an XLIFF 2.0 document."))
    if root.get("srcLang") != "en":
        raise TranslationMismatch(N_("The file's source language is {found!r}, not 'en'."),
                                  found=root.get("srcLang") or "")
    language = root.get("trgLang") or ""
    units: list[ImportedUnit] = []
    for unit in root.iter(f"{_Q}unit"):
        unit_id = unit.get("id") or ""
        parts = [p for p in unit if p.tag in (f"{_Q}segment", f"{_Q}ignorable")]
        if not unit_id or not parts:
            raise TranslationMismatch(N_("Unit {unit} has no id or no segment."),
                                      unit=unit_id or "?")
        states = [p.get("state", "initial") for p in parts if p.tag == f"{_Q}segment"]
        unknown = [s for s in states if s not in STATUS_OF]
        if unknown:
            raise TranslationMismatch(N_("Unit {unit} has an unknown state {state!r}."),
                                      unit=unit_id, state=unknown[0])
        # A tool may have split the text into several segments: join them back.
        source = "".join(_text(p.find(f"{_Q}source")) for p in parts)
        target = "".join(_text(p.find(f"{_Q}target")) for p in parts)
        status = min((STATUS_OF[s] for s in states), key=list(TranslationStatus).index,
                     default=TranslationStatus.TO_DO)
        units.append(ImportedUnit(unit_id, language, source, target, status))
    return language, units
