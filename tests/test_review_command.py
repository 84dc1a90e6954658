"""`cpmeeting new-review`, and case chains through the interchange files."""

from __future__ import annotations

import json
from datetime import date, datetime

from cpmeeting.cli import main
from cpmeeting.demo import demo_conference, demo_profile
from cpmeeting.domain.conference import ConferenceKind
from cpmeeting.domain.decision import Outcome
from cpmeeting.domain.rules.calendar import add_months
from cpmeeting.domain.signoff import sign
from cpmeeting.interchange.document import read_file, to_json, write_file
from cpmeeting.store.archive import Archive

HELD = date(2027, 3, 1)


def signed_demo():
    conference = demo_conference(HELD)
    sign(conference, demo_profile(), "Ruth Okonjo", "Chair", datetime(2027, 3, 1, 13, 0))
    return conference


def _stored(*conferences):
    with Archive.open() as archive:
        for conference in conferences:
            archive.save(conference)


def test_new_review_starts_from_the_signed_conference(capsys):
    initial = signed_demo()
    _stored(initial)
    assert main(["new-review", initial.id, "--date", "2027-05-20", "--time", "10:30"]) == 0
    captured = capsys.readouterr()
    review_id = captured.out.splitlines()[0]
    due = add_months(initial.date, 3).isoformat()
    assert f"Due by {due}: 3 months after the initial conference" in captured.err
    with Archive.open() as archive:
        review = archive.load(review_id)
        listed = {s.id: s for s in archive.list_conferences()}
        found = {s.id for s in archive.list_conferences(initial.id)}
    assert review.kind is ConferenceKind.REVIEW
    assert review.previous_conference_id == initial.id and review.case_id == initial.id
    assert review.start_time.isoformat() == "10:30:00"
    assert [c.id for c in review.children] == [c.id for c in initial.children]
    assert listed[review_id].case == listed[initial.id].case == initial.id
    assert listed[review_id].previous_id == initial.id
    assert found == {initial.id, review_id}  # the search finds the whole case


def test_an_unsigned_conference_is_refused_and_nothing_is_written(capsys):
    unsigned = demo_conference(HELD)
    _stored(unsigned)
    assert main(["new-review", unsigned.id, "--date", "2027-05-20"]) == 1
    assert "is not signed yet" in capsys.readouterr().err
    with Archive.open() as archive:
        assert [s.id for s in archive.list_conferences()] == [unsigned.id]


def test_a_conference_without_a_plan_is_refused(capsys):
    conference = demo_conference(HELD)
    for decision in conference.decisions:
        decision.outcome = Outcome.CHILD_IN_NEED_PLAN
        decision.categories = set()
    sign(conference, demo_profile(), "Ruth Okonjo", "Chair", datetime(2027, 3, 1, 13, 0),
         waiver_reason="test")
    _stored(conference)
    assert main(["new-review", conference.id, "--date", "2027-05-20"]) == 1
    assert "no child with a child protection plan" in capsys.readouterr().err


def test_a_bad_date_or_unknown_id_is_named(capsys):
    try:
        main(["new-review", "x", "--date", "20/05/2027"])
    except SystemExit as stop:
        assert stop.code == 2
    assert "'20/05/2027' is not a date: write it as YYYY-MM-DD" in capsys.readouterr().err
    assert main(["new-review", "nope", "--date", "2027-05-20"]) == 1
    assert "nope" in capsys.readouterr().err


def test_the_link_survives_export_and_import(tmp_path, capsys):
    initial = signed_demo()
    _stored(initial)
    assert main(["new-review", initial.id, "--date", "2027-05-20"]) == 0
    review_id = capsys.readouterr().out.splitlines()[0]
    path = tmp_path / "review.json"
    assert main(["export-json", review_id, str(path)]) == 0
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == 2
    assert document["conference"]["previous_conference_id"] == initial.id
    assert read_file(path).conference.case_id == initial.id


def test_a_file_of_the_old_version_still_imports(tmp_path, capsys):
    conference = demo_conference(HELD)
    document = json.loads(to_json(conference))
    document["version"] = 1
    for field in ("previous_conference_id", "case_id"):  # version 1 had no such fields
        del document["conference"][field]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert main(["import-json", str(path)]) == 0
    with Archive.open() as archive:
        stored = archive.load(conference.id)
    assert stored.previous_conference_id is None and stored.case_id is None
    assert stored == conference


def test_a_loop_in_imported_files_is_refused_naming_them(tmp_path, capsys):
    first, second = demo_conference(HELD), demo_conference(date(2027, 6, 1))
    first.previous_conference_id, second.previous_conference_id = second.id, first.id
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    write_file(a, first)
    write_file(b, second)
    assert main(["import-json", str(a), str(b)]) == 2
    err = capsys.readouterr().err
    assert "goes round in a loop" in err
    assert f"{a} (id {first.id})" in err and f"{b} (id {second.id})" in err
    with Archive.open() as archive:
        assert archive.list_conferences() == []


def test_a_loop_with_a_conference_already_stored_is_refused(tmp_path, capsys):
    stored, imported = demo_conference(HELD), demo_conference(date(2027, 6, 1))
    stored.previous_conference_id = imported.id
    imported.previous_conference_id = stored.id
    _stored(stored)
    path = tmp_path / "in.json"
    write_file(path, imported)
    assert main(["import-json", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"the archive's conference {stored.id}" in err and str(path) in err


def test_a_chain_imports_in_one_go(tmp_path, capsys):
    initial = signed_demo()
    from cpmeeting.domain.review import start_review

    review = start_review(initial, date(2027, 5, 20))
    paths = [tmp_path / "1.json", tmp_path / "2.json"]
    write_file(paths[0], initial)
    write_file(paths[1], review)
    assert main(["import-json", *map(str, paths)]) == 0
    assert capsys.readouterr().out.split() == [initial.id, review.id]
    with Archive.open() as archive:
        assert archive.load(review.id) == review


def test_a_file_whose_references_leave_the_record_is_refused(tmp_path, capsys):
    conference = demo_conference(HELD)
    conference.child_said_since = {"nobody": "Hello"}
    path = tmp_path / "bad.json"
    write_file(path, conference)
    assert main(["import-json", str(path)]) == 2
    assert "conference.child_said_since.nobody" in capsys.readouterr().err
    conference.child_said_since = {}
    conference.previous_conference_id = conference.id
    write_file(path, conference)
    assert main(["import-json", str(path)]) == 2
    assert "names itself as the one before it" in capsys.readouterr().err
