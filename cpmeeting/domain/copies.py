"""Who may see what: the professionals' copy and the family copies (domain.md §6, §10).

The professionals' copy holds everything. A family copy leaves out every minute entry, agency
contribution and plan action marked not for that person or third-party confidential, and the
confidential parts of the exclusion records (the evidence relied on and the legal advice). An
excluded family member receives the minutes only if the chair decided so
(Exclusion.receives_minutes).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, TypeVar

from .conference import Conference
from .contribution import AgencyContribution
from .minutes import MinuteEntry
from .people import Invitee
from .plan import PlanAction
from .text import N_


class Untranslated(StrEnum):
    """What a copy in another language does with free text nobody has translated yet."""

    REFUSE = "refuse"  # the copy is not made; the count of units to do is given
    MARK = "mark"  # printed as "[Not yet translated]" in the language, then the English


@dataclass(frozen=True)
class Audience:
    """Who a copy is for: the professionals (invitee_id None) or one family member.

    A family copy in another language prints the translated free text (domain/translation.py):
    in the language alone, or bilingual (the language, then the English, entry by entry).
    """

    invitee_id: str | None = None
    language: str = "en"
    bilingual: bool = False
    untranslated: Untranslated = Untranslated.MARK

    @classmethod
    def professionals(cls) -> Audience:
        return cls()

    @classmethod
    def family(cls, invitee_id: str, language: str = "en", bilingual: bool = False,
               untranslated: Untranslated = Untranslated.MARK) -> Audience:
        return cls(invitee_id=invitee_id, language=language, bilingual=bilingual,
                   untranslated=untranslated)

    @property
    def is_family(self) -> bool:
        return self.invitee_id is not None

    @property
    def translates_free_text(self) -> bool:
        """Whether the free text of this copy is printed from translations."""
        return self.is_family and self.language not in ("", "en")


@dataclass(frozen=True)
class CopyPermission:
    """Whether a copy of the minutes may go to an audience, and if not, why."""

    allowed: bool
    reason: str = ""
    params: tuple[tuple[str, str], ...] = ()

    def render(self, translate=lambda s: s) -> str:
        return translate(self.reason).format(**dict(self.params))


def recipient(conference: Conference, audience: Audience) -> Invitee | None:
    """The family member a copy is for (None for the professionals' copy)."""
    return conference.invitee(audience.invitee_id) if audience.is_family else None


def copies_allowed(conference: Conference, audience: Audience) -> CopyPermission:
    """May this audience receive the minutes?"""
    if not audience.is_family:
        return CopyPermission(True)
    person = recipient(conference, audience)
    if person is None:
        return CopyPermission(False, N_("No invitee with this id is part of the conference."))
    if not person.role.is_family:
        return CopyPermission(
            False, N_("{name} is not a family member; professionals receive the full copy."),
            (("name", person.name),))
    refused = [e for e in conference.exclusions_of(person.id) if not e.receives_minutes]
    if refused:
        return CopyPermission(
            False, N_("{name} was excluded and the chair decided they do not receive the "
                      "minutes; tell them the outcome as recorded: {how}"),
            (("name", person.name), ("how", refused[0].how_told_outcome or "-")))
    return CopyPermission(True)


class Restricted(Protocol):
    """A record that may be kept from family members: a minute entry, a contribution, an
    action (each has not_for and third_party_confidential)."""

    def visible_to_family_member(self, invitee_id: str) -> bool: ...


R = TypeVar("R", bound=Restricted)


def shown_to(records: Iterable[R], audience: Audience) -> list[R]:
    """The records this audience may read, in the record's order."""
    if not audience.is_family:
        return list(records)
    return [r for r in records if r.visible_to_family_member(audience.invitee_id)]


def entries_for(conference: Conference, audience: Audience) -> list[MinuteEntry]:
    """The minute entries this audience may read, in the record's order."""
    return shown_to(conference.minutes, audience)


def contributions_for(conference: Conference, audience: Audience) -> list[AgencyContribution]:
    """The agency contributions this audience may read."""
    return shown_to(conference.contributions, audience)


def actions_for(conference: Conference, audience: Audience) -> list[PlanAction]:
    """The plan actions this audience may read."""
    return shown_to(conference.plan.actions, audience)


def progress_for(conference: Conference, audience: Audience) -> list:
    """The progress of the last plan's actions this audience may read: an action kept from
    them in the plan is kept from them here too."""
    hidden = {a.id for a in conference.plan.actions} - {a.id for a in actions_for(conference,
                                                                                  audience)}
    return [p for p in conference.action_progress if p.action_id not in hidden]


def shows_confidential(audience: Audience) -> bool:
    """Whether confidential sections (exclusion evidence, legal advice) are printed."""
    return not audience.is_family


def withheld_entries(conference: Conference, audience: Audience) -> int:
    """How many minute entries a copy leaves out (printed so a reader knows)."""
    return len(conference.minutes) - len(entries_for(conference, audience))


def withheld_contributions(conference: Conference, audience: Audience) -> int:
    """How many agency contributions a copy leaves out."""
    return len(conference.contributions) - len(contributions_for(conference, audience))


def withheld_actions(conference: Conference, audience: Audience) -> int:
    """How many plan actions a copy leaves out."""
    return len(conference.plan.actions) - len(actions_for(conference, audience))


def withheld_exclusion_fields(audience: Audience) -> tuple[str, ...]:
    """Names of the Exclusion fields a copy leaves out (third-party and legal information)."""
    if shows_confidential(audience):
        return ()
    return ("evidence", "legal_advice_note")
