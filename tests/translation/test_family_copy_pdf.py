"""A Polish family copy prints the Polish, alone or before the English, and never passes
untranslated English off as the translation."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from translating import polish, translate_all

from cpmeeting.documents.minutes import build_minutes
from cpmeeting.documents.pack import build_pack
from cpmeeting.documents.plan import build_plan
from cpmeeting.documents.signing import chair_key
from cpmeeting.documents.translated import UntranslatedText
from cpmeeting.domain.copies import Audience, Untranslated
from cpmeeting.domain.copy_text import work_items
from cpmeeting.i18n.catalogs import UNCHECKED


def text_of(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pages))


def _decision_reasons(conference) -> str:
    return re.sub(r"\s+", " ", conference.decisions[0].reasons)


def test_a_polish_copy_prints_the_polish_and_not_the_english(signed, profile, polish_copy):
    translate_all(signed, polish_copy)
    text = text_of(build_minutes(signed, profile, polish_copy).pdf)
    count = len(work_items(signed, polish_copy))
    assert polish(0) in text and polish(count - 1) in text
    assert _decision_reasons(signed)[:60] not in text
    assert signed.plan.contingency[:50] not in text
    assert "Not yet translated" not in text


def test_a_bilingual_copy_prints_both(signed, profile, polish_copy):
    translate_all(signed, polish_copy)
    bilingual = Audience.family(polish_copy.invitee_id, "pl", bilingual=True)
    text = text_of(build_plan(signed, profile, bilingual).pdf)
    plan_items = [i for i in work_items(signed, bilingual) if i.piece.in_plan]
    first = plan_items[0]
    assert first.unit.text in text
    assert re.sub(r"\s+", " ", first.piece.text)[:40] in text
    assert text.index(first.unit.text) < text.index(re.sub(r"\s+", " ", first.piece.text)[:40])


def test_refuse_names_how_many_are_still_to_do(signed, profile, polish_copy, tmp_path):
    translate_all(signed, polish_copy, skip=4)
    refusing = Audience.family(polish_copy.invitee_id, "pl", untranslated=Untranslated.REFUSE)
    with pytest.raises(UntranslatedText) as refused:
        build_minutes(signed, profile, refusing)
    assert refused.value.to_do == 4 and "4 pieces" in refused.value.render()
    folder = tmp_path / "pack"
    with pytest.raises(UntranslatedText):
        build_pack(signed, profile, folder, [Audience.professionals(), refusing],
                   chair_key("Imogen Castellane", profile.name))
    assert not folder.exists() or not list(folder.iterdir())  # nothing written


def test_mark_prints_the_english_plainly_marked(signed, profile, polish_copy):
    translate_all(signed, polish_copy, skip=1)
    first = work_items(signed, polish_copy)[0]
    text = text_of(build_minutes(signed, profile, polish_copy).pdf)
    marked = re.sub(r"\s+", " ", first.piece.text)[:30]
    assert re.search(r"\[[^\]]+\] " + re.escape(marked), text), "the English carries a mark"
    assert text.count(marked) == text.count("] " + marked)  # every time it is printed


def test_an_unchecked_catalog_says_so_in_the_footer(signed, profile, polish_copy, monkeypatch):
    import dataclasses

    from cpmeeting.i18n import notices

    # Whatever the Polish catalog's real review status, the copy is made from an unchecked one.
    real_status = notices.catalog_status
    monkeypatch.setattr(notices, "catalog_status", lambda domain, language: dataclasses.replace(
        real_status(domain, language), status=UNCHECKED))
    notice = notices.translation_notice("pl")
    translate_all(signed, polish_copy)
    family = text_of(build_plan(signed, profile, polish_copy).pdf)
    professionals = text_of(build_plan(signed, profile, Audience.professionals()).pdf)
    assert notice[:40] in family and notice[:40] not in professionals


def test_a_fully_translated_copy_is_not_refused(signed, profile, polish_copy):
    translate_all(signed, polish_copy)
    refusing = Audience.family(polish_copy.invitee_id, "pl", untranslated=Untranslated.REFUSE)
    assert build_plan(signed, profile, refusing).pages >= 1
