"""The chair's sign-off, the lock it puts on the record, and amendments after it.

Choice: the signed version is kept unchanged as the signed PDF pack of that version (its
file names carry the version, so a later version never overwrites it), and `amend()` hands
back a frozen deep copy of the record as signed, for the caller to print or keep. The store
persists every SignOff and Amendment (who, when, why, which version).
"""

from __future__ import annotations

import copy
from datetime import datetime

from .conference import Amendment, Conference, ConferenceStatus, SignOff
from .operations import SetFields
from .profile import AuthorityProfile
from .text import N_


class RecordLocked(Exception):
    """The record is signed; a change needs an amendment first."""

    def __init__(self) -> None:
        super().__init__(N_("The record is signed and locked. Open an amendment (who, when and "
                            "why) before changing it."))


class NotReady(Exception):
    """Sign-off refused: the readiness check lists what is missing and no waiver was given."""

    def __init__(self, missing: list) -> None:
        self.missing = missing
        super().__init__(N_("The record is not ready for sign-off: {count} item(s) missing. "
                            "Complete them, or record why sign-off need not wait.")
                         .format(count=len(missing)))


def ensure_editable(conference: Conference) -> None:
    """Raise RecordLocked if the record is signed (call before any change)."""
    if conference.is_signed:
        raise RecordLocked()


def check_sign_off(conference: Conference, profile: AuthorityProfile, by: str,
                   waiver_reason: str = "") -> None:
    """Raise what sign() would refuse with (RecordLocked, ValueError, NotReady), changing
    nothing, so an export can run every check before it signs."""
    from .rules.readiness import check_readiness  # rules sit beside; imported when signing

    ensure_editable(conference)
    if not by.strip():
        raise ValueError(N_("The name of the person signing is required."))
    readiness = check_readiness(conference, profile)
    if not readiness.ready and not waiver_reason.strip():
        raise NotReady(list(readiness.missing))


def sign_off_operation(conference: Conference, profile: AuthorityProfile, by: str, role: str,
                       at: datetime, waiver_reason: str = "",
                       label: str = N_("Sign off")) -> SetFields:
    """The chair's sign-off of the current version as an operation (so it is one entry of the
    record's history); refused unless ready or a waiver reason is given."""
    check_sign_off(conference, profile, by, waiver_reason)
    sign_off = SignOff(signed_by=by.strip(), role=role.strip(), signed_at=at,
                       version=conference.version, readiness_waiver=waiver_reason.strip())
    return SetFields(label, {"sign_offs": [*conference.sign_offs, sign_off],
                             "status": ConferenceStatus.SIGNED})


def sign(conference: Conference, profile: AuthorityProfile, by: str, role: str,
         at: datetime, waiver_reason: str = "") -> SignOff:
    """The chair signs the current version; refused unless ready or a waiver reason is given."""
    sign_off_operation(conference, profile, by, role, at, waiver_reason).apply(conference)
    return conference.sign_offs[-1]


def amend_operation(conference: Conference, by: str, at: datetime, reason: str,
                    label: str = N_("Amend the record")) -> SetFields:
    """Opening a new version for changes, as an operation."""
    if not conference.is_signed:
        raise ValueError(N_("Only a signed record needs an amendment; this one can be edited."))
    if not by.strip() or not reason.strip():
        raise ValueError(N_("An amendment needs who makes it and why."))
    amendment = Amendment(version=conference.version + 1, made_by=by.strip(), made_at=at,
                          reason=reason.strip())
    return SetFields(label, {"amendments": [*conference.amendments, amendment],
                             "status": ConferenceStatus.AWAITING_SIGN_OFF})


def amend(conference: Conference, by: str, at: datetime, reason: str) -> Conference:
    """Open a new version for changes; returns the record exactly as it was signed."""
    operation = amend_operation(conference, by, at, reason)
    signed = copy.deepcopy(conference)
    operation.apply(conference)
    return signed


def latest_sign_off(conference: Conference) -> SignOff | None:
    """The sign-off of the current version, if it is signed."""
    if not conference.is_signed:
        return None
    return next((s for s in reversed(conference.sign_offs) if s.version == conference.version),
                None)
