"""Malformed and hostile files: a FormatError that names the field, never a traceback."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpmeeting.demo import demo_conference
from cpmeeting.interchange import shapes
from cpmeeting.interchange.codec import FormatError
from cpmeeting.interchange.document import from_document, from_json, read_file, to_json

DEMO = json.loads(to_json(demo_conference(date(2026, 11, 23))))


def demo() -> dict:
    return json.loads(json.dumps(DEMO))


def error_for(document) -> FormatError:
    with pytest.raises(FormatError) as caught:
        from_document(document)
    return caught.value


def test_an_unknown_attendance_names_the_field_and_the_choices():
    document = demo()
    document["conference"]["invitees"][3]["attendance"] = "maybe"
    error = error_for(document)
    assert error.path == "conference.invitees[3].attendance"
    assert str(error).startswith("conference.invitees[3].attendance: 'maybe' is not one of "
                                 "not_recorded, present, video, part,")


@pytest.mark.parametrize("path, value, problem", [
    ("conference.scaling[0].score", 11, "11 is outside the allowed range 0 to 10"),
    ("conference.scaling[0].score", "5", "'5' is not a whole number"),
    ("conference.scaling[0].score", True, "True is not a whole number"),
    ("conference.date", "next week", "is not in the expected form (YYYY-MM-DD, years 1900"),
    ("conference.date", "9999-12-20", "years 1900 to 2199"),
    ("conference.date", "2026-02-30", "'2026-02-30' is not a real date"),
    ("conference.minutes[2].at", "2026-11-26 10:00", "YYYY-MM-DDTHH:MM:SS"),
    ("conference.children[0].languages", "pl", "'pl' is not a list"),
    ("conference.plan.outcomes[1].by_when", 20261126, "is not text or null"),
    ("conference.decisions[0].categories", ["neglect", "neglect"], "the same value twice"),
    ("conference.exclusions[0].grounds", ["7_dislike"], "'7_dislike' is not one of"),
    ("conference.venue", "x" * (shapes.MAX_TEXT + 1), "at most 200,000 are allowed"),
    ("conference.invitees[0].presence", [[[[[[]]]]]], "is not an object"),
])
def test_wrong_values_name_their_field(path, value, problem):
    document = demo()
    *parents, last = path.replace("[", ".").replace("]", "").split(".")
    target = document
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    target[int(last) if last.isdigit() else last] = value
    error = error_for(document)
    assert error.path.startswith(path), str(error)
    assert problem in error.problem


def test_unknown_fields_are_rejected_by_name():
    document = demo()
    document["conference"]["invitees"][1]["nickname"] = "Gaz"
    error = error_for(document)
    assert error.path == "conference.invitees[1]"
    assert "unknown field 'nickname'" in error.problem


def test_a_missing_required_field_is_named():
    document = demo()
    del document["conference"]["children"][1]["given_name"]
    error = error_for(document)
    assert error.path == "conference.children[1]" and "'given_name' is missing" in error.problem


@pytest.mark.parametrize("path, setter, looked_in", [
    ("conference.plan.actions[2].owner_id", lambda c: c["plan"]["actions"][2],
     "no invitee in conference.invitees"),
    ("conference.plan.actions[2].outcome_id", lambda c: c["plan"]["actions"][2],
     "no outcome in conference.plan.outcomes"),
    ("conference.minutes[4].speaker_id", lambda c: c["minutes"][4],
     "no invitee in conference.invitees"),
    ("conference.exclusions[0].invitee_id", lambda c: c["exclusions"][0],
     "no invitee in conference.invitees"),
    ("conference.scaling[1].child_id", lambda c: c["scaling"][1],
     "no child in conference.children"),
])
def test_a_dangling_reference_names_the_field_and_the_list_it_is_not_in(path, setter,
                                                                        looked_in):
    document = demo()
    setter(document["conference"])[path.rsplit(".", 1)[1]] = "nobody"
    error = error_for(document)
    assert error.path == path
    assert error.problem == f"{looked_in} has the id 'nobody'"


@pytest.mark.parametrize("where, kind", [
    (lambda c: c["plan"]["outcomes"][0]["child_ids"], "child"),
    (lambda c: c["plan"]["core_group"]["member_ids"], "invitee"),
])
def test_an_outcome_or_core_group_naming_someone_twice_is_refused(where, kind):
    # Found by benchmarks/hostile_files.py: the plan would list the same child twice.
    document = demo()
    ids = where(document["conference"])
    ids.append(ids[0])
    error = error_for(document)
    assert error.path.endswith(f"[{len(ids) - 1}]")
    assert f"the {kind} {ids[0]!r} is named twice (also at" in error.problem


def test_a_minute_kept_from_someone_unknown_is_refused():
    document = demo()
    document["conference"]["minutes"][0]["not_for"] = ["ghost"]
    assert error_for(document).path == "conference.minutes[0].not_for[0]"


def test_duplicate_ids_are_named_with_both_places():
    document = demo()
    invitees = document["conference"]["invitees"]
    invitees[5]["id"] = invitees[2]["id"]
    error = error_for(document)
    assert error.path == "conference.invitees[5].id"
    assert "used twice (also at conference.invitees[2].id)" in error.problem


def test_a_future_version_says_which_version_this_app_reads():
    document = demo()
    document["version"] = 3
    error = error_for(document)
    assert error.path == "version"
    assert "format version 3" in str(error) and "reads versions 1 to 2" in str(error)
    assert "newer cpmeeting" in str(error)


def test_another_format_is_refused():
    assert error_for({"format": "something.else", "version": 1}).path == "format"
    assert "does not hold a JSON object" in str(error_for([1, 2]))


def test_broken_json_and_deep_nesting_and_bad_encoding():
    assert "not valid JSON" in str(pytest.raises(FormatError, from_json, '{"format": ').value)
    assert "nested too deeply" in str(pytest.raises(FormatError, from_json, "[" * 200_000).value)
    assert "not UTF-8" in str(pytest.raises(FormatError, from_json, b"\xff\xfe{}").value)


def test_huge_files_are_refused_before_parsing(tmp_path, monkeypatch):
    monkeypatch.setattr("cpmeeting.interchange.document.MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_text(to_json(demo_conference(date(2026, 11, 23))), encoding="utf-8")
    with pytest.raises(FormatError, match="larger than"):
        read_file(path)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                   max_size=3),
    max_leaves=10,
)


def _leaves(value, path=()):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, (*path, index))
    yield path


LEAVES = [p for p in _leaves(DEMO) if p]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(LEAVES), JSON_VALUES)
def test_any_single_change_gives_a_record_or_a_format_error(path, value):
    document = demo()
    target = document
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    try:
        from_document(document)
    except FormatError as error:
        assert error.problem and "Traceback" not in str(error)


@settings(max_examples=100, deadline=None)
@given(JSON_VALUES)
def test_arbitrary_json_is_refused_cleanly(value):
    with pytest.raises(FormatError):
        from_document(value)


def test_two_translation_units_with_one_id_name_the_second():
    from cpmeeting.domain.translation import TranslationUnit

    conference = demo_conference(date(2026, 11, 23))
    conference.translations = [TranslationUnit("r1", "text", "pl", "Hello", id="0"),
                               TranslationUnit("r2", "text", "pl", "Bye", id="0")]
    with pytest.raises(FormatError) as raised:
        from_json(to_json(conference))
    assert "conference.translations[1].id" in str(raised.value)
