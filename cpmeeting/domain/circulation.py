"""Who was sent which copy of the record, when and how (domain.md §10).

Circulation happens after the chair signs, so recording it is not a change to the signed
record: its operations (domain/after_sign_off.py) go through a locked record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .ids import new_id
from .text import N_


class CirculatedDocument(StrEnum):
    """Which document went out."""

    PLAN = "plan"
    MINUTES = "minutes"
    MINUTES_AND_PLAN = "minutes_and_plan"

    @property
    def title(self) -> str:
        return DOCUMENT_TITLES[self]

    @property
    def includes_plan(self) -> bool:
        return self in (CirculatedDocument.PLAN, CirculatedDocument.MINUTES_AND_PLAN)

    @property
    def includes_minutes(self) -> bool:
        return self in (CirculatedDocument.MINUTES, CirculatedDocument.MINUTES_AND_PLAN)


DOCUMENT_TITLES: dict[CirculatedDocument, str] = {
    CirculatedDocument.PLAN: N_("The written plan"),
    CirculatedDocument.MINUTES: N_("The minutes"),
    CirculatedDocument.MINUTES_AND_PLAN: N_("The minutes and the plan"),
}


class CopyKind(StrEnum):
    """Whose version of the document: the professionals' copy or a family copy."""

    PROFESSIONALS = "professionals"
    FAMILY = "family"


COPY_TITLES: dict[CopyKind, str] = {
    CopyKind.PROFESSIONALS: N_("Professionals' copy"),
    CopyKind.FAMILY: N_("Family copy"),
}


class Delivery(StrEnum):
    EMAIL = "email"
    POST = "post"
    BY_HAND = "by_hand"

    @property
    def title(self) -> str:
        return DELIVERY_TITLES[self]


DELIVERY_TITLES: dict[Delivery, str] = {
    Delivery.EMAIL: N_("Email"),
    Delivery.POST: N_("Post"),
    Delivery.BY_HAND: N_("By hand"),
}


@dataclass
class Circulation:
    """One sending: to whom, which document and copy, on which day, how and where to."""

    recipient: str
    document: CirculatedDocument
    delivery: Delivery
    sent_on: date
    copy: CopyKind = CopyKind.PROFESSIONALS
    language: str = "en"
    # The email address, or the postal address; empty for a copy given by hand.
    address: str = ""
    invitee_id: str | None = None
    version: int = 1  # of the record, so a corrected version's sending is told apart
    id: str = field(default_factory=new_id)


_NO_RECIPIENT = N_("Say who the copy was sent to.")
_NO_EMAIL = N_("An email needs the address it was sent to (name@example.org).")
_NO_POSTAL = N_("A copy sent by post needs the postal address.")


def circulation_problem(circulation: Circulation) -> str | None:
    """What is missing before the sending can be recorded (an English msgid), or None."""
    if not circulation.recipient.strip():
        return _NO_RECIPIENT
    address = circulation.address.strip()
    if circulation.delivery is Delivery.EMAIL and ("@" not in address or " " in address):
        return _NO_EMAIL
    if circulation.delivery is Delivery.POST and not address:
        return _NO_POSTAL
    return None
