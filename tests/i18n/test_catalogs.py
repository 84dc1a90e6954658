"""The catalogs: every family language has the domain's fixed text, says who made it, compiles."""

from __future__ import annotations

import re
import shutil
from datetime import date

import pytest
from babel.messages.pofile import read_po

from cpmeeting.domain.analysis import HEADING_TITLES
from cpmeeting.domain.conference import INTRODUCTION_TITLES, KIND_TITLES
from cpmeeting.domain.decision import CATEGORY_TITLES, OUTCOME_TITLES
from cpmeeting.domain.exclusion import GROUND_DESCRIPTIONS
from cpmeeting.domain.rules.labels import GROUP_TITLES, ROLE_TITLES
from cpmeeting.domain.stages import STAGE_TITLES
from cpmeeting.domain.voice import PARTICIPATION_DESCRIPTIONS
from cpmeeting.i18n import document_translations
from cpmeeting.i18n.catalogs import (
    DOCUMENT_LANGUAGES,
    DOCUMENTS,
    INTERFACE,
    catalog_status,
    compiled,
    load_catalog,
    po_path,
    read_headers,
)
from cpmeeting.i18n.locales import format_date, format_number, is_rtl
from cpmeeting.paths import TRANSLATIONS

FIXED_TEXT = [
    *STAGE_TITLES.values(), *CATEGORY_TITLES.values(), *OUTCOME_TITLES.values(),
    *HEADING_TITLES.values(), *KIND_TITLES.values(), *INTRODUCTION_TITLES.values(),
    *GROUND_DESCRIPTIONS.values(), *PARTICIPATION_DESCRIPTIONS.values(),
    *GROUP_TITLES.values(), *ROLE_TITLES.values(),
]
SAME_IN_EVERY_LANGUAGE = {"NSPCC"}


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
def test_the_domains_fixed_text_is_translated_for_every_family_language(language):
    catalog = document_translations(language)
    missing = [m for m in FIXED_TEXT
               if m not in SAME_IN_EVERY_LANGUAGE and catalog.gettext(m) == m]
    assert missing == []


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
def test_each_catalog_says_who_produced_it_and_that_nobody_has_checked_it(language):
    status = catalog_status(DOCUMENTS, language)
    assert status is not None
    assert status.produced_by  # e.g. a draft by an AI assistant
    assert status.status == "unchecked" and not status.checked
    assert 0 < status.translated <= status.total


def test_the_welsh_interface_catalog_has_a_status_too():
    status = catalog_status(INTERFACE, "cy")
    assert status is not None and status.produced_by and status.translated > 0
    assert catalog_status(INTERFACE, "so") is None  # no Somali interface: None, not an error


@pytest.mark.parametrize("path", sorted(TRANSLATIONS.glob("*/LC_MESSAGES/*.po")),
                         ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_translations_keep_every_placeholder(path):
    """A lost or renamed {name} would crash .format() or drop a name from a family's copy."""
    with path.open("rb") as source:
        catalog = read_po(source)
    for message in catalog:
        if not message.id or not message.string or message.fuzzy:
            continue  # fuzzy entries are never compiled
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = sorted(re.findall(r"\{\w*\}", ids[-1]))
        for string in strings:
            if string:
                assert sorted(re.findall(r"\{\w*\}", string)) == wanted, (message.id, string)


def test_a_catalog_edited_after_compiling_is_compiled_again(tmp_path):
    root = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS / "pl", root / "pl")
    po = po_path(DOCUMENTS, "pl", root)
    before = compiled(DOCUMENTS, "pl", root)
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('msgstr "Zaniedbanie"', 'msgstr "Zaniedbanie (zmienione)"'),
                  encoding="utf-8")
    import os

    os.utime(po, (po.stat().st_mtime + 5, po.stat().st_mtime + 5))
    after = compiled(DOCUMENTS, "pl", root)
    assert after != before and b"(zmienione)" in after
    assert po.with_suffix(".mo").read_bytes() == after  # written beside the .po


def test_a_language_without_a_catalog_prints_english():
    assert load_catalog(DOCUMENTS, "de").gettext("Neglect") == "Neglect"
    assert document_translations("en").gettext("Neglect") == "Neglect"


def test_status_headers_survive_an_update(tmp_path):
    from cpmeeting.i18n.update import update_domain

    root = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS / "ur", root / "ur")
    before = read_headers(po_path(DOCUMENTS, "ur", root))
    update_domain(DOCUMENTS, root)
    after = read_headers(po_path(DOCUMENTS, "ur", root))
    assert after["X-Produced-By"] == before["X-Produced-By"]
    assert after["X-Translation-Status"] == "unchecked"
    assert load_catalog.__wrapped__(DOCUMENTS, "ur").gettext("Neglect") != "Neglect"
    assert not po_path(DOCUMENTS, "xx", root).exists()  # the pseudo-locale lives in memory


@pytest.mark.parametrize(("language", "expected"), [
    ("cy", "12 Mawrth 2026"), ("pl", "12 marca 2026"), ("lt", "2026 m. kovo 12 d."),
    ("pt", "12 de março de 2026"), ("pa", "12 ਮਾਰਚ 2026"), ("xx", "12 March 2026"),
])
def test_dates_follow_the_familys_locale(language, expected):
    assert format_date(date(2026, 3, 12), language) == expected


def test_numbers_follow_the_familys_locale():
    assert format_number(1234.5, "pl") == "1\xa0234,5"
    assert format_number(1234.5, "pt") == "1234,5" or format_number(1234.5, "pt") == "1.234,5"
    assert is_rtl("ur") and is_rtl("ar") and not is_rtl("bn")


def test_an_unchecked_catalog_makes_the_copy_say_so_in_its_own_language():
    from cpmeeting.i18n.notices import UNCHECKED_NOTICE, translation_notice

    assert translation_notice("en") is None
    assert translation_notice("de") is None  # no German catalog: the fixed text is English
    for language in DOCUMENT_LANGUAGES:
        notice = translation_notice(language)
        assert notice and notice != UNCHECKED_NOTICE


def test_rule_explanations_translate_their_values_and_write_dates_the_readers_way():
    from cpmeeting.domain.conference import ConferenceKind
    from cpmeeting.domain.people import PractitionerGroup
    from cpmeeting.domain.rules.deadlines import _MONTH_BASIS
    from cpmeeting.domain.rules.explain import finding

    welsh = load_catalog(INTERFACE, "cy").gettext
    verdict = finding("Not quorate: {group} is required by this authority.",
                      group=GROUP_TITLES[PractitionerGroup.POLICE])
    assert verdict.render(welsh) == "Dim cworwm: mae'r awdurdod hwn yn gofyn am Yr heddlu."
    assert str(verdict) == "Not quorate: Police is required by this authority."

    # Counted templates are plural entries: Polish picks its form for 3 (deadlines.py).
    polish = document_translations("pl")
    one, many = _MONTH_BASIS[ConferenceKind.INITIAL]
    basis = finding(polish.ngettext(one, many, 3), count=3, date=date(2026, 3, 12))
    assert (basis.render(polish.gettext, day=lambda d: format_date(d, "pl"))
            == "3 miesiące po konferencji wstępnej w dniu 12 marca 2026")
    assert finding(many, count=3, date=date(2026, 3, 12)).render() == (
        "3 months after the initial conference on 12 Mar 2026")


def test_marked_values_survive_copying_and_pickling():
    import copy
    import pickle

    from cpmeeting.domain.rules.explain import DayText, finding
    from cpmeeting.domain.text import N_, Msgid

    original = finding("{count} months after the initial conference on {date}",
                       count=3, date=date(2026, 3, 12))
    for twin in (copy.deepcopy(original), pickle.loads(pickle.dumps(original))):
        assert twin == original
        assert isinstance(dict(twin.params)["date"], DayText)
        assert dict(twin.params)["date"].day == date(2026, 3, 12)
    assert isinstance(copy.deepcopy(N_("Neglect")), Msgid)


def test_extraction_finds_every_way_the_code_marks_text(tmp_path):
    from cpmeeting.i18n.extraction import extract

    (tmp_path / "cpmeeting" / "documents").mkdir(parents=True)
    (tmp_path / "cpmeeting" / "domain" / "rules").mkdir(parents=True)
    (tmp_path / "cpmeeting" / "documents" / "minutes.py").write_text(
        'x = ctx.t("Heading")\ny = _field(ctx, "Venue", c.venue)\n'
        'z = ngettext("{n} child", "{n} children", n)\nname = f"{person}"\n')
    (tmp_path / "cpmeeting" / "domain" / "kinds.py").write_text('TITLE = N_("Neglect")\n')
    (tmp_path / "cpmeeting" / "domain" / "rules" / "quoracy.py").write_text(
        'WHY = N_("Not quorate.")\n')
    ids = {m.id for m in extract(DOCUMENTS, root=tmp_path) if m.id}
    assert ids == {"Heading", "Venue", ("{n} child", "{n} children"), "Neglect"}
    # Rule explanations are interface text: in the window's catalog, not the family's.
    assert "Not quorate." in {m.id for m in extract(INTERFACE, root=tmp_path)}
