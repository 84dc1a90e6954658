"""How people, roles and stages are named on screen (translated display text only)."""

from __future__ import annotations

from cpmeeting.domain.conference import ConferenceStatus
from cpmeeting.domain.people import Invitee, PractitionerGroup, Role
from cpmeeting.domain.rules.labels import GROUP_TITLES, ROLE_TITLES
from cpmeeting.domain.stages import Stage
from cpmeeting.i18n import N_, _

STATUS_TITLES: dict[ConferenceStatus, str] = {
    ConferenceStatus.SCHEDULED: N_("Scheduled"),
    ConferenceStatus.IN_PROGRESS: N_("In progress"),
    ConferenceStatus.ADJOURNED: N_("Adjourned"),
    ConferenceStatus.AWAITING_SIGN_OFF: N_("Awaiting sign-off"),
    ConferenceStatus.SIGNED: N_("Signed"),
}


def status_title(status: ConferenceStatus) -> str:
    return _(STATUS_TITLES[status])


def role_title(role: Role) -> str:
    """'Social worker': the rules' lower-case name, capitalised for a label."""
    title = _(ROLE_TITLES[role])
    return title[:1].upper() + title[1:]


def group_title(group: PractitionerGroup) -> str:
    return _(GROUP_TITLES[group])


def capacity(person: Invitee) -> str:
    """In what capacity someone is there: their relationship, agency or role."""
    return person.relationship or person.agency or role_title(person.role)


def person_label(person: Invitee) -> str:
    """'Name (capacity)', the way the chair introduces people."""
    return f"{person.name} ({capacity(person)})"


def short_label(person: Invitee) -> str:
    """The relationship for family members ('Father'), else the name."""
    return person.relationship or person.name


def stage_title(stage: Stage) -> str:
    return _(stage.title)
