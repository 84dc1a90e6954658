"""The free text a family copy shows, paired with its translations (issue 5, item 3).

Each piece is one text field of one record that the minutes or the plan print for an
audience; the same rules as the documents decide what a family member sees (copies.py).
Names of people and agencies are not translated; everything said or written at the meeting is.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .conference import Conference
from .copies import (
    Audience,
    actions_for,
    contributions_for,
    copies_allowed,
    entries_for,
    progress_for,
    withheld_exclusion_fields,
)
from .operations import AddRecord, Operation, SetFields, Several
from .profile import AuthorityProfile
from .text import N_
from .translation import TranslationStatus, TranslationUnit

# Units not yet stored get an id derived from what they translate, so a file exported before
# anyone typed a word still matches on import.
_UNIT_NAMESPACE = uuid.UUID("5b0c2f8e-4d1e-4a53-9d0a-2f6c1d7e9a41")


def unit_id_for(record_id: str, field: str, language: str) -> str:
    """The id a new translation unit of this field and language gets."""
    return uuid.uuid5(_UNIT_NAMESPACE, f"{record_id}/{field}/{language}").hex


@dataclass(frozen=True)
class FreeText:
    """One piece of free text a copy prints: where it comes from and what it says now."""

    record_id: str
    field: str
    text: str
    section: str  # the document section it appears in (English msgid)
    label: str  # what it is within the section (English msgid)
    in_plan: bool = False  # also printed in the plan sent on its own


@dataclass
class WorkItem:
    """A piece of free text beside its translation unit (a new to-do unit if none yet)."""

    piece: FreeText
    unit: TranslationUnit
    is_new: bool

    @property
    def stale(self) -> bool:
        """The record changed after this was translated: the translation needs a look."""
        return self.unit.is_stale(self.piece.text)

    @property
    def ready(self) -> bool:
        """Whether the copy may print the translation."""
        return self.unit.usable_for(self.piece.text)


def _minutes_pieces(c: Conference, audience: Audience) -> Iterator[FreeText]:
    own = c.id
    if c.brought_forward_reason:
        yield FreeText(own, "brought_forward_reason", c.brought_forward_reason,
                       N_("Cover"), N_("Brought forward because"))
    for person in c.invitees:
        if person.role.is_family and person.relationship:
            yield FreeText(person.id, "relationship", person.relationship,
                           N_("Attendance"), N_("Capacity"))
        if person.part_items:
            yield FreeText(person.id, "part_items", person.part_items,
                           N_("Attendance"), N_("Times and items"))
    if c.inquorate is not None and c.inquorate.reasons:
        yield FreeText(own, "inquorate.reasons", c.inquorate.reasons,
                       N_("Attendance"), N_("The conference was not quorate"))
    withheld = withheld_exclusion_fields(audience)
    for e in c.exclusions:
        for name, label in (("requested_by", N_("Requested by")),
                            ("late_request_reason", N_("Why the request was late")),
                            ("evidence", N_("Evidence relied on")),
                            ("legal_advice_note", N_("Legal advice")),
                            ("items", N_("Excluded from")),
                            ("views_representation_note", N_("How their views were represented")),
                            ("how_told_outcome", N_("How they learn the outcome"))):
            if name not in withheld and getattr(e, name):
                yield FreeText(e.id, name, getattr(e, name), N_("Exclusions"), label)
    for view in c.childs_views:
        for name, label in (("own_words", N_("In their own words")),
                            ("relayed_by", N_("Relayed by")),
                            ("not_obtained_reason", N_("Why views were not obtained")),
                            ("lived_experience", N_("Lived experience"))):
            if getattr(view, name):
                yield FreeText(view.id, name, getattr(view, name), N_("The child's views"), label)
    for item in contributions_for(c, audience):
        for name, label in (("summary", N_("Agency contributions")),
                            ("progress_against_plan", N_("Progress against the plan")),
                            ("view_on_decision", N_("View on the decision"))):
            if getattr(item, name):
                yield FreeText(item.id, name, getattr(item, name), N_("Agency contributions"),
                               label)
    for point in c.analysis:
        if point.text:
            yield FreeText(point.id, "text", point.text, N_("Analysis"), point.heading.title)
    for score in c.scaling:
        if score.comment:
            yield FreeText(score.id, "comment", score.comment, N_("Analysis"), N_("Scaling"))
    for view in c.participant_views:
        if view.comment:
            yield FreeText(view.id, "comment", view.comment, N_("Views and decision"),
                           N_("Comment"))
    for decision in c.decisions:
        for name, label in (("reasons", N_("Reasons")), ("dissent", N_("Dissent")),
                            ("category_change_reasons", N_("Why the categories changed"))):
            if getattr(decision, name):
                yield FreeText(decision.id, name, getattr(decision, name),
                               N_("Views and decision"), label)


def _plan_pieces(c: Conference, audience: Audience) -> Iterator[FreeText]:
    plan, section = c.plan, N_("The outline child protection plan")
    if plan.childs_needs:
        yield FreeText(c.id, "plan.childs_needs", plan.childs_needs, section,
                       N_("What the children need"), True)
    for outcome in plan.outcomes:
        if outcome.what_must_change:
            yield FreeText(outcome.id, "what_must_change", outcome.what_must_change, section,
                           N_("What must change"), True)
        if outcome.measure:
            yield FreeText(outcome.id, "measure", outcome.measure, section,
                           N_("How we will know"), True)
    for action in actions_for(c, audience):
        if action.description:
            yield FreeText(action.id, "description", action.description, section, N_("What"), True)
        if action.owner_text and c.invitee(action.owner_id) is None:
            yield FreeText(action.id, "owner_text", action.owner_text, section, N_("Who"), True)
    if plan.contingency:
        yield FreeText(c.id, "plan.contingency", plan.contingency, section,
                       N_("If things do not change"), True)


# What the child has said since the last conference: one piece per child, keyed by the child.
SAID_SINCE_FIELD = "said_since"


def _progress_pieces(c: Conference, audience: Audience) -> Iterator[FreeText]:
    """A review's progress since the last conference (printed in the minutes and the plan)."""
    section = N_("Progress since the last conference")
    for item in progress_for(c, audience):
        for name, label in (("description", N_("Action")), ("evidence", N_("Evidence"))):
            if getattr(item, name):
                yield FreeText(item.id, name, getattr(item, name), section, label, True)
    for item in c.outcome_progress:
        for name, label in (("what_must_change", N_("Outcome")),
                            ("comment", N_("What shows it"))):
            if getattr(item, name):
                yield FreeText(item.id, name, getattr(item, name), section, label, True)
    for child in c.children:
        said = c.child_said_since.get(child.id, "")
        if said:
            yield FreeText(child.id, SAID_SINCE_FIELD, said, section,
                           N_("What the child has said since"), True)


def _closing_pieces(c: Conference, audience: Audience) -> Iterator[FreeText]:
    for entry in entries_for(c, audience):
        if entry.text:
            yield FreeText(entry.id, "text", entry.text, N_("Minutes of the discussion"),
                           entry.stage.title)
    for s in c.sign_offs:
        if s.readiness_waiver:
            yield FreeText(c.id, f"sign_off.{s.version}.readiness_waiver", s.readiness_waiver,
                           N_("Sign-off"), N_("Signed before every item was complete, because"),
                           True)
    for a in c.amendments:
        if a.reason:
            yield FreeText(c.id, f"amendment.{a.version}.reason", a.reason, N_("Sign-off"),
                           N_("Reason for the new version"), True)


# The authority's complaints procedure is printed at the end of the minutes and the plan;
# it is stored once per conference so its translation travels with the record.
COMPLAINTS_FIELD = "profile.complaints_procedure"


def _authority_pieces(c: Conference, profile: AuthorityProfile | None) -> Iterator[FreeText]:
    if profile is not None and profile.complaints_procedure.strip():
        yield FreeText(c.id, COMPLAINTS_FIELD, profile.complaints_procedure,
                       N_("If you are unhappy with the conference"), N_("Complaints procedure"),
                       True)


def free_text(conference: Conference, audience: Audience,
              profile: AuthorityProfile | None = None) -> list[FreeText]:
    """Every piece of free text the family copy (minutes and plan) shows, in document order.

    When the person may not receive the minutes, only what the plan prints is listed. With the
    authority's profile, its complaints procedure (authority free text) is included too.
    """
    closing = [*_closing_pieces(conference, audience), *_authority_pieces(conference, profile)]
    if copies_allowed(conference, audience).allowed:
        pieces = [*_minutes_pieces(conference, audience), *_progress_pieces(conference, audience),
                  *_plan_pieces(conference, audience), *closing]
    else:
        pieces = [p for p in (*_progress_pieces(conference, audience),
                              *_plan_pieces(conference, audience), *closing) if p.in_plan]
    seen: set[tuple[str, str]] = set()
    unique = []
    for piece in pieces:  # one unit per field, even if printed twice
        if (piece.record_id, piece.field) not in seen:
            seen.add((piece.record_id, piece.field))
            unique.append(piece)
    return unique


def units_by_key(conference: Conference) -> dict[tuple[str, str, str], TranslationUnit]:
    return {unit.key: unit for unit in conference.translations}


def work_items(conference: Conference, audience: Audience,
               profile: AuthorityProfile | None = None) -> list[WorkItem]:
    """The copy's free text beside existing translations; new to-do units where none exist."""
    existing = units_by_key(conference)
    items = []
    for piece in free_text(conference, audience, profile):
        unit = existing.get((piece.record_id, piece.field, audience.language))
        if unit is not None:
            items.append(WorkItem(piece, unit, is_new=False))
        else:
            items.append(WorkItem(piece, TranslationUnit(
                piece.record_id, piece.field, audience.language, piece.text,
                id=unit_id_for(piece.record_id, piece.field, audience.language)), is_new=True))
    return items


@dataclass(frozen=True)
class TranslationCount:
    total: int
    translated: int  # translated or checked, and not stale
    checked: int
    stale: int

    @property
    def to_do(self) -> int:
        return self.total - self.translated


def count(items: list[WorkItem]) -> TranslationCount:
    """How far the translation of a copy has got."""
    return TranslationCount(
        total=len(items),
        translated=sum(item.ready for item in items),
        checked=sum(item.ready and item.unit.status is TranslationStatus.CHECKED
                    for item in items),
        stale=sum(item.stale for item in items),
    )


class TranslationMismatch(ValueError):
    """An imported file does not fit the copy's units; nothing is applied."""

    def __init__(self, template: str, **params: str) -> None:
        super().__init__(template.format(**params))
        self.template, self.params = template, params

    def render(self, translate: Callable[[str], str] = lambda s: s) -> str:
        return translate(self.template).format(**self.params)


@dataclass(frozen=True)
class ImportedUnit:
    """One unit as read from a translation file, with the English it was translated from."""

    unit_id: str
    language: str
    source: str
    text: str
    status: TranslationStatus


def _language_tag(code: str) -> str:
    """'pt_BR' and 'pt-br' name the same language (PO tools write the first)."""
    return code.strip().replace("_", "-").lower()


# An import with no changes is not applied: it would add an entry to the history and an
# undo step that change nothing.
NOTHING_CHANGED = N_("Nothing changed: every translation in the file is already in the record.")


def imported_changes(items: list[WorkItem], language: str, imported: list[ImportedUnit],
                     translator: str = "") -> list[tuple[WorkItem, dict[str, object]]]:
    """The changes an import makes, unit by unit; refuses the whole file on any mismatch;
    none when the file holds only what the record has (NOTHING_CHANGED)."""
    by_id = {item.unit.id: item for item in items}
    changes = []
    seen: set[str] = set()
    for unit in imported:
        if unit.unit_id in seen:
            raise TranslationMismatch(N_("Unit {unit} appears twice in the file."),
                                      unit=unit.unit_id)
        seen.add(unit.unit_id)
        if _language_tag(unit.language) != _language_tag(language):
            raise TranslationMismatch(N_("Unit {unit} is in {found!r}, not {language!r}."),
                                      unit=unit.unit_id, found=unit.language, language=language)
        item = by_id.get(unit.unit_id)
        if item is None:
            raise TranslationMismatch(N_("Unit {unit} is not part of this copy."),
                                      unit=unit.unit_id)
        status = unit.status if unit.text else TranslationStatus.TO_DO
        # The source the file carries is what was translated: if the record changed since
        # the export, the unit stays stale.
        new: dict[str, object] = {"text": unit.text, "status": status,
                                  "source_text": unit.source}
        if translator and unit.text != item.unit.text:
            new["translator"] = translator
        if item.is_new and not unit.text:
            continue  # still untouched: nothing to store
        if item.is_new or any(getattr(item.unit, k) != v for k, v in new.items()):
            changes.append((item, new))
    return changes


class TranslationChange(Several):
    """Changes to translation units only: allowed on a signed record, whose text they leave
    as signed (the window's runner checks outside_record)."""

    outside_record = True


def _unit_step(item: WorkItem, changes: dict[str, object], label: str) -> Operation:
    if item.is_new:
        unit = copy.deepcopy(item.unit)
        for name, value in changes.items():
            setattr(unit, name, value)
        return AddRecord(label, "translations", unit)
    return SetFields(label, dict(changes), record_id=item.unit.id)


def edit_operation(item: WorkItem, changes: dict[str, object], label: str) -> TranslationChange:
    """Change one unit: adds it to the record first if it was not stored yet."""
    return TranslationChange(label, [_unit_step(item, changes, label)])


def import_operation(changes: list[tuple[WorkItem, dict[str, object]]], label: str
                     ) -> TranslationChange:
    """All the changes of one imported file as one step (one undo)."""
    return TranslationChange(label, [_unit_step(item, new, label) for item, new in changes])
