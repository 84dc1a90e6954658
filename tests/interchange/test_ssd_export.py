"""The case-system export: SSD CSV files and one JSON file, read back and checked against the
dataset's field list (cpmeeting/interchange/ssd_fields.py)."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from cpmeeting.cli import main
from cpmeeting.demo import demo_conference, demo_profile
from cpmeeting.domain.conference import ConferenceKind
from cpmeeting.domain.decision import Category, Outcome, ReviewAction
from cpmeeting.domain.voice import ParticipationCode
from cpmeeting.interchange.ssd_export import MissingCaseIds, build_ssd_export
from cpmeeting.interchange.ssd_fields import (
    CATEGORY_LABELS,
    CENSUS_CODES,
    CENSUS_MULTIPLE,
    ICPC_OUTCOME_KEYS,
    MULTIPLE_PREFIX,
    PARTICIPATION_CODES,
    SIDE_TABLES,
    SSD_TABLES,
    all_field_names,
    field_names,
)
from cpmeeting.interchange.ssd_files import JSON_FILE, write_export

TODAY = date(2027, 3, 1)


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def read_folder(folder: Path) -> dict[str, tuple[list[str], list[dict[str, str]]]]:
    return {path.stem: read_csv(path) for path in sorted(folder.glob("*.csv"))}


def assert_headers_are_the_datasets(tables) -> None:
    """Every header of an ssd_ file is an SSD field of that table, in the dataset's order;
    anything else is in a clearly named cpmeeting_ side file."""
    known = all_field_names()
    for name, (headers, _rows) in tables.items():
        if name.startswith("ssd_"):
            assert name in SSD_TABLES
            assert set(headers) <= known
            assert tuple(headers) == field_names(name)
        else:
            assert name.startswith("cpmeeting_")
            assert tuple(headers) == SIDE_TABLES[name]
            assert not set(headers) & known


def iso_or_empty(value: str) -> bool:
    if not value:
        return True
    date.fromisoformat(value)
    return len(value) == 10


def review_conference():
    """A review of the demo family: the plan continues for Zofia and ends for Leo."""
    conference = demo_conference(TODAY)
    conference.kind = ConferenceKind.REVIEW
    conference.previous_conference_kind = ConferenceKind.INITIAL
    conference.previous_conference_date = date(2026, 12, 1)
    zofia, leo = conference.children
    for decision in conference.decisions:
        decision.quorate_when_decided = True
    conference.decision_for(zofia.id).review_action = ReviewAction.CONTINUE
    conference.decision_for(zofia.id).categories = {Category.EMOTIONAL}
    leo_decision = conference.decision_for(leo.id)
    leo_decision.review_action = ReviewAction.DISCONTINUE
    leo_decision.outcome = Outcome.CHILD_IN_NEED_PLAN
    leo_decision.categories = set()
    conference.childs_view_for(zofia.id).participation = ParticipationCode.PN1
    return conference


def test_demo_through_the_command_line_reads_back_with_the_datasets_fields(tmp_path, capsys):
    assert main(["demo"]) == 0
    conference_id = capsys.readouterr().out.splitlines()[0].strip()
    out = tmp_path / "feed"
    assert main(["export-ssd", conference_id, "--out", str(out)]) == 0
    tables = read_folder(out)
    assert_headers_are_the_datasets(tables)
    assert {"ssd_initial_cp_conference", "ssd_cp_plans", "ssd_professionals"} <= set(tables)
    assert "ssd_cp_reviews" not in tables  # an initial conference is not a review

    _headers, icpc = tables["ssd_initial_cp_conference"]
    assert [row["icpc_person_id"] for row in icpc] == ["DEMO-0041877", "DEMO-0041878"]
    for row in icpc:
        assert row["icpc_icpc_meeting_id"] == conference_id  # siblings share the meeting
        assert row["icpc_icpc_transfer_in"] == "N"
        assert row["icpc_icpc_outcome_cp_flag"] == "Y"
        assert iso_or_empty(row["icpc_icpc_date"]) and row["icpc_icpc_date"]
        assert iso_or_empty(row["icpc_icpc_target_date"]) and row["icpc_icpc_target_date"]
        assert row["icpc_s47_enquiry_id"] == "" and row["icpc_referral_id"] == ""  # not made up
        outcome = json.loads(row["icpc_icpc_outcome_json"])
        assert tuple(outcome) == ICPC_OUTCOME_KEYS
        assert outcome["CP_FLAG"] == "Y" and outcome["NFA_FLAG"] == "N"
        assert outcome["TOTAL_NO_OF_OUTCOMES"] == 1
    assert len({row["icpc_icpc_id"] for row in icpc}) == 2

    _headers, plans = tables["ssd_cp_plans"]
    assert [row["cppl_person_id"] for row in plans] == ["DEMO-0041877", "DEMO-0041878"]
    for plan, conference_row in zip(plans, icpc, strict=True):
        assert plan["cppl_cp_plan_id"] == conference_row["icpc_cp_plan_id"] != ""
        assert plan["cppl_icpc_id"] == conference_row["icpc_icpc_id"]
        assert plan["cppl_cp_plan_start_date"] == conference_row["icpc_icpc_date"]
        assert plan["cppl_cp_plan_ola"] == "N"
        assert plan["cppl_cp_plan_initial_category"] == "Multiple: Neglect, Emotional abuse"
        labels = plan["cppl_cp_plan_initial_category"].removeprefix(MULTIPLE_PREFIX).split(", ")
        assert set(labels) <= set(CATEGORY_LABELS)

    _headers, outcomes = tables["cpmeeting_child_outcomes"]
    assert {row["category_census_code"] for row in outcomes} == {CENSUS_MULTIPLE}
    assert {row["category_census_codes"] for row in outcomes} == {"NEG;EMO"}
    assert [row["participation"] for row in outcomes] == ["PN6", "PN0"]
    assert {row["quorate"] for row in outcomes} == {"Y"}

    _headers, professionals = tables["ssd_professionals"]
    assert len(professionals) >= 5  # each practitioner invited, and the chair
    assert all(row["prof_professional_name"] and row["prof_professional_job_title"]
               for row in professionals)

    document = json.loads((out / JSON_FILE).read_text(encoding="utf-8"))
    assert document["tables"]["ssd_initial_cp_conference"] == icpc
    assert document["tables"]["ssd_cp_plans"] == plans
    assert document["cpmeeting"]["cpmeeting_child_outcomes"] == outcomes
    assert "ssd-data-model" in document["source"]


def test_a_review_gives_review_rows_with_quoracy_and_participation(tmp_path):
    conference = review_conference()
    paths = write_export(build_ssd_export(conference, demo_profile()), tmp_path / "review")
    assert all(path.exists() for path in paths)
    tables = read_folder(tmp_path / "review")
    assert_headers_are_the_datasets(tables)
    assert "ssd_initial_cp_conference" not in tables
    _headers, reviews = tables["ssd_cp_reviews"]
    assert [row["cppr_person_id"] for row in reviews] == ["DEMO-0041877", "DEMO-0041878"]
    assert [row["cppr_cp_review_outcome_continue_cp"] for row in reviews] == ["Y", "N"]
    assert {row["cppr_cp_review_quorate"] for row in reviews} == {"Y"}
    assert [row["cppr_cp_review_participation"] for row in reviews] == ["PN1", "PN0"]
    assert {row["cppr_cp_review_participation"] for row in reviews} <= set(PARTICIPATION_CODES)
    for row in reviews:
        assert row["cppr_cp_review_date"] == conference.date.isoformat()
        assert row["cppr_cp_review_due"] == "2027-03-01"  # 3 months after the initial one
        assert row["cppr_cp_review_meeting_id"] == conference.id
        assert row["cppr_cp_plan_id"] == ""  # made at the earlier conference: not known here
    _headers, plans = tables["ssd_cp_plans"]
    by_person = {row["cppl_person_id"]: row for row in plans}
    assert by_person["DEMO-0041877"]["cppl_cp_plan_latest_category"] == "Emotional abuse"
    assert by_person["DEMO-0041877"]["cppl_cp_plan_end_date"] == ""
    assert by_person["DEMO-0041878"]["cppl_cp_plan_end_date"] == conference.date.isoformat()
    _headers, outcomes = tables["cpmeeting_child_outcomes"]
    assert outcomes[0]["category_census_code"] == CENSUS_CODES["Emotional abuse"] == "EMO"
    document = json.loads((tmp_path / "review" / JSON_FILE).read_text(encoding="utf-8"))
    assert document["tables"]["ssd_cp_reviews"] == reviews


def test_a_missing_case_id_is_named_and_nothing_is_written(tmp_path, capsys, archive):
    conference = demo_conference(TODAY)
    conference.children[1].case_management_id = ""
    archive.save(conference)
    archive.close()
    out = tmp_path / "feed"
    assert main(["export-ssd", conference.id, "--out", str(out)]) == 1
    error = capsys.readouterr().err
    assert "Leo Hartfield" in error and "Zofia" not in error
    assert "Nothing was written" in error
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]
    with pytest.raises(MissingCaseIds) as refused:
        build_ssd_export(conference, demo_profile())
    assert [child.display_name for child in refused.value.children] == ["Leo Hartfield"]


def test_a_failure_while_writing_leaves_nothing_half_written(tmp_path, monkeypatch):
    export = build_ssd_export(demo_conference(TODAY), demo_profile())
    out = tmp_path / "feed"
    out.mkdir()
    (out / "ssd_cp_plans.csv").write_text("earlier export\n", encoding="utf-8")
    monkeypatch.setattr("cpmeeting.interchange.ssd_files.os.fsync",
                        lambda fd: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    with pytest.raises(OSError):
        write_export(export, out)
    assert (out / "ssd_cp_plans.csv").read_text(encoding="utf-8") == "earlier export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "feed"]  # no staging left


def test_every_table_and_field_is_named_once():
    names = [name for fields in SSD_TABLES.values() for name, _d in fields]
    assert len(names) == len(set(names))
    prefixes = {"ssd_initial_cp_conference": "icpc_", "ssd_cp_plans": "cppl_",
                "ssd_cp_reviews": "cppr_", "ssd_professionals": "prof_"}
    for table, prefix in prefixes.items():
        assert all(name.startswith(prefix) for name in field_names(table))
