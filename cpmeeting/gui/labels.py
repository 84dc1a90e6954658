"""How people, roles and stages are named on screen (translated display text only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cpmeeting.domain.kinds import ConferenceStatus
from cpmeeting.domain.stages import Stage
from cpmeeting.i18n import N_, _

if TYPE_CHECKING:  # the people's titles load on first use: the start screen shows none
    from cpmeeting.domain.people import Invitee, PractitionerGroup, Role

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
    from cpmeeting.domain.rules.labels import ROLE_TITLES

    title = _(ROLE_TITLES[role])
    return title[:1].upper() + title[1:]


def group_title(group: PractitionerGroup) -> str:
    from cpmeeting.domain.rules.labels import GROUP_TITLES

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
