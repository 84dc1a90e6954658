"""XLIFF 2.0 and PO files for a translation service: round trips and refusals."""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpmeeting.domain.copy_text import (
    FreeText,
    TranslationMismatch,
    WorkItem,
    import_operation,
    imported_changes,
    unit_id_for,
    work_items,
)
from cpmeeting.domain.translation import TranslationStatus, TranslationUnit
from cpmeeting.interchange.po_units import read_translation_file, to_po
from cpmeeting.interchange.xliff import to_xliff

# Any text XML 1.0 can carry (no other control characters, no lone surrogates; a bare
# carriage return is normalised by every XML parser), with RTL and combining marks favoured.
xml_text = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
        st.sampled_from("\n\t \u0627\u0644\u0639\u0631\u0628\u064a\u0629\u05e9\u0644\u05d5"
                        "\u0645\u06cc\u06ba\u0301\u0308\u0323\u200f\u200e\u2067\u2069\"'<>&\\")),
    max_size=60)
statuses = st.sampled_from(list(TranslationStatus))
WRITERS = {"xliff": to_xliff, "po": to_po}


@pytest.mark.parametrize("file_format", ["xliff", "po"])
@settings(max_examples=80, deadline=None)
@given(rows=st.lists(st.tuples(xml_text.filter(bool), xml_text, statuses), min_size=1,
                     max_size=6))
def test_translations_survive_a_round_trip(file_format, rows):
    items = [WorkItem(FreeText(f"r{n}", "text", source, "Analysis", "Risk"),
                      TranslationUnit(f"r{n}", "text", "pl", source, text, status,
                                      id=unit_id_for(f"r{n}", "text", "pl")), is_new=False)
             for n, (source, text, status) in enumerate(rows)]
    language, units = read_translation_file(WRITERS[file_format](items, "pl"))
    assert language == "pl"
    assert [u.unit_id for u in units] == [i.unit.id for i in items]
    assert [u.source for u in units] == [i.piece.text for i in items]
    assert [u.text for u in units] == [i.unit.text for i in items]
    expected = [i.unit.status if i.ready else TranslationStatus.TO_DO for i in items]
    assert [u.status for u in units] == expected


@pytest.mark.parametrize("file_format", ["xliff", "po"])
def test_an_import_fills_the_copy_and_is_one_undo_step(conference, polish_copy, file_format):
    items = work_items(conference, polish_copy)
    exported = WRITERS[file_format](items, "pl")
    # The translation service fills in the targets.
    for number, item in enumerate(items):
        item.unit.text = f"Tekst {number}"
        item.unit.status = TranslationStatus.CHECKED
    returned = WRITERS[file_format](items, "pl")
    assert exported != returned
    language, units = read_translation_file(returned)
    fresh = work_items(conference, polish_copy)
    operation = import_operation(imported_changes(fresh, language, units, "Ewa Nowicka"), "imp")
    operation.apply(conference)
    after = work_items(conference, polish_copy)
    assert all(i.ready and i.unit.status is TranslationStatus.CHECKED for i in after)
    assert after[2].unit.text == "Tekst 2" and after[2].unit.translator == "Ewa Nowicka"
    operation.revert(conference)
    assert conference.translations == []


def _refused(conference, polish_copy, data: bytes, language: str = "pl") -> str:
    before = copy.deepcopy(conference.translations)
    with pytest.raises(TranslationMismatch) as refused:
        file_language, units = read_translation_file(data)
        imported_changes(work_items(conference, polish_copy), language, units)
    assert conference.translations == before  # nothing written
    return str(refused.value)


def test_an_unknown_unit_is_refused_by_name(conference, polish_copy):
    items = work_items(conference, polish_copy)[:2]
    items[1].unit.id = "feedface" * 4
    message = _refused(conference, polish_copy, to_xliff(items, "pl"))
    assert "feedface" in message and "not part of this copy" in message


def test_a_file_in_another_language_is_refused(conference, polish_copy):
    items = work_items(conference, polish_copy)[:2]
    message = _refused(conference, polish_copy, to_po(items, "ro"))
    assert items[0].unit.id in message and "'ro'" in message


def test_malformed_xml_is_refused(conference, polish_copy):
    data = to_xliff(work_items(conference, polish_copy)[:2], "pl")[:-20]
    assert "not well-formed" in _refused(conference, polish_copy, data)


def test_entity_expansion_is_refused(conference, polish_copy):
    bomb = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" '
            b'trgLang="pl"><file id="f"><unit id="u"><segment><source>&b;</source>'
            b'</segment></unit></file></xliff>')
    assert "refused for safety" in _refused(conference, polish_copy, bomb)


def test_a_unit_twice_is_refused(conference, polish_copy):
    item = work_items(conference, polish_copy)[0]
    assert "twice" in _refused(conference, polish_copy, to_xliff([item, item], "pl"))


def test_a_unit_twice_in_a_po_file_is_refused_though_babel_would_keep_one(conference,
                                                                          polish_copy):
    # Found by the hostile-file runs: babel keeps only the last entry of a unit given twice,
    # so one of two translations was dropped without a word (XLIFF refused it).
    item = work_items(conference, polish_copy)[0]
    text = to_po([item], "pl").decode("utf-8")
    entry = text.split("\n\n", 1)[1].rstrip("\n")
    second = entry.rsplit('msgstr "', 1)[0] + 'msgstr "inny przekład"'
    message = _refused(conference, polish_copy, f"{text}\n{second}\n".encode())
    assert message == f"Unit {item.unit.id} appears twice in the file."


# Control characters other than tab and line break: babel reads any of them from a PO file
# (a NUL too); XML 1.0 carries DEL and the C1 range. A PDF cannot show them.
PO_CONTROLS = st.characters(categories=["Cc"], exclude_characters="\t\n\r")
XML_CONTROLS = st.characters(min_codepoint=0x7F, max_codepoint=0x9F)


def _translated_with(conference, polish_copy, inserted: str, at: int) -> tuple[list, str]:
    items = work_items(conference, polish_copy)[:3]
    for number, item in enumerate(items):
        item.unit.text = f"Tekst {number} po polsku"
        item.unit.status = TranslationStatus.TRANSLATED
    text = items[1].unit.text
    items[1].unit.text = text[:at] + inserted + text[at:]
    return items, items[1].unit.id


@pytest.mark.parametrize(("file_format", "controls"), [("po", PO_CONTROLS),
                                                        ("xliff", XML_CONTROLS)])
# The conference is only read: a refused file changes nothing (_refused checks it).
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_control_character_in_a_translation_is_refused_by_unit(conference, polish_copy,
                                                                  file_format, controls, data):
    control = data.draw(controls)
    at = data.draw(st.integers(0, len("Tekst 1 po polsku")))
    items, unit_id = _translated_with(conference, polish_copy, control, at)
    message = _refused(conference, polish_copy, WRITERS[file_format](items, "pl"))
    assert message == (f"Unit {unit_id}: the translation holds a control character "
                       f"(U+{ord(control):04X}) at character {at + 1}, which a printed copy "
                       "cannot show. Remove it, then import the file again.")


@pytest.mark.parametrize("file_format", ["xliff", "po"])
def test_tabs_and_line_breaks_the_english_has_come_through(file_format):
    english, polish = "Risks:\n\tthe stairs\n\tthe dog", "Zagrożenia:\n\tschody\n\tpies"
    item = WorkItem(FreeText("r", "text", english, "Analysis", "Risk"),
                    TranslationUnit("r", "text", "pl", english, polish,
                                    TranslationStatus.TRANSLATED,
                                    id=unit_id_for("r", "text", "pl")), is_new=False)
    language, units = read_translation_file(WRITERS[file_format]([item], "pl"))
    assert (units[0].source, units[0].text) == (english, polish)
