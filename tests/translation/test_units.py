"""Which free text a family copy needs translated, and when a translation goes stale."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from translating import polish, translate_all

from cpmeeting.domain.copies import Audience, entries_for
from cpmeeting.domain.copy_text import count, edit_operation, free_text, work_items
from cpmeeting.domain.operations import SetFields
from cpmeeting.domain.translation import TranslationStatus, TranslationUnit


def test_the_units_are_what_the_family_copy_prints(conference, polish_copy):
    texts = [piece.text for piece in free_text(conference, polish_copy)]
    shown = entries_for(conference, polish_copy)
    hidden = [e for e in conference.minutes if e not in shown]
    assert hidden, "the demo withholds some entries from the mother"
    assert all(e.text in texts for e in shown if e.text)
    assert not any(e.text in texts for e in hidden)
    for exclusion in conference.exclusions:  # evidence and legal advice stay out
        assert exclusion.evidence not in texts
    decision = conference.decisions[0]
    assert decision.reasons in texts
    assert conference.plan.contingency in texts
    assert conference.childs_views[0].own_words in texts


def test_a_new_copy_has_everything_to_do_and_stable_ids(conference, polish_copy):
    first = work_items(conference, polish_copy)
    again = work_items(conference, polish_copy)
    assert [i.unit.id for i in first] == [i.unit.id for i in again]  # export, then import
    assert all(i.is_new and i.unit.status is TranslationStatus.TO_DO for i in first)
    assert count(first).translated == 0 and count(first).total == len(first)


def test_existing_translations_are_kept_and_counted(conference, polish_copy):
    translate_all(conference, polish_copy, skip=3)
    items = work_items(conference, polish_copy)
    assert [i.unit.text for i in items[3:6]] == [polish(3), polish(4), polish(5)]
    assert not any(i.is_new for i in items[3:])
    assert count(items).translated == len(items) - 3
    english = work_items(conference, Audience.family(polish_copy.invitee_id, "cy"))
    assert count(english).translated == 0  # another language has its own units


def test_a_changed_record_makes_its_translation_stale(conference, polish_copy):
    translate_all(conference, polish_copy)
    decision = conference.decisions[0]
    SetFields("edit", {"reasons": decision.reasons + " Amended."}, decision.id).apply(conference)
    item = next(i for i in work_items(conference, polish_copy)
                if i.piece.record_id == decision.id and i.piece.field == "reasons")
    assert item.stale and not item.ready
    assert item.unit.source_text != decision.reasons  # the English it was made from is kept
    assert count(work_items(conference, polish_copy)).stale == 1
    edit_operation(item, {"status": TranslationStatus.CHECKED, "source_text": item.piece.text},
                   "confirm").apply(conference)
    assert next(i for i in work_items(conference, polish_copy)
                if i.unit.id == item.unit.id).ready


def test_undoing_an_edit_removes_the_new_unit(conference, polish_copy):
    item = work_items(conference, polish_copy)[0]
    operation = edit_operation(item, {"text": "Matka", "status": TranslationStatus.TRANSLATED},
                               "edit")
    operation.apply(conference)
    assert len(conference.translations) == 1
    operation.revert(conference)
    assert conference.translations == []


def test_someone_without_the_minutes_gets_only_the_plans_text(conference):
    exclusion = conference.exclusions[0]
    exclusion.receives_minutes = False  # the chair decided: no minutes for this person
    refused = conference.invitee(exclusion.invitee_id)
    audience = Audience.family(refused.id, "pl")
    pieces = free_text(conference, audience)
    assert pieces and all(piece.in_plan for piece in pieces)
    assert not any(entry.text == piece.text for entry in conference.minutes for piece in pieces)


@given(source=st.text(min_size=1), later=st.text(min_size=1), text=st.text(),
       status=st.sampled_from(list(TranslationStatus)))
def test_a_translation_is_printed_only_for_the_english_it_was_made_from(source, later, text,
                                                                        status):
    unit = TranslationUnit("r", "text", "pl", source, text, status)
    assert unit.usable_for(source) == (bool(text) and status is not TranslationStatus.TO_DO)
    if later != source:
        assert not unit.usable_for(later)
        assert unit.is_stale(later) == bool(text)
