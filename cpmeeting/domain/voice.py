"""The child's views and how they reached the conference (domain.md §5, §12)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .ids import new_id
from .text import N_


class ParticipationCode(StrEnum):
    """The Standard Safeguarding Dataset participation code."""

    PN0 = "PN0"
    PN1 = "PN1"
    PN2 = "PN2"
    PN3 = "PN3"
    PN4 = "PN4"
    PN5 = "PN5"
    PN6 = "PN6"
    PN7 = "PN7"

    @property
    def description(self) -> str:
        return PARTICIPATION_DESCRIPTIONS[self]

    @property
    def child_attends(self) -> bool:
        return self in (ParticipationCode.PN1, ParticipationCode.PN2,
                        ParticipationCode.PN3, ParticipationCode.PN4)


PARTICIPATION_DESCRIPTIONS: dict[ParticipationCode, str] = {
    ParticipationCode.PN0: N_("Under 4 at the time of the conference"),
    ParticipationCode.PN1: N_("Attends and speaks for themself"),
    ParticipationCode.PN2: N_("Attends and an advocate speaks for them"),
    ParticipationCode.PN3: N_("Attends and conveys views symbolically (non-verbally)"),
    ParticipationCode.PN4: N_("Attends without contributing"),
    ParticipationCode.PN5: N_("Does not attend but briefs an advocate"),
    ParticipationCode.PN6: N_("Does not attend but conveys views by a facilitative medium"),
    ParticipationCode.PN7: N_("Does not attend and views are not conveyed"),
}


class ViewsRoute(StrEnum):
    """How the child's views reached the conference."""

    IN_PERSON = "in_person"
    IN_PERSON_PART = "in_person_part"
    ADVOCATE = "advocate"
    WRITTEN = "written"
    DRAWING = "drawing"
    RECORDING = "recording"
    SOCIAL_WORKER = "social_worker"
    OTHER_PRACTITIONER = "other_practitioner"
    NOT_OBTAINED = "not_obtained"


@dataclass
class ChildsView:
    """One child's wishes and feelings, in their own words where possible."""

    child_id: str
    participation: ParticipationCode | None = None
    routes: set[ViewsRoute] = field(default_factory=set)
    own_words: str = ""
    relayed_by: str = ""
    not_obtained_reason: str = ""
    lived_experience: str = ""
    speak_without_family: bool = False
    id: str = field(default_factory=new_id)
