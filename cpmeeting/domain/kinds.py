"""What kind of conference it is and where it stands: small enough for the start screen,
which lists conferences without loading the whole record."""

from __future__ import annotations

from enum import StrEnum

from .text import N_


class ConferenceKind(StrEnum):
    INITIAL = "initial"
    PRE_BIRTH = "pre_birth"
    REVIEW = "review"
    TRANSFER_IN = "transfer_in"

    @property
    def title(self) -> str:
        return KIND_TITLES[self]

    @property
    def starts_a_plan(self) -> bool:
        """Every kind but a review: the core group first meets within working days of it."""
        return self is not ConferenceKind.REVIEW


KIND_TITLES: dict[ConferenceKind, str] = {
    ConferenceKind.INITIAL: N_("Initial child protection conference"),
    ConferenceKind.PRE_BIRTH: N_("Pre-birth child protection conference"),
    ConferenceKind.REVIEW: N_("Review child protection conference"),
    ConferenceKind.TRANSFER_IN: N_("Transfer-in child protection conference"),
}


class ConferenceStatus(StrEnum):
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    ADJOURNED = "adjourned"
    AWAITING_SIGN_OFF = "awaiting_sign_off"
    SIGNED = "signed"


# Held (or being held): a conference in one of these states is no longer late for not being held.
HELD_STATUSES = frozenset({ConferenceStatus.IN_PROGRESS, ConferenceStatus.ADJOURNED,
                           ConferenceStatus.AWAITING_SIGN_OFF, ConferenceStatus.SIGNED})
