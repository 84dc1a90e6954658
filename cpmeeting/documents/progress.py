"""A review's progress since the last conference, and the scaling of the case over time, as
they print in the minutes, the plan and the family copies.

The chart is drawn with ReportLab's own graphics, in black and white: each participant's line
has its own dash and marker shape, the overall figure a thick line, and a table of the same
numbers stands beside it.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, PolyLine, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from cpmeeting.domain.analysis import SCALE_MAX, SCALE_MIN
from cpmeeting.domain.conference import ConferenceKind
from cpmeeting.domain.copies import progress_for
from cpmeeting.domain.copy_text import SAID_SINCE_FIELD
from cpmeeting.domain.progress import status_text
from cpmeeting.domain.rules.progress_checks import core_group_tally
from cpmeeting.domain.rules.review_decision import transfer_in_due, who_must_be_told
from cpmeeting.domain.scaling_history import ScalingSeries, scaling_over_time

from .common import CopyContext
from .fonts import FONT
from .layout import CONTENT_WIDTH, TableBuilder
from .text import INK, RULE, SHADE, paragraph

DASHES = ((4, 2), (1, 2), (5, 2, 1, 2), (6, 2, 1, 2, 1, 2))
MARKERS = ("Circle", "Square", "Triangle", "Diamond", "Cross", "Pentagon")
CHART_WIDTH = CONTENT_WIDTH * 0.56
CHART_HEIGHT = 62 * mm


def progress_story(ctx: CopyContext) -> list[Flowable]:
    """The progress section of a review (nothing at other conferences)."""
    c, t = ctx.conference, ctx.t
    if c.kind is not ConferenceKind.REVIEW:
        return []
    story: list[Flowable] = [ctx.para(t("Progress since the last conference"), "h1")]
    story += ctx.table_heading(t("The actions of the last plan"))
    actions = TableBuilder([t("Action"), t("Who"), t("How far it got"), t("Evidence"),
                            t("Reported by")], [3.4, 1.8, 1.6, 3.4, 1.6], ctx.language)
    for item in progress_for(c, ctx.audience):
        actions.add(ctx.say(item.id, "description", item.description), item.owner,
                    t(item.status.title) if item.status else t("Not yet assessed"),
                    ctx.say(item.id, "evidence", item.evidence), item.reported_by)
    story.append(actions.build(empty=t("The last plan had no actions.")))
    story += ctx.table_heading(t("The outcomes of the last plan"))
    outcomes = TableBuilder([t("Outcome"), t("Status"), t("What shows it")], [4, 2.6, 4],
                            ctx.language)
    for item in c.outcome_progress:
        # A shape and words, not colour: the documents print in black and white.
        outcomes.add(ctx.say(item.id, "what_must_change", item.what_must_change),
                     status_text(item.status, t),
                     ctx.say(item.id, "comment", item.comment))
    story.append(outcomes.build(empty=t("The last plan had no outcomes.")))
    tally = core_group_tally(c, ctx.profile)
    story += [ctx.para(t("Core group meetings"), "h2"), ctx.para(
        t("{held} held of {due} due since the last conference.").format(
            held=len(tally.held), due=len(tally.due)))]
    if tally.held:
        story.append(ctx.para(t("Held on: {dates}.").format(
            dates=", ".join(ctx.words.date(d) for d in tally.held)), "small"))
    said = [(child, c.child_said_since.get(child.id, "")) for child in c.children]
    story.append(ctx.para(t("What the child has said since the last conference"), "h2"))
    for child, text in said:
        story.append(ctx.para(f"{ctx.child_name(child)}: "
                              + (ctx.say(child.id, SAID_SINCE_FIELD, text) if text
                                 else t("Not recorded"))))
    story += scaling_story(ctx)
    return story


def scaling_story(ctx: CopyContext) -> list[Flowable]:
    """For each child: the chart and the table of numbers beside it."""
    all_series = scaling_over_time(ctx.conference)
    if not all_series:
        return []
    heading = [ctx.para(ctx.t("Scaling over time (0 to 10)"), "h2"),
               ctx.para(ctx.t("0 means certain harm, 10 safe enough to close the plan. "
                              "Overall is the average of the scores given."), "small")]
    story: list[Flowable] = []
    for series in all_series:
        child = ctx.conference.child(series.child_id)
        # The heading stays with the first chart rather than alone at the foot of a page.
        story.append(KeepTogether([
            *(heading if not story else []),
            ctx.para(ctx.child_name(child) if child else "", "h2-table"),
            _beside(chart(ctx, series), numbers(ctx, series)),
        ]))
    return story


def _beside(left: Flowable, right: Flowable) -> Flowable:
    table = Table([[left, right]], colWidths=[CHART_WIDTH, CONTENT_WIDTH - CHART_WIDTH])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def numbers(ctx: CopyContext, series: ScalingSeries) -> Flowable:
    """The chart's numbers: a row per participant and the overall figure, a column per date."""
    head = [paragraph(ctx.t("Who"), "cell_head", ctx.language)] + [
        paragraph(ctx.words.date(d), "cell_head", ctx.language) for d in series.dates]
    rows = [head]
    for name, scores in [*series.participants, (ctx.t("Overall"), series.overall)]:
        rows.append([paragraph(name, "cell", ctx.language)] + [
            paragraph("-" if s is None else str(s), "cell", ctx.language) for s in scores])
    width = CONTENT_WIDTH - CHART_WIDTH - 4 * mm
    first = width * 0.4
    rest = (width - first) / max(len(series.dates), 1)
    table = Table(rows, colWidths=[first] + [rest] * len(series.dates), repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),  # the overall row
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def chart(ctx: CopyContext, series: ScalingSeries) -> Drawing:
    """The lines of one child's scaling, drawn with reportlab.graphics."""
    width, height = CHART_WIDTH - 4 * mm, CHART_HEIGHT
    drawing = Drawing(width, height)
    names = [name for name, _scores in series.participants] + [ctx.t("Overall")]
    legend_rows = (len(names) + 1) // 2
    left, right, bottom = 18.0, width - 8, 16.0 + legend_rows * 10
    top = height - 6

    def y(score: float) -> float:
        return bottom + (score - SCALE_MIN) / (SCALE_MAX - SCALE_MIN) * (top - bottom)

    count = len(series.dates)
    xs = ([(left + right) / 2] if count == 1 else
          [left + 12 + i * (right - left - 24) / (count - 1) for i in range(count)])
    drawing.add(Line(left, bottom, right, bottom, strokeColor=INK, strokeWidth=0.8))
    drawing.add(Line(left, bottom, left, top, strokeColor=INK, strokeWidth=0.8))
    for score in range(SCALE_MIN, SCALE_MAX + 1, 2):
        drawing.add(String(left - 3, y(score) - 2.5, str(score), fontName=FONT, fontSize=7,
                           textAnchor="end", fillColor=INK))
        drawing.add(Line(left, y(score), right, y(score), strokeColor=RULE, strokeWidth=0.3))
    for x, day in zip(xs, series.dates, strict=True):
        drawing.add(String(x, bottom - 9, ctx.words.date(day), fontName=FONT, fontSize=6.5,
                           textAnchor="middle", fillColor=INK))
    styles = [(DASHES[i % len(DASHES)], 0.9, MARKERS[i % len(MARKERS)], None)
              for i in range(len(series.participants))]
    styles.append((None, 2.4, "FilledCircle", INK))
    lines = [scores for _name, scores in series.participants] + [series.overall]
    for scores, (dash, weight, marker, fill) in zip(lines, styles, strict=True):
        points = [(x, y(s)) for x, s in zip(xs, scores, strict=True) if s is not None]
        if len(points) > 1:
            drawing.add(PolyLine([c for p in points for c in p], strokeColor=INK,
                                 strokeWidth=weight, strokeDashArray=dash))
        for x, yy in points:
            drawing.add(_marker(marker, x, yy, fill))
    for index, (name, (dash, weight, marker, fill)) in enumerate(zip(names, styles, strict=True)):
        lx = left + (index % 2) * (width - left) / 2
        ly = 4 + (legend_rows - 1 - index // 2) * 10
        drawing.add(Line(lx, ly + 2, lx + 16, ly + 2, strokeColor=INK, strokeWidth=weight,
                         strokeDashArray=dash))
        drawing.add(_marker(marker, lx + 8, ly + 2, fill))
        drawing.add(String(lx + 20, ly, name[:38], fontName=FONT, fontSize=7, fillColor=INK))
    return drawing


def _marker(kind: str, x: float, y: float, fill) -> Flowable:
    marker = makeMarker(kind)
    marker.x, marker.y, marker.size = x, y, 4.5
    marker.strokeColor = INK
    marker.strokeWidth = 0.7
    marker.fillColor = fill if fill is not None else None
    return marker


def review_case_story(ctx: CopyContext) -> list[Flowable]:
    """At a review: a transfer out (and when the transfer-in conference is due there), and who
    must be told of a plan ending or the case moving."""
    c, t = ctx.conference, ctx.t
    if c.kind is not ConferenceKind.REVIEW:
        return []
    story: list[Flowable] = []
    if c.transfer_out_authority:
        due = transfer_in_due(c, ctx.profile)
        story += [ctx.para(t("Transfer to another authority"), "h2"), ctx.para(
            t("The case transfers to {authority}, told on {date}. Its transfer-in conference "
              "is due by {due}.").format(authority=c.transfer_out_authority,
                                         date=ctx.words.date(c.transfer_out_date),
                                         due=ctx.words.date(due)))]
    told = who_must_be_told(c)
    if told:
        story += ctx.table_heading(t("Who must be told"))
        table = TableBuilder([t("Who"), t("Why")], [1, 1.4], ctx.language)
        for person in told:
            table.add(person.who, person.render_why(t))
        story.append(table.build())
    return story
