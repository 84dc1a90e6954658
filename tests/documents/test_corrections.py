"""A correction request walked from entry to a signed version 2 that lists the change, and a
refusal and a family's disagreement kept with the record (domain/corrections.py)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pdf_text import all_text

from cpmeeting.documents.pack import build_pack
from cpmeeting.documents.signing import Verdict, chair_key, verify_pdf
from cpmeeting.domain.after_sign_off import AddAfterSignOff, SetAfterSignOff, record_circulation
from cpmeeting.domain.circulation import CirculatedDocument, Circulation, Delivery
from cpmeeting.domain.correction_request import CorrectionRequest, RequestKind, RequestStatus
from cpmeeting.domain.corrections import (
    AMBIGUOUS,
    NOT_FOUND,
    AcceptCorrection,
    answer_changes,
    request_problem,
)
from cpmeeting.domain.rules.circulation_due import correction_window_closes
from cpmeeting.domain.signoff import sign

CHAIR = "Imogen Castellane"
SIGNED = datetime(2026, 11, 20, 12, 5)
SENT = date(2026, 11, 23)


def circulated(conference, profile):
    sign(conference, profile, CHAIR, "Independent chair", SIGNED)
    record_circulation("sent", Circulation("Delphine Thornbury", CirculatedDocument.MINUTES,
                                           Delivery.EMAIL, SENT,
                                           address="d.thornbury@example.org")).apply(conference)
    return correction_window_closes(conference, profile)


def ask(conference, **fields):
    request = CorrectionRequest(**{
        "requested_by": "Mr Hollis (school)", "requested_on": date(2026, 11, 25),
        "passage": "attendance is 82%", "wording": "attendance is 86%",
        "reason": "The register was re-checked: 82% was last term's figure.", **fields})
    AddAfterSignOff("ask", "corrections", request).apply(conference)
    return conference.corrections[-1]  # the record keeps its own copy


def test_a_correction_goes_from_request_to_a_signed_version_2_listing_the_change(
        conference, profile, tmp_path):
    closes = circulated(conference, profile)
    assert closes == date(2026, 12, 7)  # 10 working days after the minutes went out
    request = ask(conference)
    assert request_problem(request, closes) is None
    assert conference.is_signed  # asking changes nothing that was signed

    AcceptCorrection("accept", request.id, CHAIR, datetime(2026, 11, 26, 9, 0),
                     "The school's register is the record.").apply(conference)
    assert conference.version == 2 and not conference.is_signed
    assert request.status is RequestStatus.ACCEPTED and request.amended_version == 2
    assert "attendance is 86%" in conference.contributions[1].summary
    assert "attendance is 82%" in conference.amendments[-1].reason  # the change is listed

    sign(conference, profile, CHAIR, "Independent chair", datetime(2026, 11, 26, 9, 30))
    result = build_pack(conference, profile, tmp_path / "v2", [], chair_key(CHAIR, profile.name))
    minutes = next(p for p in result.files if p.name.startswith("minutes-"))
    assert minutes.name.endswith("-v2.pdf")
    pdf = minutes.read_bytes()
    assert verify_pdf(pdf).verdict is Verdict.VALID
    text = " ".join(all_text(pdf).split())
    assert "Version 2 signed by Imogen Castellane" in text
    assert "Corrections and disagreements after circulation" in text
    assert "now reads" in text and "attendance is 86%" in text
    assert "Ava's attendance is 82%" not in text  # the passage itself is corrected


def test_a_refusal_keeps_the_request_and_the_reason(conference, profile, tmp_path):
    circulated(conference, profile)
    request = ask(conference, passage="Two call-outs", wording="One call-out",
                  requested_by="Mr Thornbury")
    SetAfterSignOff("refuse", answer_changes(RequestStatus.REFUSED, CHAIR, date(2026, 11, 26),
                                             "Police records show two call-outs."),
                    record_id=request.id).apply(conference)
    assert conference.is_signed and conference.version == 1  # nothing reworded
    assert request.status is RequestStatus.REFUSED
    assert request.decision_reason == "Police records show two call-outs."
    assert "Two call-outs to the address" in conference.contributions[2].summary


def test_a_family_disagreement_is_attached_not_written_into_the_minutes(conference, profile):
    circulated(conference, profile)
    account = "We do not accept that the home was cold; the heating was fixed in October."
    request = ask(conference, kind=RequestKind.DISAGREEMENT, requested_by="Delphine Thornbury",
                  passage="Home conditions have declined", wording=account, reason="")
    assert request_problem(request, None) is None  # may be attached at any time
    SetAfterSignOff("attach", answer_changes(RequestStatus.ATTACHED, CHAIR, date(2026, 11, 26),
                                             "Attached at the family's request."),
                    record_id=request.id).apply(conference)
    assert conference.contributions[0].summary == "Home conditions have declined since September."
    assert conference.is_signed


def test_requests_are_refused_with_a_reason_when_they_cannot_stand(conference, profile):
    assert request_problem(CorrectionRequest("A", date(2026, 11, 25), "x", "y", "z"), None)
    closes = circulated(conference, profile)
    late = CorrectionRequest("A", date(2026, 12, 8), "x", "y", "z")
    assert "closed" in request_problem(late, closes)
    assert "wording" in request_problem(CorrectionRequest("A", SENT, "x", "", "z"), closes)
    missing = ask(conference, passage="words that are nowhere")
    with pytest.raises(ValueError, match="word for word") as refused:
        AcceptCorrection("accept", missing.id, CHAIR, SIGNED, "ok").apply(conference)
    assert str(refused.value) == NOT_FOUND
    assert conference.is_signed and conference.version == 1  # nothing half-done
    vague = ask(conference, passage="a")
    with pytest.raises(ValueError) as refused:
        AcceptCorrection("accept", vague.id, CHAIR, SIGNED, "ok").apply(conference)
    assert str(refused.value) == AMBIGUOUS


def test_a_family_copy_lists_only_the_familys_own_requests(conference, profile, tmp_path):
    from cpmeeting.domain.copies import Audience

    circulated(conference, profile)
    mother = next(p for p in conference.invitees if p.relationship == "Mother")
    ask(conference, requested_by="DC Hartigan", passage="Police shared details",
        wording="Police shared some details", reason="Precision.")
    ask(conference, requested_by=mother.name, invitee_id=mother.id, kind=RequestKind.DISAGREEMENT,
        passage="Home conditions have declined", wording="The heating was fixed.", reason="",
        status=RequestStatus.ATTACHED, decided_by=CHAIR, decided_on=date(2026, 11, 26),
        decision_reason="Attached.")
    result = build_pack(conference, profile, tmp_path / "copies",
                        [Audience.professionals(), Audience.family(mother.id)],
                        chair_key(CHAIR, profile.name))
    texts = {path.name: " ".join(all_text(path.read_bytes()).split())
             for path in result.files if path.name.startswith("minutes-")}
    professionals = next(v for k, v in texts.items() if "professionals" in k)
    family = next(v for k, v in texts.items() if "copy-for" in k)
    assert "Police shared some details" in professionals  # waiting for the chair
    assert "The heating was fixed." in professionals and "The heating was fixed." in family
    assert "Police shared some details" not in family  # may quote what her copy leaves out
