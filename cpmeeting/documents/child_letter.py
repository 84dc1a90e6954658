"""The letter to a child who can read: the profile's wording filled from the record, in
large friendly type, one sentence a line (issue 15). Made only when the chair asks for it."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from cpmeeting.domain.child_letter import (
    DEFAULT_CHILD_LETTER,
    LetterFacts,
    letter_facts,
    letter_wording,
    unknown_fields,
)
from cpmeeting.domain.conference import Conference
from cpmeeting.domain.copies import Audience
from cpmeeting.domain.people import Role
from cpmeeting.domain.profile import AuthorityProfile

from .common import CopyContext, Rendered
from .easy_read import easy_styles
from .layout import render
from .pictures import Picture
from .text import paragraph


def letter_audience(conference: Conference, child_id: str, language: str = "en") -> Audience:
    """The child as a family audience: their invitee if they were invited, else the child."""
    invited = next((p for p in conference.invitees
                    if p.role is Role.CHILD and p.child_id == child_id), None)
    return Audience.family(invited.id if invited else child_id, language)


def _helper_line(ctx: CopyContext, person) -> str:
    if person.id == ctx.conference.plan.lead_social_worker_id:
        return ctx.t("{name}, your social worker").format(name=person.name)
    return f"{person.name}, {ctx.capacity(person)}"


def letter_lines(ctx: CopyContext, facts: LetterFacts) -> list[str]:
    """The letter's lines: the wording (translated when it is the standard one) filled in."""
    wording = letter_wording(ctx.profile)
    if unknown_fields(wording):
        raise ValueError(ctx.t("The child's letter in the profile has a word in braces it "
                               "cannot fill: {fields}. Use only {{name}}, {{date}}, "
                               "{{decision}}, {{helpers}}, {{social_worker}} and {{chair}}.")
                         .format(fields=", ".join(unknown_fields(wording))))
    text = ctx.t(wording) if wording == DEFAULT_CHILD_LETTER else wording
    helpers = "\n".join(f"• {_helper_line(ctx, p)}" for p in facts.helpers)
    filled = text.format(
        name=facts.child.given_name or ctx.child_name(facts.child),
        date=ctx.words.date(ctx.conference.date),
        decision=ctx.t(facts.decision_words()),
        helpers=helpers or ctx.t("your social worker"),
        social_worker=facts.social_worker.name if facts.social_worker
        else ctx.t("your social worker"),
        chair=facts.chair.name if facts.chair else ctx.profile.name)
    return [line.strip() for line in filled.split("\n")]


def build_child_letter(conference: Conference, profile: AuthorityProfile, child_id: str,
                       language: str = "en", copy_date: date | None = None) -> Rendered:
    """The letter to this child; NoLetter (a ValueError) says why when there can be none."""
    facts = letter_facts(conference, child_id)
    ctx = CopyContext(conference, profile, letter_audience(conference, child_id, language),
                      copy_date)
    styles = easy_styles(ctx.language)
    story: list[Flowable] = [Picture("home", size=22 * mm), Spacer(1, 6 * mm)]
    for line in letter_lines(ctx, facts):
        if line:
            story.append(paragraph(line, styles["body"], ctx.language))
        else:
            story.append(Spacer(1, 4 * mm))
    title = ctx.t("A letter for {name}").format(name=facts.child.given_name)
    furniture = ctx.furniture(title)
    furniture.header_left = ctx.child_name(facts.child)  # the letter is about this child only
    pdf, pages = render(story, furniture, title, profile.name)
    return Rendered(pdf, pages, None)
