"""The easy-read plan for a family member: short sentences, one idea a line, large type, and
a picture for who, what and when beside each action (issue 15).

Built like the other documents: from the record and the profile, for one audience (a family
member, in their language), through CopyContext, so the same rules leave out what is not for
them and the same translations of the free text are printed.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.copies import Audience, actions_for
from cpmeeting.domain.decision import Outcome
from cpmeeting.domain.profile import AuthorityProfile
from cpmeeting.domain.rules.deadlines import due_dates
from cpmeeting.domain.text import N_

from .common import CopyContext, Rendered
from .fonts import FONT, FONT_BOLD, register_fonts
from .layout import CONTENT_WIDTH
from .pictures import PICTURE_SIZE, Picture
from .text import ACCENT, INK, RULE, is_rtl, paragraph

# What each decision means, in a sentence each (the documents catalogs translate them).
PLAIN_OUTCOMES: dict[Outcome, tuple[str, str]] = {
    Outcome.CHILD_PROTECTION_PLAN: (
        N_("{child} will have a child protection plan."),
        N_("People will work with your family to keep {child} safe.")),
    Outcome.CHILD_IN_NEED_PLAN: (
        N_("{child} will have a child in need plan."),
        N_("People will help your family with what {child} needs.")),
    Outcome.EARLY_HELP_PLAN: (
        N_("{child} will have a family early help plan."),
        N_("People will give your family some early help.")),
    Outcome.NO_FURTHER_ACTION: (
        N_("There will be no plan for {child}."),
        N_("The meeting thinks {child} is safe without one.")),
}


def easy_styles(language: str) -> dict[str, ParagraphStyle]:
    """Large type with room between lines: 16 pt body, headings at 22 pt."""
    register_fonts()
    body = ParagraphStyle("easy", fontName=FONT, fontSize=16, leading=24, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=6)
    return {
        "body": body,
        "title": ParagraphStyle("easy-title", parent=body, fontName=FONT_BOLD, fontSize=26,
                                leading=34, textColor=ACCENT, spaceAfter=12),
        "h1": ParagraphStyle("easy-h1", parent=body, fontName=FONT_BOLD, fontSize=21,
                             leading=28, textColor=ACCENT, spaceBefore=16, spaceAfter=8,
                             keepWithNext=1),
        "label": ParagraphStyle("easy-label", parent=body, fontName=FONT_BOLD, spaceAfter=0),
        "cell": ParagraphStyle("easy-cell", parent=body, spaceAfter=0),
    }


class EasyRead:
    """One easy-read document being written: lines, headings and pictured rows."""

    def __init__(self, ctx: CopyContext) -> None:
        self.ctx = ctx
        self.styles = easy_styles(ctx.language)
        self.story: list[Flowable] = []

    def line(self, text: str, style: str = "body") -> None:
        flowable = paragraph(text, self.styles[style], self.ctx.language)
        if style == "h1":  # held back, to go on the page of what follows it
            self._flush()
            self._heading = flowable
            return
        self._flush()
        self.story.append(flowable)

    _heading: Flowable | None = None

    def _flush(self) -> None:
        """The heading waiting for its first lines goes in before a paragraph (keepWithNext
        holds the two together)."""
        self.story += self._take_heading()

    def _take_heading(self) -> list[Flowable]:
        """The waiting heading, with a break that keeps it off the foot of a page."""
        heading, self._heading = self._heading, None
        return [CondPageBreak(40 * mm), heading] if heading is not None else []

    def lines(self, text: str) -> None:
        """Free text, one line a sentence-line as it was written."""
        for part in text.split("\n"):
            if part.strip():
                self.line(part.strip())

    def pictured(self, rows: list[tuple[Flowable, str, str]]) -> None:
        """Rows of (picture, label, text), kept together: an action does not split."""
        cells = []
        for picture, label, text in rows:
            words = [paragraph(label, self.styles["label"], self.ctx.language),
                     paragraph(text, self.styles["cell"], self.ctx.language)]
            cells.append([picture, words])
        widths = [PICTURE_SIZE + 6 * mm, CONTENT_WIDTH - PICTURE_SIZE - 6 * mm]
        commands = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBELOW", (0, -1), (-1, -1), 1, RULE)]
        if is_rtl(self.ctx.language):
            from .scripts import mirror_table

            cells, widths, commands = mirror_table(cells, widths, commands, self.ctx.language)
        table = Table(cells, colWidths=widths, hAlign="RIGHT" if is_rtl(self.ctx.language)
                      else "LEFT")
        table.setStyle(TableStyle(commands))
        heading = self._take_heading()
        self.story += heading[:1]
        self.story.append(KeepTogether([*heading[1:], table, Spacer(1, 4 * mm)]))


def _next_meetings(ctx: CopyContext) -> dict[str, date]:
    return {due.key: due.applies for due in due_dates(ctx.conference, ctx.profile)
            if due.key in ("core_group", "review")}


def build_easy_read(conference: Conference, profile: AuthorityProfile, audience: Audience,
                    copy_date: date | None = None) -> Rendered:
    """The easy-read plan for one family member, in their language."""
    from .translated import check_translated

    if not audience.is_family:
        raise ValueError("An easy-read plan is for a family member: give their invitee id.")
    ctx = CopyContext(conference, profile, audience, copy_date)
    check_translated(conference, audience, plan_only=True, profile=profile)
    t, c = ctx.t, conference
    doc = EasyRead(ctx)
    title = t("Your plan: easy read")
    doc.line(title, "title")
    names = [child.given_name or ctx.child_name(child) for child in c.children]
    children = names[0] if len(names) == 1 else t("{names} and {last}").format(
        names=", ".join(names[:-1]), last=names[-1])
    doc.line(t("We had a meeting about {children}.").format(children=children))
    doc.line(t("The meeting was on {date}.").format(date=ctx.words.date(c.date)))
    doc.line(t("This is what the meeting decided."))
    doc.line(t("It also says who will help, and when."))

    doc.line(t("What the meeting decided"), "h1")
    for child in c.children:
        decision = c.decision_for(child.id)
        name = child.given_name or ctx.child_name(child)  # short: one idea a line
        if decision is None or decision.outcome is None:
            doc.line(t("Nothing has been decided for {child} yet.").format(child=name))
            continue
        for sentence in PLAIN_OUTCOMES[decision.outcome]:
            doc.line(t(sentence).format(child=name))

    lead = c.invitee(c.plan.lead_social_worker_id)
    if lead is not None:
        doc.line(t("Your social worker"), "h1")
        doc.pictured([(Picture("helper"), t("Your social worker is:"), lead.name)])

    doc.line(t("Who will do what"), "h1")
    shown = actions_for(c, audience)
    if not shown:
        doc.line(t("There are no actions yet."))
    for action in shown:
        who = ctx.name(action.owner_id, ctx.say(action.id, "owner_text", action.owner_text))
        if action.owner_id == audience.invitee_id:
            who = t("You: {name}").format(name=who)
        when = (t("By {date}.").format(date=ctx.words.date(action.due)) if action.due
                else t("There is no date yet."))
        doc.pictured([
            (Picture("who"), t("Who:"), who),
            (Picture("what"), t("What:"), ctx.say(action.id, "description", action.description)),
            (Picture("when", action.due.day if action.due else None), t("When:"), when),
        ])

    if c.plan.contingency.strip():
        doc.line(t("If things do not get better"), "h1")
        doc.lines(ctx.say(c.id, "plan.contingency", c.plan.contingency))

    meetings = _next_meetings(ctx)
    if meetings:
        doc.line(t("The next meetings"), "h1")
        rows = []
        if "core_group" in meetings:
            rows.append((Picture("when", meetings["core_group"].day), t("Core group meeting:"),
                         t("By {date}.").format(date=ctx.words.date(meetings["core_group"]))))
        if "review" in meetings:
            rows.append((Picture("when", meetings["review"].day), t("Next conference:"),
                         t("By {date}.").format(date=ctx.words.date(meetings["review"]))))
        doc.pictured(rows)
        doc.line(t("You can come to these meetings."))
    doc.line(t("If you do not understand something, ask your social worker."))
    return ctx.finish(doc.story, title)
