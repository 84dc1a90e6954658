"""Contributions and actions kept from a family member travel in the file, and old files
without the marks still import (as for everyone)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from cpmeeting.demo import demo_conference
from cpmeeting.interchange.codec import FormatError
from cpmeeting.interchange.document import from_json, to_json


@pytest.fixture
def conference():
    return demo_conference(date(2026, 11, 23))


def test_marks_round_trip_through_json(conference):
    father = next(p for p in conference.family if p.name == "Daniel Hartfield")
    conference.contributions[1].third_party_confidential = True
    conference.plan.actions[4].not_for = {father.id}
    loaded = from_json(to_json(conference)).conference
    assert loaded == conference
    gp = next(c for c in loaded.contributions if "low mood" in c.summary)
    assert gp.not_for == {father.id}
    assert loaded.contributions[1].third_party_confidential
    assert loaded.plan.actions[4].not_for == {father.id}


def test_a_file_written_before_the_marks_imports_as_for_everyone(conference):
    document = json.loads(to_json(conference))
    for record in [*document["conference"]["contributions"],
                   *document["conference"]["plan"]["actions"]]:
        record.pop("not_for", None)
        record.pop("third_party_confidential", None)
    loaded = from_json(json.dumps(document)).conference
    for record in [*loaded.contributions, *loaded.plan.actions]:
        assert record.not_for == set() and not record.third_party_confidential


@pytest.mark.parametrize("path, record", [
    ("conference.contributions[0].not_for[0]", lambda c: c["contributions"][0]),
    ("conference.plan.actions[0].not_for[0]", lambda c: c["plan"]["actions"][0]),
])
def test_kept_from_someone_unknown_is_refused(conference, path, record):
    document = json.loads(to_json(conference))
    record(document["conference"])["not_for"] = ["ghost"]
    with pytest.raises(FormatError) as error:
        from_json(json.dumps(document))
    assert error.value.path == path
