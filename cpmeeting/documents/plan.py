"""The outline child protection plan: plain words a parent can follow (domain.md §9)."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.copies import Audience, actions_for, withheld_actions
from cpmeeting.domain.profile import AuthorityProfile
from cpmeeting.domain.rules.deadlines import due_dates

from .common import CopyContext, Rendered
from .layout import TableBuilder
from .progress import progress_story
from .translated import check_translated


def decision_line(ctx: CopyContext, child_id: str) -> str:
    """'Child protection plan (Neglect)' or 'No decision recorded'."""
    decision = ctx.conference.decision_for(child_id)
    if decision is None or decision.outcome is None:
        return ctx.t("No decision recorded")
    text = ctx.t(decision.outcome.title)
    if decision.categories:
        cats = ", ".join(ctx.t(c.title) for c in sorted(decision.categories))
        text += " " + ctx.t("(category: {categories})").format(categories=cats)
    return text


def plan_story(ctx: CopyContext, with_dates: bool = True) -> list[Flowable]:
    """The plan's sections, used alone (plan PDF) and inside the minutes."""
    c, t, words = ctx.conference, ctx.t, ctx.words
    plan = c.plan
    story: list[Flowable] = [ctx.para(t("What the conference decided"), "h2")]
    for child in c.children:
        story.append(ctx.para(f"{ctx.child_name(child)}: {decision_line(ctx, child.id)}"))
    lead = c.invitee(plan.lead_social_worker_id)
    story.append(ctx.para(t("Lead social worker"), "h2"))
    story.append(ctx.para(f"{lead.name}, {ctx.capacity(lead)}" if lead else t("Not recorded")))
    if plan.childs_needs:
        story += [ctx.para(t("What the children need"), "h2"),
                  ctx.para(ctx.say(c.id, "plan.childs_needs", plan.childs_needs))]

    story += ctx.table_heading(t("What must change"))
    outcomes = TableBuilder([t("For"), t("What must change"), t("How we will know"), t("By when")],
                            [2, 4, 4, 2], ctx.language)
    for outcome in plan.outcomes:
        outcomes.add(ctx.children_names(outcome.child_ids),
                     ctx.say(outcome.id, "what_must_change", outcome.what_must_change),
                     ctx.say(outcome.id, "measure", outcome.measure), words.date(outcome.by_when))
    story.append(outcomes.build(empty=t("No outcomes recorded.")))

    story += ctx.table_heading(t("Who will do what, and by when"))
    actions = TableBuilder([t("Who"), t("What"), t("By when")], [2.4, 6, 2], ctx.language)
    shown = actions_for(c, ctx.audience)  # a family copy leaves out actions not for them
    for action in shown:
        owner = ctx.name(action.owner_id, ctx.say(action.id, "owner_text", action.owner_text))
        actions.add(owner, ctx.say(action.id, "description", action.description),
                    words.date(action.due))
    left_out = withheld_actions(c, ctx.audience)
    if shown or not left_out:
        story.append(actions.build(empty=t("No actions recorded.")))
    if left_out:
        story.append(ctx.para(ctx.ngettext(
            "{count} action is recorded in the professionals' copy only.",
            "{count} actions are recorded in the professionals' copy only.",
            left_out).format(count=left_out), "muted"))

    story += [ctx.para(t("If things do not change"), "h2"),
              ctx.para(ctx.say(c.id, "plan.contingency", plan.contingency) or t("Not recorded"))]

    group = plan.core_group
    story += ctx.table_heading(t("The core group"))
    members = TableBuilder([t("Name"), t("Role")], [1, 1.4], ctx.language)
    for member_id in group.member_ids:
        person = c.invitee(member_id)
        if person is not None:
            members.add(person.name, ctx.capacity(person))
    story.append(members.build(empty=t("No core group members recorded.")))
    story.append(ctx.para(t("First meeting: {date}. Then: {frequency}.").format(
        date=words.date(group.first_meeting), frequency=t(group.frequency))))
    if with_dates:
        story += dates_story(ctx)
    return story


PLAN_DATES = ("plan_circulation", "core_group", "review", "reconvene")


def dates_story(ctx: CopyContext, keys: tuple[str, ...] = PLAN_DATES,
                heading: bool = True) -> list[Flowable]:
    """The key dates after the conference with how each was worked out."""
    t = ctx.t
    table = TableBuilder([t("What"), t("Date"), t("How it was worked out")], [3, 1.8, 5],
                         ctx.language)
    for due in due_dates(ctx.conference, ctx.profile):
        if due.key not in keys:
            continue
        basis = due.render_basis(t, day=ctx.words.date,  # dates in the family's locale
                                 plural=ctx.ngettext)
        if due.override is not None:
            basis = t("Changed by the chair from {date}: {reason}").format(
                date=ctx.words.date(due.due), reason=due.override.reason)
        day = ctx.words.date(due.applies)
        if due.arranged is not None:
            # The date set for the meeting, with the deadline it is held against, so a
            # parent sees one meeting date and the latest date labelled as such.
            deadline = ctx.words.date(due.effective)
            if due.late:
                day = t("{date} (late)").format(date=day)
                basis = t("Set in the plan, after the latest date. The latest date is "
                          "{date}: {basis}").format(date=deadline, basis=basis)
            else:
                basis = t("Set in the plan. The latest date is {date}: {basis}").format(
                    date=deadline, basis=basis)
        table.add(due.render_applies_title(t), day, basis)
    body = table.build(empty=t("No dates recorded."))
    return [*ctx.table_heading(t("Key dates")), body] if heading else [body]


def build_plan(conference: Conference, profile: AuthorityProfile,
               audience: Audience | None = None, copy_date: date | None = None) -> Rendered:
    """The outline plan alone, for circulation within one working day."""
    ctx = CopyContext(conference, profile, audience or Audience.professionals(), copy_date)
    check_translated(conference, ctx.audience, plan_only=True, profile=profile)
    t = ctx.t
    title = t("Outline child protection plan")
    story: list[Flowable] = [
        ctx.para(title, "title"),
        ctx.para(f"{ctx.children_names()}. {t(conference.kind.title)}, "
                 f"{ctx.words.date(conference.date)}. {profile.name}", "subtitle"),
        ctx.para(t("This plan says what must change to keep the children safe, who will do "
                   "what, and by when. The core group will turn it into a detailed plan."),
                 "body"),
    ]
    story += progress_story(ctx)
    story += plan_story(ctx)
    return ctx.finish(story, title)
