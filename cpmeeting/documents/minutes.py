"""The minutes of a conference as a PDF: everything recorded, in the order of the meeting."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from cpmeeting.domain.analysis import FRAMEWORK_HEADINGS
from cpmeeting.domain.conference import Conference, IntroductionPoint
from cpmeeting.domain.copies import (
    Audience,
    contributions_for,
    entries_for,
    recipient,
    withheld_actions,
    withheld_contributions,
    withheld_entries,
    withheld_exclusion_fields,
)
from cpmeeting.domain.decision import DISCONTINUE_TITLES, REVIEW_ACTION_TITLES
from cpmeeting.domain.exclusion import SCOPE_TITLES
from cpmeeting.domain.profile import AuthorityProfile
from cpmeeting.domain.stages import ALL_STAGES

from .common import CopyContext, Rendered
from .corrections import corrections_story
from .distribution import distribution_story
from .labels import (
    ATTENDANCE_TITLES,
    INQUORATE_PATH_TITLES,
    REPRESENTATION_TITLES,
    ROUTE_TITLES,
)
from .layout import TableBuilder
from .plan import PLAN_DATES, dates_story, decision_line, plan_story
from .progress import progress_story, review_case_story
from .text import labelled
from .timeline import timeline_story
from .translated import check_translated


def build_minutes(conference: Conference, profile: AuthorityProfile,
                  audience: Audience | None = None, copy_date: date | None = None,
                  case: Sequence[Conference] = ()) -> Rendered:
    """The minutes for an audience (professionals: everything; family: their copy); `case`
    holds the earlier conferences of the case, for a review's timeline."""
    ctx = CopyContext(conference, profile, audience or Audience.professionals(), copy_date,
                      case)
    # Refuses, if the copy asks, while free text is still to translate.
    check_translated(conference, ctx.audience, profile=profile)
    title = ctx.t("Minutes of the child protection conference")
    story = cover(ctx, title)
    for section in (attendance, exclusions, introduction, childs_views, contributions,
                    progress_story, analysis, views_and_decisions, review_case_story,
                    plan_section, dates_section,
                    distribution_story, minute_entries, corrections_story):
        story += section(ctx)
    return ctx.finish(story, title)


def _field(ctx: CopyContext, label: str, value: str) -> Flowable:
    return labelled(ctx.t(label), value, ctx.language)


def cover(ctx: CopyContext, title: str) -> list[Flowable]:
    c, t, w = ctx.conference, ctx.t, ctx.words
    story: list[Flowable] = [Spacer(1, 6 * mm), ctx.para(title, "title"),
                             ctx.para(f"{t(c.kind.title)}. {c.authority or ctx.profile.name}",
                                      "subtitle")]
    kids = TableBuilder([t("Child"), t("Date of birth"), t("Age"), t("Decision")],
                        [2.4, 2.2, 0.9, 4.5], ctx.language)
    for child in c.children:
        if child.is_unborn:
            born = t("Expected {date}").format(date=w.date(child.expected_date))
            age = t("Unborn")
        else:
            born = w.date(child.date_of_birth)
            age = str(child.age_on(c.date)) if child.date_of_birth else t("Not recorded")
        kids.add(ctx.child_name(child), born, age, decision_line(ctx, child.id))
    story += [kids.build(empty=t("No children recorded.")), Spacer(1, 5 * mm)]
    when = w.date(c.date) + (f", {c.start_time.strftime('%H:%M')}" if c.start_time else "")
    story += [
        _field(ctx, "Date", when),
        _field(ctx, "Venue", c.venue or t("Not recorded")),
        _field(ctx, "Chair", c.chair.name if c.chair else t("Not recorded")),
        _field(ctx, "Minute-taker", c.minute_taker.name if c.minute_taker else t("Not recorded")),
        _field(ctx, "Version", str(c.version)),
    ]
    if c.brought_forward_reason:
        story.append(_field(ctx, "Brought forward because",
                            ctx.say(c.id, "brought_forward_reason", c.brought_forward_reason)))
    person = recipient(c, ctx.audience)
    if person is not None:
        left_out = withheld_entries(c, ctx.audience)
        story += [Spacer(1, 4 * mm), ctx.para(
            ctx.ngettext("This copy is for {name}. It leaves out {count} minute entry and the "
                         "confidential parts of the record that are not for them.",
                         "This copy is for {name}. It leaves out {count} minute entries and the "
                         "confidential parts of the record that are not for them.",
                         left_out).format(name=person.name, count=left_out), "muted")]
        story += _other_withheld(ctx)
    story += timeline_story(ctx)
    story.append(PageBreak())
    return story


def _other_withheld(ctx: CopyContext) -> list[Flowable]:
    """The cover's count of contributions and actions a family copy leaves out (if any)."""
    c = ctx.conference
    story = []
    contributions_out = withheld_contributions(c, ctx.audience)
    if contributions_out:
        story.append(ctx.para(ctx.ngettext(
            "It also leaves out {count} agency contribution that is not for them.",
            "It also leaves out {count} agency contributions that are not for them.",
            contributions_out).format(count=contributions_out), "muted"))
    actions_out = withheld_actions(c, ctx.audience)
    if actions_out:
        story.append(ctx.para(ctx.ngettext(
            "It also leaves out {count} action of the plan that is not for them.",
            "It also leaves out {count} actions of the plan that are not for them.",
            actions_out).format(count=actions_out), "muted"))
    return story


def attendance(ctx: CopyContext) -> list[Flowable]:
    c, t, w = ctx.conference, ctx.t, ctx.words
    table = TableBuilder([t("Name"), t("Capacity"), t("Attendance"), t("Times and items"),
                          t("Report")], [2.2, 2.6, 1.7, 1.9, 2.8], ctx.language)
    for person in c.invitees:
        times = "; ".join(f"{w.time(s.joined)}-{w.time(s.left)}".rstrip("-")
                          for s in person.presence)
        if person.part_items:
            items = ctx.say(person.id, "part_items", person.part_items)
            times = f"{times} ({items})" if times else items
        status = t(ATTENDANCE_TITLES[person.attendance])
        if person.substitute_for:
            status += " " + t("(substitute for {name})").format(name=ctx.name(person.substitute_for))
        report = ""
        if person.report_received:
            report = t("Received {date}").format(date=w.date(person.report_received))
            shared = (t("shared with the family {date}").format(
                date=w.date(person.report_shared_with_family))
                if person.report_shared_with_family else t("not shared with the family"))
            report += f"; {shared}"
        table.add(person.name, ctx.capacity(person), status, times, report)
    story = [*ctx.table_heading(t("Attendance"), "h1"),
             table.build(empty=t("No invitees recorded."))]
    if c.inquorate is not None:
        q = c.inquorate
        story += [ctx.para(t("The conference was not quorate"), "h2"),
                  ctx.para(ctx.say(c.id, "inquorate.reasons", q.reasons)),
                  _field(ctx, "What the chair decided", t(INQUORATE_PATH_TITLES[q.path])),
                  _field(ctx, "New date", w.date(q.new_date))]
    return story


def exclusions(ctx: CopyContext) -> list[Flowable]:
    c, t, w = ctx.conference, ctx.t, ctx.words
    story: list[Flowable] = [ctx.para(t("Exclusions"), "h1")]
    if not c.exclusions:
        return story + [ctx.para(t("Nobody was excluded from this conference."), "muted")]
    withheld = withheld_exclusion_fields(ctx.audience)
    for exclusion in c.exclusions:
        block: list[Flowable] = [ctx.para(ctx.name(exclusion.invitee_id), "h2"),
                                 ctx.para(t("Grounds"), "h3")]
        for ground in sorted(exclusion.grounds):
            block.append(ctx.para(f"\u2022 {t(ground.description)}"))
        story.append(KeepTogether(block))
        say = ctx.say
        eid = exclusion.id
        period = t(SCOPE_TITLES[exclusion.scope])
        if exclusion.items:
            period += f": {say(eid, 'items', exclusion.items)}"
        if exclusion.start:
            period += f" ({w.time(exclusion.start)}-{w.time(exclusion.end)})".replace("-)", ")")
        rep = (t(REPRESENTATION_TITLES[exclusion.views_represented_by])
               if exclusion.views_represented_by else t("Not recorded"))
        if exclusion.views_representation_note:
            rep += f". {say(eid, 'views_representation_note', exclusion.views_representation_note)}"
        confidential = t("Recorded in the professionals' copy.")
        story += [
            _field(ctx, "Requested by",
                   say(eid, "requested_by", exclusion.requested_by) or t("Not recorded")),
            _field(ctx, "Requested on", w.date(exclusion.requested_on)),
        ]
        if exclusion.late_request_reason:
            story.append(_field(ctx, "Why the request was late",
                                say(eid, "late_request_reason", exclusion.late_request_reason)))
        story += [
            _field(ctx, "Evidence relied on",
                   confidential if "evidence" in withheld
                   else say(eid, "evidence", exclusion.evidence) or t("Not recorded")),
            _field(ctx, "Legal advice taken", w.yes_no(exclusion.legal_advice_taken)),
        ]
        if exclusion.legal_advice_note:
            story.append(_field(ctx, "Legal advice", confidential if "legal_advice_note" in withheld
                                else say(eid, "legal_advice_note", exclusion.legal_advice_note)))
        story += [
            _field(ctx, "Excluded from", period),
            _field(ctx, "How their views were represented", rep),
            _field(ctx, "Receives the reports", w.yes_no(exclusion.receives_report)),
            _field(ctx, "Receives the minutes", w.yes_no(exclusion.receives_minutes)),
            _field(ctx, "How they learn the outcome",
                   say(eid, "how_told_outcome", exclusion.how_told_outcome) or t("Not recorded")),
            _field(ctx, "Told in writing on", w.date(exclusion.told_in_writing_on)),
            _field(ctx, "Given the complaints procedure", w.yes_no(exclusion.complaints_procedure_given)),
        ]
        if exclusion.asked_to_leave_during_meeting:
            story.append(ctx.para(t("The chair asked them to leave during the meeting.")))
    return story


def introduction(ctx: CopyContext) -> list[Flowable]:
    t = ctx.t
    story: list[Flowable] = [ctx.para(t("Introduction"), "h1")]
    for point in IntroductionPoint:
        covered = point in ctx.conference.introduction_covered
        mark = t("covered") if covered else t("not covered")
        story.append(ctx.para(f"\u2022 {t(point.title)}: {mark}"))
    return story


def childs_views(ctx: CopyContext) -> list[Flowable]:
    c, t = ctx.conference, ctx.t
    story: list[Flowable] = [ctx.para(t("The child's views"), "h1")]
    for child in c.children:
        view = c.childs_view_for(child.id)
        block: list[Flowable] = [ctx.para(ctx.child_name(child), "h2")]
        if view is None:
            story += block + [ctx.para(t("No views recorded."), "muted")]
            continue
        code = (f"{view.participation.value}: {t(view.participation.description)}"
                if view.participation else t("Not recorded"))
        block.append(_field(ctx, "Participation", code))
        story.append(KeepTogether(block))
        if view.routes:
            routes = ", ".join(t(ROUTE_TITLES[r.value]) for r in sorted(view.routes))
            story.append(_field(ctx, "How the views reached the conference", routes))
        if view.own_words:
            story.append(_field(ctx, "In their own words",
                               f"\u201c{ctx.say(view.id, 'own_words', view.own_words)}\u201d"))
        if view.relayed_by:
            story.append(_field(ctx, "Relayed by", ctx.say(view.id, "relayed_by", view.relayed_by)))
        if view.not_obtained_reason:
            story.append(_field(ctx, "Why views were not obtained",
                                ctx.say(view.id, "not_obtained_reason", view.not_obtained_reason)))
        if view.lived_experience:
            story.append(_field(ctx, "Lived experience",
                                ctx.say(view.id, "lived_experience", view.lived_experience)))
        if view.speak_without_family:
            story.append(ctx.para(t("The child was offered a chance to speak without family present.")))
    return story


def contributions(ctx: CopyContext) -> list[Flowable]:
    c, t = ctx.conference, ctx.t
    story: list[Flowable] = [ctx.para(t("Agency contributions"), "h1")]
    for item in contributions_for(c, ctx.audience):
        person = c.invitee(item.invitee_id)
        heading = f"{person.name}, {ctx.capacity(person)}" if person else t("Not recorded")
        story += [ctx.para(heading, "h2"),
                  ctx.para(ctx.say(item.id, "summary", item.summary) or t("Not recorded"))]
        if item.progress_against_plan:
            story.append(_field(ctx, "Progress against the plan",
                                ctx.say(item.id, "progress_against_plan", item.progress_against_plan)))
        if item.view_on_decision:
            story.append(_field(ctx, "View on the decision",
                                ctx.say(item.id, "view_on_decision", item.view_on_decision)))
    if not c.contributions:
        story.append(ctx.para(t("No contributions recorded."), "muted"))
    left_out = withheld_contributions(c, ctx.audience)
    if left_out:
        story.append(ctx.para(ctx.ngettext(
            "{count} contribution is recorded in the professionals' copy only.",
            "{count} contributions are recorded in the professionals' copy only.",
            left_out).format(count=left_out), "muted"))
    return story


def analysis(ctx: CopyContext) -> list[Flowable]:
    c, t = ctx.conference, ctx.t
    story: list[Flowable] = [ctx.para(t("Analysis"), "h1")]
    headings = list(FRAMEWORK_HEADINGS[c.analysis_framework])
    headings += [h for h in dict.fromkeys(i.heading for i in c.analysis) if h not in headings]
    for heading in headings:
        items = [i for i in c.analysis if i.heading is heading]
        if not items:
            continue
        story.append(ctx.para(t(heading.title), "h2"))
        for item in items:
            who = f" ({ctx.children_names(item.child_ids)})" if item.child_ids else ""
            story.append(ctx.para(f"\u2022 {ctx.say(item.id, 'text', item.text)}{who}"))
    scaling = TableBuilder([t("Participant"), t("Child"), t("Score (0 to 10)"), t("Comment")],
                           [2.5, 2.5, 1.4, 4], ctx.language)
    for score in c.scaling:
        child = c.child(score.child_id)
        scaling.add(ctx.name(score.invitee_id), ctx.child_name(child) if child else "",
                    str(score.score), ctx.say(score.id, "comment", score.comment))
    if c.scaling:
        story += [*ctx.table_heading(t("Scaling")), scaling.build()]
    return story


def views_and_decisions(ctx: CopyContext) -> list[Flowable]:
    c, t, w = ctx.conference, ctx.t, ctx.words
    story: list[Flowable] = [*ctx.table_heading(t("Views and decision"), "h1")]
    for child in c.children:
        story += ctx.table_heading(ctx.child_name(child))
        views = TableBuilder([t("Participant"), t("Recommendation"), t("Comment")], [3, 3, 4],
                             ctx.language)
        for view in (v for v in c.participant_views if v.child_id == child.id):
            rec = t(view.recommendation.title) if view.recommendation else t("Not recorded")
            if view.categories:
                rec += f" ({', '.join(t(x.title) for x in sorted(view.categories))})"
            views.add(ctx.name(view.invitee_id), rec, ctx.say(view.id, "comment", view.comment))
        story.append(views.build(empty=t("No participant views recorded.")))
        decision = c.decision_for(child.id)
        block = [_field(ctx, "Decision", decision_line(ctx, child.id))]
        if decision is None:
            story += block
            continue
        block.append(_field(ctx, "Likely to suffer significant harm",
                            w.yes_no(decision.significant_harm)))
        if decision.review_action:
            block.append(_field(ctx, "At this review", t(REVIEW_ACTION_TITLES[decision.review_action])))
        if decision.discontinue_reason:
            block.append(_field(ctx, "Why the plan ends", t(DISCONTINUE_TITLES[decision.discontinue_reason])))
        if decision.category_change_reasons:
            block.append(_field(ctx, "Why the categories changed", ctx.say(
                decision.id, "category_change_reasons", decision.category_change_reasons)))
        block.append(_field(ctx, "Reasons",
                            ctx.say(decision.id, "reasons", decision.reasons) or t("Not recorded")))
        if decision.dissent:
            block.append(_field(ctx, "Dissent", ctx.say(decision.id, "dissent", decision.dissent)))
        block.append(_field(ctx, "Legal proceedings considered",
                            w.yes_no(decision.legal_proceedings_considered)))
        if decision.quorate_when_decided is not None:
            block.append(_field(ctx, "Quorate when decided", w.yes_no(decision.quorate_when_decided)))
        story.append(KeepTogether(block))
    return story


def plan_section(ctx: CopyContext) -> list[Flowable]:
    return [ctx.para(ctx.t("The outline child protection plan"), "h1"),
            *plan_story(ctx, with_dates=False)]  # the dates have their own section


def dates_section(ctx: CopyContext) -> list[Flowable]:
    return [*ctx.table_heading(ctx.t("Dates"), "h1"), *dates_story(ctx, PLAN_DATES + ("minutes",), heading=False)]


def minute_entries(ctx: CopyContext) -> list[Flowable]:
    c, t, w = ctx.conference, ctx.t, ctx.words
    story: list[Flowable] = [*ctx.table_heading(t("Minutes of the discussion"), "h1")]
    entries = entries_for(c, ctx.audience)
    for stage in ALL_STAGES:
        chosen = [e for e in entries if e.stage is stage]
        if not chosen:
            continue
        table = TableBuilder([t("Time"), t("Speaker"), t("What was said")], [0.9, 2.3, 7],
                             ctx.language)
        for entry in chosen:
            speaker = ctx.name(entry.speaker_id, "-") if entry.speaker_id else ""
            text = ctx.say(entry.id, "text", entry.text)
            if entry.third_party_confidential:
                mark = t("Confidential third-party information")  # extractable: not in an f-string
                text = f"[{mark}] {text}"
            table.add(w.time(entry.at), speaker, text)
        story += [*ctx.table_heading(t(stage.title)), table.build()]
    if not entries:
        story.append(ctx.para(t("No minute entries recorded."), "muted"))
    return story
