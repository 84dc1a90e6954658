"""Every conference survives JSON and back unchanged; the demo passes every check."""

from __future__ import annotations

import json
from datetime import date, datetime

from hypothesis import HealthCheck, given, settings

from cpmeeting.demo import demo_conference, demo_profile
from cpmeeting.domain.conference import Conference
from cpmeeting.domain.profile import AuthorityProfile
from cpmeeting.interchange.codec import decode, encode
from cpmeeting.interchange.document import from_json, read_file, schema_problem, to_json, write_file

from .strategies import conferences, records


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records(Conference), records(AuthorityProfile))
def test_any_conference_round_trips_through_json_text(conference, profile):
    document = json.loads(to_json(conference, profile))
    assert schema_problem(document) is None
    assert decode(document["conference"], Conference, "conference") == conference
    assert decode(document["profile"], AuthorityProfile, "profile") == profile


def test_demo_round_trips_through_a_file_with_its_profile(tmp_path):
    conference, profile = demo_conference(date(2026, 11, 23)), demo_profile()
    path = tmp_path / "demo.json"
    write_file(path, conference, profile)
    loaded = read_file(path)
    assert loaded.conference == conference
    assert loaded.profile == profile


def test_the_profile_is_optional():
    conference = demo_conference(date(2026, 11, 23))
    loaded = from_json(to_json(conference))
    assert loaded.profile is None and loaded.conference == conference


def test_the_file_reads_as_a_person_would_expect():
    conference = demo_conference(date(2026, 11, 23))
    document = json.loads(to_json(conference))
    assert document["format"] == "cpmeeting.conference" and document["version"] == 2
    record = document["conference"]
    assert record["date"] == "2026-11-26"
    assert record["kind"] == "initial"
    assert record["invitees"][0]["presence"][0]["joined"] == "2026-11-26T10:00:00"
    assert record["exclusions"][0]["grounds"] == ["5_confidential_information",
                                                 "6_family_conflict"]
    # Polish names stay readable in the file, not \u escapes.
    assert "Kowalska" in to_json(conference)


def test_sets_are_sorted_so_the_same_record_gives_the_same_text():
    conference = demo_conference(date(2026, 11, 23))
    first = to_json(conference)
    conference.decisions[0].categories = set(reversed(sorted(conference.decisions[0].categories)))
    assert to_json(conference) == first


def test_fractions_of_a_second_are_kept_when_the_record_has_them():
    moment = datetime(2026, 11, 26, 10, 0, 0, 250_000)
    assert encode(moment, datetime) == "2026-11-26T10:00:00.250000"
    assert decode(encode(moment, datetime), datetime, "at") == moment
    assert encode(moment.replace(microsecond=0), datetime) == "2026-11-26T10:00:00"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conferences())
def test_any_sound_conference_passes_every_check_and_comes_back_equal(conference):
    assert from_json(to_json(conference)).conference == conference
