"""Display names for the enums the stage pages offer as choices (translated on use)."""

from __future__ import annotations

from cpmeeting.domain.people import AttendanceStatus, Role
from cpmeeting.domain.voice import ViewsRoute
from cpmeeting.gui.labels import role_title
from cpmeeting.i18n import N_, _

STATUS_TITLES: dict[AttendanceStatus, str] = {
    AttendanceStatus.NOT_RECORDED: N_("Not recorded"),
    AttendanceStatus.PRESENT: N_("Present"),
    AttendanceStatus.VIDEO: N_("Video link"),
    AttendanceStatus.PART: N_("Present for part"),
    AttendanceStatus.APOLOGIES: N_("Apologies"),
    AttendanceStatus.SUBSTITUTE_SENT: N_("Sent a substitute"),
    AttendanceStatus.REPORT_ONLY: N_("Written report only"),
    AttendanceStatus.DID_NOT_ATTEND: N_("Did not attend"),
}

ROUTE_TITLES: dict[ViewsRoute, str] = {
    ViewsRoute.IN_PERSON: N_("In person, all of the conference"),
    ViewsRoute.IN_PERSON_PART: N_("In person, part of the conference"),
    ViewsRoute.ADVOCATE: N_("Through an advocate or supporter"),
    ViewsRoute.WRITTEN: N_("A written statement"),
    ViewsRoute.DRAWING: N_("A drawing"),
    ViewsRoute.RECORDING: N_("A recording"),
    ViewsRoute.SOCIAL_WORKER: N_("Relayed by the social worker"),
    ViewsRoute.OTHER_PRACTITIONER: N_("Relayed by another practitioner"),
    ViewsRoute.NOT_OBTAINED: N_("Not obtained"),
}


def role_options() -> list[tuple[Role, str]]:
    return [(role, role_title(role)) for role in Role]


def enum_options(titles: dict) -> list[tuple[object, str]]:
    """(member, translated title) pairs from a dict of English titles."""
    return [(member, _(title)) for member, title in titles.items()]
