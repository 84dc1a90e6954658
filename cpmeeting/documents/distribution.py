"""The distribution list: who receives what, as the copies rules decide."""

from __future__ import annotations

from reportlab.platypus import Flowable

from cpmeeting.domain.copies import Audience, copies_allowed
from cpmeeting.domain.people import Role

from .common import CopyContext
from .layout import TableBuilder

# The chair and minute-taker keep the record itself; observers and interpreters get no copy.
_NO_COPY = frozenset({Role.CHAIR, Role.MINUTE_TAKER, Role.OBSERVER, Role.INTERPRETER})


def receives(ctx: CopyContext, person) -> str:
    """What this person is sent, in words."""
    t = ctx.t
    if person.role.is_family:
        permission = copies_allowed(ctx.conference, Audience.family(person.id, person.language))
        if not permission.allowed:
            return t("The plan; not the minutes (chair's decision)")
        return t("Family copy of the minutes, and the plan")
    return t("Minutes and plan")


def distribution_story(ctx: CopyContext) -> list[Flowable]:
    t = ctx.t
    table = TableBuilder([t("Name"), t("Capacity"), t("Receives")], [2.5, 3, 4], ctx.language)
    for person in ctx.conference.invitees:
        if person.role not in _NO_COPY:
            table.add(person.name, ctx.capacity(person), receives(ctx, person))
    return [*ctx.table_heading(t("Distribution"), "h1"),
            table.build(empty=t("Nobody to send copies to."))]
