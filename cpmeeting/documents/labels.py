"""English names (msgids) for the record's values as the documents print them."""

from __future__ import annotations

from cpmeeting.domain.conference import InquoratePath
from cpmeeting.domain.exclusion import ViewsRepresentation
from cpmeeting.domain.people import AttendanceStatus, Invitee
from cpmeeting.domain.rules.labels import GROUP_TITLES, ROLE_TITLES
from cpmeeting.i18n import N_

ATTENDANCE_TITLES: dict[AttendanceStatus, str] = {
    AttendanceStatus.NOT_RECORDED: N_("Not recorded"),
    AttendanceStatus.PRESENT: N_("Present"),
    AttendanceStatus.VIDEO: N_("Present by video link"),
    AttendanceStatus.PART: N_("Present for part"),
    AttendanceStatus.APOLOGIES: N_("Apologies"),
    AttendanceStatus.SUBSTITUTE_SENT: N_("Sent a substitute"),
    AttendanceStatus.REPORT_ONLY: N_("Written report only"),
    AttendanceStatus.DID_NOT_ATTEND: N_("Did not attend"),
}

ROUTE_TITLES = {
    "in_person": N_("In person"),
    "in_person_part": N_("In person, for part"),
    "advocate": N_("Through an advocate or supporter"),
    "written": N_("Written statement"),
    "drawing": N_("Drawing"),
    "recording": N_("Recording"),
    "social_worker": N_("Relayed by the social worker"),
    "other_practitioner": N_("Relayed by another practitioner"),
    "not_obtained": N_("Not obtained"),
}

REPRESENTATION_TITLES: dict[ViewsRepresentation, str] = {
    ViewsRepresentation.ADVOCATE: N_("By an advocate"),
    ViewsRepresentation.WRITTEN: N_("In writing"),
    ViewsRepresentation.SOCIAL_WORKER: N_("By the social worker"),
    ViewsRepresentation.CHAIR_BEFOREHAND: N_("To the chair beforehand"),
    ViewsRepresentation.OTHER: N_("Other"),
}


INQUORATE_PATH_TITLES: dict[InquoratePath, str] = {
    InquoratePath.INTERIM_PLAN: N_("An interim protection plan was produced"),
    InquoratePath.REVIEW_EXISTING_PLAN: N_("The existing plan was reviewed with those present"),
}


def capacity(person: Invitee, t) -> str:
    """'Role, agency' or 'relationship' for a person, translated."""
    if person.role.is_family:
        return person.relationship or t(ROLE_TITLES[person.role]).capitalize()
    parts = [t(ROLE_TITLES[person.role]).capitalize()]
    if person.agency:
        parts.append(person.agency)
    elif person.group is not None:
        parts.append(t(GROUP_TITLES[person.group]))
    return ", ".join(parts)
