"""Sign-off refuses an unready record unless waived, locks the record, and amendments version it."""

from __future__ import annotations

from datetime import datetime

import pytest

from cpmeeting.domain.conference import ConferenceStatus
from cpmeeting.domain.signoff import NotReady, RecordLocked, amend, ensure_editable, sign

AT = datetime(2026, 11, 20, 12, 5)


def test_sign_off_refuses_when_not_ready(conference, profile):
    conference.decisions.clear()
    with pytest.raises(NotReady) as refused:
        sign(conference, profile, "Imogen Castellane", "Independent chair", AT)
    assert refused.value.missing
    assert not conference.sign_offs and conference.status is not ConferenceStatus.SIGNED


def test_waiver_reason_lets_an_unready_record_be_signed(conference, profile):
    conference.decisions.clear()
    done = sign(conference, profile, "Imogen Castellane", "Independent chair", AT,
                waiver_reason="Decision recorded in the legal planning minutes.")
    assert done.readiness_waiver and conference.is_signed


def test_a_ready_record_signs_and_locks(conference, profile):
    sign(conference, profile, "Imogen Castellane", "Independent chair", AT)
    assert conference.is_signed and conference.sign_offs[-1].version == 1
    with pytest.raises(RecordLocked):
        ensure_editable(conference)
    with pytest.raises(RecordLocked):
        sign(conference, profile, "Imogen Castellane", "Independent chair", AT)


def test_amendment_opens_a_new_version_and_keeps_the_signed_one(conference, profile):
    sign(conference, profile, "Imogen Castellane", "Independent chair", AT)
    signed = amend(conference, "Imogen Castellane", datetime(2026, 11, 24, 9, 0),
                   "Corrected the school's attendance figure.")
    ensure_editable(conference)
    conference.contributions[1].summary = "Ava's attendance is 86%."
    assert conference.version == 2 and not conference.is_signed
    assert signed.contributions[1].summary == "Ava's attendance is 82%; she is often hungry."
    assert signed.is_signed and signed.version == 1
    sign(conference, profile, "Imogen Castellane", "Independent chair", datetime(2026, 11, 24, 9, 30))
    assert [s.version for s in conference.sign_offs] == [1, 2]


def test_amendment_needs_a_reason(conference, profile):
    sign(conference, profile, "Imogen Castellane", "Independent chair", AT)
    with pytest.raises(ValueError):
        amend(conference, "Imogen Castellane", AT, "  ")
