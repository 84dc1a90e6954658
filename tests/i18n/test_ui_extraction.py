"""The forms' text reaches the interface catalog: Babel's .ui extractor and what it found."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape, quoteattr

import pytest
from babel.messages.pofile import read_po
from hypothesis import given
from hypothesis import strategies as st

from cpmeeting.i18n.catalogs import INTERFACE, po_path, template_path
from cpmeeting.i18n.ui_forms import extract_ui
from cpmeeting.i18n.update import extract
from cpmeeting.paths import FORMS


def form_with(strings: list[tuple[str, bool]]) -> bytes:
    """A Designer form with one label a string; (text, notr)."""
    items = "".join(
        f'<item><widget class="QLabel" name="l{i}"><property name="text">'
        f'<string{" notr=" + quoteattr("true") if notr else ""}>{escape(text)}</string>'
        f"</property></widget></item>\n"
        for i, (text, notr) in enumerate(strings))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<ui version="4.0"><class>F</class>\n'
            f'<widget class="QDialog" name="F"><layout class="QVBoxLayout" name="l">\n'
            f"{items}</layout></widget></ui>\n").encode()


def extracted(data: bytes) -> list[tuple[int, str, list[str]]]:
    return [(line, text, comments)
            for line, _f, text, comments in extract_ui(io.BytesIO(data), {}, [], {})]


# XML 1.0 cannot hold control characters; a form never has one.
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)


@given(st.lists(st.tuples(TEXT, st.booleans()), max_size=8))
def test_every_translatable_string_is_extracted_as_written_and_notr_ones_are_not(strings):
    found = [text for _line, text, _c in extracted(form_with(strings))]
    # Qt keeps surrounding white space; a string of white space alone is nothing to translate.
    assert found == [text for text, notr in strings if not notr and text.strip()]


def test_each_string_is_found_on_its_line_with_its_comment_for_translators():
    data = (b'<ui version="4.0"><class>F</class><widget class="QDialog" name="F">\n'
            b'<property name="windowTitle">\n'
            b'<string extracomment="the dialog\'s title">Add &amp; keep</string>\n'
            b"</property></widget></ui>\n")
    assert extracted(data) == [(3, "Add & keep", ["the dialog's title"])]


def test_a_form_declaring_an_entity_is_refused():
    data = (b'<?xml version="1.0"?><!DOCTYPE ui [<!ENTITY a "aaaa">]>'
            b'<ui version="4.0"><class>F</class></ui>')
    with pytest.raises(ValueError, match="declares the entity a"):
        extracted(data)


def form_strings() -> set[str]:
    found = set()
    for path in FORMS.glob("*.ui"):
        with path.open("rb") as source:
            found |= {text for _l, _f, text, _c in extract_ui(source, {}, [], {})}
    return found


def test_the_interface_template_holds_every_form_string_once_with_the_form_named():
    template = extract(INTERFACE)
    for text in form_strings():
        message = template[text]
        assert message is not None, text
        assert any(place.startswith("ui/") for place, _line in message.locations), text
    with template_path(INTERFACE).open("rb") as committed:
        assert form_strings() <= {m.id for m in read_po(committed) if m.id}


def test_every_form_string_has_its_welsh_translation():
    with po_path(INTERFACE, "cy").open("rb") as source:
        welsh = read_po(source, locale="cy")
    missing = sorted(text for text in form_strings() if not welsh[text] or not welsh[text].string)
    assert missing == []
