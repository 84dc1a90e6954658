"""Hypothesis strategies for any record dataclass, built from its fields and type hints."""

from __future__ import annotations

import typing
from datetime import date, datetime, time
from typing import Any

from hypothesis import strategies as st

from cpmeeting.domain.operations import COLLECTIONS, resolve_path
from cpmeeting.interchange.shapes import (
    MAX_YEAR,
    MIN_YEAR,
    fields_of,
    integer_bounds,
    is_enum,
    is_record,
    optional_inner,
)

TEXT = st.text(max_size=12)
IDS = st.text("abcdef0123456789", min_size=1, max_size=8)
SMALL = {"max_size": 3}


def for_type(hint: Any, owner: type | None = None, name: str | None = None) -> st.SearchStrategy:
    """Values of the given type, as the domain holds them."""
    inner = optional_inner(hint)
    if inner is not None:
        return st.none() | for_type(inner, owner, name)
    if is_record(hint):
        return records(hint)
    if is_enum(hint):
        return st.sampled_from(list(hint))
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is list:
        return st.lists(for_type(args[0], owner, name), **SMALL)
    if origin is set:
        return st.sets(for_type(args[0], owner, name), **SMALL)
    if origin is dict:
        return st.dictionaries(for_type(args[0]), for_type(args[1], owner, name), **SMALL)
    if hint is datetime:
        return st.datetimes(datetime(MIN_YEAR, 1, 1), datetime(MAX_YEAR, 12, 31, 23, 59, 59))
    if hint is date:
        return st.dates(date(MIN_YEAR, 1, 1), date(MAX_YEAR, 12, 31))
    if hint is time:
        return st.times()
    if hint is bool:
        return st.booleans()
    if hint is int:
        low, high = integer_bounds(owner, name)
        return st.integers(low, high)
    if hint is str:
        return IDS if name == "id" else TEXT
    raise TypeError(hint)


def records(cls: type) -> st.SearchStrategy:
    """Instances of a dataclass with every field drawn, defaults included."""
    return st.builds(cls, **{shape.name: st.deferred(lambda s=shape: for_type(s.hint, cls, s.name))
                             for shape in fields_of(cls)})


def _pick(ids: list[str], seed: str, optional: bool) -> str | None:
    """A deterministic choice among ids (None when there are none, or sometimes if optional)."""
    if not ids or (optional and len(seed) % 3 == 0):
        return None
    return ids[len(seed) % len(ids)]


def consistent(conference):
    """Make a random conference referentially sound: unique ids, references that resolve."""
    for path in COLLECTIONS:  # every collection of records with ids
        for index, record in enumerate(resolve_path(conference, path)):
            record.id = f"{path.split('.')[-1][:3]}{index}"
    children = [c.id for c in conference.children]
    people = [p.id for p in conference.invitees]
    outcomes = [o.id for o in conference.plan.outcomes]
    for person in conference.invitees:
        person.child_id = _pick(children, person.name, True)
        person.substitute_for = _pick(people, person.agency, True)
    # Records that must point at someone are dropped when nobody is there to point at.
    if not people:
        conference.exclusions, conference.contributions = [], []
    if not children:
        conference.childs_views, conference.decisions = [], []
    if not (people and children):
        conference.scaling, conference.participant_views = [], []
    for record in [*conference.exclusions, *conference.contributions]:
        record.invitee_id = _pick(people, record.id, False)
    for contribution in conference.contributions:  # kept from someone who is there
        contribution.not_for = set(people[:1]) if contribution.third_party_confidential else set()
    for record in [*conference.childs_views, *conference.decisions]:
        record.child_id = _pick(children, record.id, False)
    conference.decisions = list({d.child_id: d for d in conference.decisions}.values())
    for record in [*conference.scaling, *conference.participant_views]:
        record.invitee_id = _pick(people, record.id, False)
        record.child_id = _pick(children, record.id + "x", False)
    # A review's record of the case: about children of this conference, never itself.
    if not children:
        conference.scaling_history = []
    for point in conference.scaling_history:
        point.child_id = _pick(children, point.id, False)
    conference.child_said_since = {
        child: text for child, text in zip(children, conference.child_said_since.values(),
                                           strict=False)}
    if conference.previous_conference_id == conference.id:
        conference.previous_conference_id = None
    for item in [*conference.analysis, *conference.plan.outcomes]:
        item.child_ids = [c for c in item.child_ids if c in children] + children[:1]
    plan = conference.plan
    plan.lead_social_worker_id = _pick(people, plan.childs_needs, True)
    for action in plan.actions:
        action.owner_id = _pick(people, action.description, True)
        action.outcome_id = _pick(outcomes, action.owner_text, True)
        action.not_for = set(people[-1:]) if action.third_party_confidential else set()
    plan.core_group.member_ids = people[:2]
    for entry in conference.minutes:
        entry.speaker_id = _pick(people, entry.text, True)
        entry.not_for = set(people[-1:]) if entry.third_party_confidential else set()
    return conference


def conferences() -> st.SearchStrategy:
    """Random conferences whose ids are unique and whose references all resolve."""
    from cpmeeting.domain.conference import Conference

    return records(Conference).map(consistent)
