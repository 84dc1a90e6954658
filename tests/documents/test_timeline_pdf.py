"""The case timeline near the top of a review's minutes, and the status marks (✓ ◐ ✗) that the
bundled Noto fonts lack, drawn from the bundled DejaVu Sans and embedded: read back with
pdftotext and pdffonts."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, timedelta

import pytest

from cpmeeting.demo import demo_conference, demo_profile
from cpmeeting.documents.minutes import build_minutes
from cpmeeting.domain.copies import Audience
from cpmeeting.domain.progress import CoreGroupMeeting, OutcomeStatus
from cpmeeting.domain.review import start_review
from cpmeeting.domain.signoff import sign


@pytest.fixture
def case():
    initial = demo_conference(date(2026, 11, 23))
    sign(initial, demo_profile(), "Ruth Okonjo", "Chair",
         datetime.combine(initial.date, datetime.min.time()), waiver_reason="Test")
    review = start_review(initial, initial.date + timedelta(days=85))
    review.core_group_meetings = [CoreGroupMeeting(initial.date + timedelta(days=9),
                                                   note="Father's new address discussed.")]
    review.outcome_progress[0].status = OutcomeStatus.AMBER
    return initial, review


def _poppler(tool: str, pdf: bytes, tmp_path, *args: str) -> str:
    path = tmp_path / "minutes.pdf"
    path.write_bytes(pdf)
    return subprocess.run([tool, *args, str(path), *(["-"] if tool == "pdftotext" else [])],
                          capture_output=True, text=True, check=True).stdout


def _first_page(pdf: bytes, tmp_path) -> str:
    return " ".join(_poppler("pdftotext", pdf, tmp_path, "-f", "1", "-l", "1").split())


def test_the_review_minutes_open_with_the_case_timeline(case, tmp_path):
    initial, review = case
    text = _first_page(build_minutes(review, demo_profile(), case=[initial]).pdf, tmp_path)
    assert "Case timeline" in text
    text = text[text.index("Case timeline"):]
    order = ["10 November 2026 Strategy discussion ✓ Done",
             "26 November 2026 Initial child protection conference",
             "5 December 2026 Core group meeting ✓ Done",
             "10 January 2027 Core group meeting due; none held by then ✗ Overdue",
             "19 February 2027 Review child protection conference ● This conference",
             "19 March 2027 Next core group meeting",
             "19 August 2027 Next review conference"]
    places = [text.find(part) for part in order]
    assert -1 not in places and places == sorted(places), text
    assert "Due by 19 August 2027: 6 months after the review conference on 19 February 2027" \
        in text
    assert "Father's new address" not in text  # a meeting's note is not the timeline's


def test_a_family_copy_carries_the_timeline_in_the_familys_language(case, tmp_path):
    initial, review = case
    parent = review.family[0]
    copy = build_minutes(review, demo_profile(), Audience.family(parent.id, language="pl"),
                         case=[initial])
    text = _first_page(copy.pdf, tmp_path)
    assert "✓" in text and "✗" in text and "Father's new address" not in text
    assert "Strategy discussion" not in text  # translated (a draft catalog), not English


def test_the_outcome_status_prints_its_mark_and_words_in_an_embedded_font(case, tmp_path):
    initial, review = case
    pdf = build_minutes(review, demo_profile(), case=[initial]).pdf
    text = " ".join(_poppler("pdftotext", pdf, tmp_path).split())
    assert "◐ Amber: some progress, not yet enough" in text
    fonts = _poppler("pdffonts", pdf, tmp_path).splitlines()[2:]
    dejavu = [line.split() for line in fonts if "DejaVuSans" in line]
    assert dejavu and all(row[-5:-2] == ["yes", "yes", "yes"] for row in dejavu)  # emb sub uni


def test_the_marks_reach_a_right_to_left_copy_too(case, tmp_path):
    initial, review = case
    parent = review.family[0]
    copy = build_minutes(review, demo_profile(), Audience.family(parent.id, language="ur"),
                         case=[initial])
    text = _poppler("pdftotext", copy.pdf, tmp_path)
    assert "◐" in text and "✓" in text
    assert "DejaVuSans" in _poppler("pdffonts", copy.pdf, tmp_path)
