"""What the screen in the meeting room may show the family at a moment (issue 15).

The room view is seen by everyone in the room, the family included, so it is decided here,
once, from the record and never from the chair's window: the stage in plain words, the agenda
with the time used against each stage's budget, who is in the room, and what has been agreed
(each child's decision once the chair has announced it, each plan action once it says who does
what). Nothing from the minutes, the analysis, the agencies' reports, the exclusion records or
anything kept from a family member is ever read, and while a family member is excluded the
room sees the stage's name alone (confidential information is usually being heard then).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from .conference import Conference
from .decision import Category, Outcome
from .people import Invitee, Role
from .plan import PlanAction
from .profile import AuthorityProfile
from .stages import STAGE_ORDER, Stage
from .text import N_

# The stages in the words a parent would use; the profile may change any of them.
PLAIN_STAGE_WORDS: dict[Stage, str] = {
    Stage.INTRODUCTION: N_("Welcome, and why we are here"),
    Stage.ATTENDANCE: N_("Who is here today"),
    Stage.EXCLUSIONS: N_("Who takes part, and when"),
    Stage.CHILDS_VIEWS: N_("What the children think and feel"),
    Stage.CONTRIBUTIONS: N_("What each service knows"),
    Stage.ANALYSIS: N_("What we are worried about, and what is working well"),
    Stage.DECISION: N_("What the meeting decides"),
    Stage.PLAN: N_("The plan: who will do what, and by when"),
    Stage.CLOSE: N_("What happens next"),
}

# The room view's fixed text, translated through the documents catalogs (the family's
# languages have document catalogs; the interface has few).
ROOM_WORDS = {
    "now": N_("Now"),
    "agenda": N_("The meeting"),
    "people": N_("Who is in the room"),
    "agreed": N_("What we have agreed"),
    "decisions": N_("Decisions"),
    "actions": N_("Who will do what"),
    "nothing_agreed": N_("Nothing has been agreed yet."),
    "minutes_used": N_("{used} min"),
    "minutes_of_budget": N_("{used} of {budget} min"),
    "over_budget": N_("{used} of {budget} min: over time"),
    "by_when": N_("by {date}"),
    "no_date": N_("no date yet"),
    "current": N_("now"),
}


@dataclass(frozen=True)
class AgendaLine:
    """One stage of the meeting with the time spent in it and its budget, if any."""

    stage: Stage
    words: str  # an English msgid or the profile's own words
    used_minutes: int
    budget_minutes: int | None
    current: bool

    @property
    def over_budget(self) -> bool:
        return self.budget_minutes is not None and self.used_minutes > self.budget_minutes


@dataclass(frozen=True)
class PersonInRoom:
    """Someone in the room now: a name and what they are there as."""

    invitee_id: str
    name: str
    role: Role
    relationship: str = ""  # free text, for a family member
    agency: str = ""


@dataclass(frozen=True)
class AgreedDecision:
    """A child's decision once the chair has announced it to the room."""

    child_name: str
    outcome: Outcome
    categories: tuple[Category, ...] = ()


@dataclass(frozen=True)
class AgreedAction:
    """A plan action as agreed: who does what by when.

    who is a name only when the person is in the room; for anyone else it is what they are
    there as (their relationship or agency), so nobody absent is named on the wall.
    """

    action_id: str
    who: str
    who_role: Role | None
    what: str
    by_when: date | None


@dataclass(frozen=True)
class RoomShows:
    """Everything the room may see at one moment; empty but for the stage while excluded."""

    stage: Stage
    stage_words: str
    family_excluded: bool
    agenda: tuple[AgendaLine, ...] = ()
    people: tuple[PersonInRoom, ...] = ()
    decisions: tuple[AgreedDecision, ...] = ()
    actions: tuple[AgreedAction, ...] = ()

    def free_texts(self) -> list[str]:
        """Every piece of text from the record this holds (names, words of the plan)."""
        texts = [self.stage_words, *(line.words for line in self.agenda)]
        for person in self.people:
            texts += [person.name, person.relationship, person.agency]
        texts += [d.child_name for d in self.decisions]
        for action in self.actions:
            texts += [action.who, action.what]
        return [text for text in texts if text]


def stage_words(profile: AuthorityProfile, stage: Stage) -> str:
    """The profile's plain words for the stage, or the standard ones."""
    return (profile.room_stage_words.get(stage) or "").strip() or PLAIN_STAGE_WORDS[stage]


def agreed_action(action: PlanAction) -> bool:
    """Shown once it says what and who, and only if it may be seen by every family member:
    the room is seen by all of them at once."""
    return (bool(action.description.strip())
            and bool(action.owner_id or action.owner_text.strip())
            and not action.not_for and not action.third_party_confidential)


def people_in_room(conference: Conference, moment: datetime) -> list[Invitee]:
    """Invitees taking part at this moment and not out of the room by an exclusion."""
    excluded = {p.id for p in conference.excluded_at(moment)}
    return [p for p in conference.invitees if p.in_room_at(moment) and p.id not in excluded]


def _who(conference: Conference, action: PlanAction, present: set[str]) -> tuple[str, Role | None]:
    person = conference.invitee(action.owner_id)
    if person is None:
        return action.owner_text.strip(), None
    if person.id in present:
        return person.name, person.role
    # Absent: what they are, never their name.
    return (person.relationship if person.role.is_family else person.agency), person.role


def room_shows(conference: Conference, profile: AuthorityProfile, moment: datetime,
               stage_seconds: Mapping[str, int] | None = None) -> RoomShows:
    """What the room view may show at this moment; stage_seconds is the time spent in each
    stage so far, by stage name (the window's clock keeps it)."""
    stage = conference.current_stage
    words = stage_words(profile, stage)
    if conference.excluded_at(moment):
        return RoomShows(stage, words, family_excluded=True)
    seconds = stage_seconds or {}
    agenda = tuple(
        AgendaLine(s, stage_words(profile, s), max(int(seconds.get(s.value, 0)), 0) // 60,
                   conference.stage_budgets_minutes.get(s) or None, s is stage)
        for s in STAGE_ORDER)
    present = people_in_room(conference, moment)
    people = tuple(PersonInRoom(p.id, p.name, p.role, p.relationship if p.role.is_family else "",
                                "" if p.role.is_family else p.agency) for p in present)
    decisions = []
    for child in conference.children:
        decision = conference.decision_for(child.id)
        if (decision is not None and decision.outcome is not None
                and decision.announced_at is not None and decision.announced_at <= moment):
            decisions.append(AgreedDecision(child.given_name or child.display_name,
                                            decision.outcome, tuple(sorted(decision.categories))))
    present_ids = {p.id for p in present}
    actions = []
    for action in conference.plan.actions:
        if agreed_action(action):
            who, role = _who(conference, action, present_ids)
            actions.append(AgreedAction(action.id, who, role, action.description.strip(),
                                        action.due))
    return RoomShows(stage, words, False, agenda, people, tuple(decisions), tuple(actions))
