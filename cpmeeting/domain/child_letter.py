"""The short letter to a child who can read, after the conference (issue 15).

The wording is the authority's (AuthorityProfile.child_letter_wording, the standard one when
blank); what it says about the decision is chosen for the child's age on the day. The chair
chooses to make it: nothing sends it.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from .conference import Child, Conference
from .decision import Decision, Outcome
from .people import Invitee
from .plan import PlanAction
from .profile import AuthorityProfile
from .text import N_

LETTER_MIN_AGE = 6  # reading a short letter on their own, or with a grown-up beside them
OLDER_FROM = 11  # from secondary school the letter names the plan

DEFAULT_CHILD_LETTER = N_(
    "Dear {name},\n"
    "On {date} some grown-ups met to talk about you and your family.\n"
    "They talked about how to keep you safe and well.\n"
    "{decision}\n"
    "These people will help:\n"
    "{helpers}\n"
    "You can ask {social_worker} anything about this.\n"
    "You can tell them what you think, too.\n"
    "From {chair}")

LETTER_FIELDS = ("name", "date", "decision", "helpers", "social_worker", "chair")

# What the decision means, for a younger and for an older child.
DECISION_WORDS: dict[Outcome, tuple[str, str]] = {
    Outcome.CHILD_PROTECTION_PLAN: (
        N_("The grown-ups made a plan to help keep you safe."),
        N_("The meeting decided you will have a child protection plan. It says how people "
           "will help keep you safe.")),
    Outcome.CHILD_IN_NEED_PLAN: (
        N_("The grown-ups made a plan to help your family."),
        N_("The meeting decided you will have a child in need plan. It says how people "
           "will help your family.")),
    Outcome.EARLY_HELP_PLAN: (
        N_("The grown-ups agreed to give your family some help."),
        N_("The meeting decided your family will have early help.")),
    Outcome.NO_FURTHER_ACTION: (
        N_("The grown-ups think you are safe, so there is no plan."),
        N_("The meeting decided you do not need a plan.")),
}


class NoLetter(ValueError):
    """A letter cannot be made for this child; the message says why and what to do."""

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template.format(**params))
        self.template, self.params = template, params


@dataclass(frozen=True)
class LetterFacts:
    """What the letter says, before it is put into words."""

    child: Child
    age: int
    decision: Decision
    helpers: tuple[Invitee, ...]
    social_worker: Invitee | None
    chair: Invitee | None

    @property
    def older(self) -> bool:
        return self.age >= OLDER_FROM

    def decision_words(self) -> str:
        """The English msgid for what the decision means at this age."""
        younger, older = DECISION_WORDS[self.decision.outcome]
        return older if self.older else younger


def letter_wording(profile: AuthorityProfile) -> str:
    return profile.child_letter_wording.strip() or DEFAULT_CHILD_LETTER


def unknown_fields(wording: str) -> list[str]:
    """Placeholders in the wording the letter cannot fill ({nmae}, say)."""
    try:
        named = [name for _text, name, _spec, _conv in string.Formatter().parse(wording) if name]
    except ValueError:
        return ["{"]
    return [name for name in named if name not in LETTER_FIELDS]


def _for_child(action: PlanAction, conference: Conference, child_id: str) -> bool:
    """For every family member to see, and about this child (or all the children)."""
    if action.not_for or action.third_party_confidential:
        return False
    outcome = next((o for o in conference.plan.outcomes if o.id == action.outcome_id), None)
    return outcome is None or not outcome.child_ids or child_id in outcome.child_ids


def letter_facts(conference: Conference, child_id: str) -> LetterFacts:
    """What a letter to this child would say; NoLetter if none can be made."""
    child = conference.child(child_id)
    if child is None:
        raise NoLetter(N_("No child with the id {id} is part of this conference."), id=child_id)
    age = child.age_on(conference.date)
    if age is None:
        raise NoLetter(N_("{name} has no date of birth in the record: a letter is for a child "
                          "who can read."), name=child.display_name)
    if age < LETTER_MIN_AGE:
        raise NoLetter(N_("{name} is {age}: a letter is for a child of {minimum} or older. "
                          "Tell them in person instead."), name=child.display_name, age=age,
                       minimum=LETTER_MIN_AGE)
    decision = conference.decision_for(child.id)
    if decision is None or decision.outcome is None:
        raise NoLetter(N_("No decision is recorded for {name} yet."), name=child.display_name)
    helpers: list[Invitee] = []
    for action in conference.plan.actions:
        person = conference.invitee(action.owner_id)
        if (person is not None and _for_child(action, conference, child.id)
                and not person.role.is_family and person not in helpers):
            helpers.append(person)
    social_worker = conference.invitee(conference.plan.lead_social_worker_id)
    if social_worker is not None and social_worker not in helpers:
        helpers.insert(0, social_worker)
    return LetterFacts(child, age, decision, tuple(helpers), social_worker, conference.chair)
