"""The case timeline near the top of a review's minutes: a table of what happened and what is
due next, each row with where it stands in words and a shape (black-and-white printing).

It holds dates, kinds of meeting and fixed words only, never a note of the record, so family
copies carry it as it is.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from cpmeeting.domain.conference import ConferenceKind
from cpmeeting.domain.timeline import case_timeline

from .common import CopyContext
from .layout import TableBuilder


def timeline_story(ctx: CopyContext) -> list[Flowable]:
    """At a review: the case timeline (nothing at other conferences)."""
    c, t = ctx.conference, ctx.t
    if c.kind is not ConferenceKind.REVIEW:
        return []
    # As the case stood at the meeting: what was due or overdue on the day.
    events = case_timeline([*ctx.case, c], ctx.profile, today=c.date)
    table = TableBuilder([t("Date"), t("What"), t("Where it stands")], [2.1, 5.6, 2.3],
                         ctx.language)
    for event in events:
        detail = event.render_detail(t, day=ctx.words.date, plural=ctx.ngettext)
        what = event.render_title(t) + (f"\n{detail}" if detail else "")
        table.add(ctx.words.date(event.on), what, event.render_state(t))
    return [*ctx.table_heading(t("Case timeline")), table.build()]
