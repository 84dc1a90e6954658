"""Property: any record the domain can hold comes back from the archive unchanged."""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime, time
from enum import Enum

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpmeeting.domain.analysis import SCALE_MAX, SCALE_MIN, Scaling
from cpmeeting.domain.conference import Conference, ConferenceKind
from cpmeeting.domain.plan import ProtectionPlan
from cpmeeting.store.schema import RECORD_KINDS

# Text as people type it, any script; NUL and lone surrogates cannot be typed (nor stored
# by PostgreSQL).
TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=40)
DAY = st.dates(date(1900, 1, 1), date(2100, 12, 31))
MOMENT = st.datetimes(datetime(1900, 1, 1), datetime(2100, 12, 31))
OVERRIDES = {(Scaling, "score"): st.integers(SCALE_MIN, SCALE_MAX)}
SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def strategy(tp: typing.Any) -> st.SearchStrategy:
    """Values of a domain field type."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return st.none() | strategy(inner)
    if origin is list:
        return st.lists(strategy(typing.get_args(tp)[0]), max_size=3)
    if origin is set:
        return st.sets(strategy(typing.get_args(tp)[0]), max_size=3)
    if origin is dict:
        key, value = typing.get_args(tp)
        return st.dictionaries(strategy(key), strategy(value), max_size=3)
    if dataclasses.is_dataclass(tp):
        return records(tp)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return st.sampled_from(list(tp))
    simple = {str: TEXT, bool: st.booleans(), int: st.integers(-(2**31), 2**31 - 1),
              date: DAY, datetime: MOMENT, time: st.times()}
    return simple[tp]


def records(cls: type, skip: frozenset[str] = frozenset()) -> st.SearchStrategy:
    """Instances of a domain dataclass with every field drawn (ids stay fresh and unique)."""
    hints = typing.get_type_hints(cls)
    fields = {
        f.name: OVERRIDES[(cls, f.name)] if (cls, f.name) in OVERRIDES else strategy(hints[f.name])
        for f in dataclasses.fields(cls) if f.name != "id" and f.name not in skip
    }
    return st.builds(cls, **fields)


TOP_LEVEL_KINDS = [kind for kind in RECORD_KINDS if kind.owner is None]


@pytest.mark.parametrize("kind", TOP_LEVEL_KINDS, ids=lambda kind: kind.table_name)
@SETTINGS
@given(data=st.data())
def test_any_records_of_a_kind_round_trip(archive, kind, data):
    conference = Conference(kind=data.draw(st.sampled_from(list(ConferenceKind))),
                            date=data.draw(DAY))
    items = data.draw(st.lists(records(kind.record), max_size=4))
    target = conference
    for part in kind.path.split("."):
        target = getattr(target, part)
    target.extend(items)  # invitees bring their presence spells with them
    archive.save(conference)
    assert archive.load(conference.id) == conference


COLLECTIONS = frozenset(
    f.name for f in dataclasses.fields(Conference)
    if typing.get_origin(typing.get_type_hints(Conference)[f.name]) is list
    and dataclasses.is_dataclass(typing.get_args(typing.get_type_hints(Conference)[f.name])[0])
)


@SETTINGS
@given(conference=records(Conference, skip=COLLECTIONS | {"plan"}),
       plan=records(ProtectionPlan, skip=frozenset({"outcomes", "actions", "date_overrides"})))
def test_any_conference_and_plan_fields_round_trip(archive, conference, plan):
    conference.plan = plan
    archive.save(conference)
    assert archive.load(conference.id) == conference
    conference.plan.contingency += " changed"
    archive.save(conference)
    assert archive.load(conference.id) == conference
