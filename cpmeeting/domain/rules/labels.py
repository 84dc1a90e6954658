"""English names (msgids) for the groups and roles the rules talk about."""

from __future__ import annotations

from ..people import Invitee, PractitionerGroup, Role
from ..text import N_

GROUP_TITLES: dict[PractitionerGroup, str] = {
    PractitionerGroup.CHILDRENS_SOCIAL_CARE: N_("Children's social care"),
    PractitionerGroup.NSPCC: N_("NSPCC"),
    PractitionerGroup.SCHOOL: N_("School"),
    PractitionerGroup.EARLY_YEARS: N_("Early years"),
    PractitionerGroup.HEALTH_VISITING: N_("Health visiting"),
    PractitionerGroup.SCHOOL_NURSING: N_("School nursing"),
    PractitionerGroup.MIDWIFERY: N_("Midwifery"),
    PractitionerGroup.GP: N_("GP"),
    PractitionerGroup.PAEDIATRICS: N_("Paediatrics"),
    PractitionerGroup.POLICE: N_("Police"),
    PractitionerGroup.PROBATION: N_("Probation"),
    PractitionerGroup.ADULT_MENTAL_HEALTH: N_("Adult mental health"),
    PractitionerGroup.SUBSTANCE_MISUSE: N_("Drug and alcohol services"),
    PractitionerGroup.HOUSING: N_("Housing"),
    PractitionerGroup.FAMILY_SUPPORT: N_("Family support"),
    PractitionerGroup.FOSTER_CARE: N_("Foster care"),
    PractitionerGroup.RESIDENTIAL_CARE: N_("Residential care"),
    PractitionerGroup.VOLUNTARY_SECTOR: N_("Voluntary sector"),
    PractitionerGroup.ARMED_SERVICES: N_("Armed services"),
    PractitionerGroup.LEGAL: N_("Legal services"),
    PractitionerGroup.OTHER: N_("Other agency"),
}

ROLE_TITLES: dict[Role, str] = {
    Role.CHAIR: N_("chair"),
    Role.MINUTE_TAKER: N_("minute-taker"),
    Role.PARENT: N_("parent"),
    Role.CARER: N_("carer"),
    Role.FAMILY_NETWORK: N_("family network"),
    Role.CHILD: N_("child"),
    Role.SUPPORTER: N_("supporter"),
    Role.ADVOCATE: N_("advocate"),
    Role.SOLICITOR: N_("solicitor"),
    Role.SOCIAL_WORKER: N_("social worker"),
    Role.TEAM_MANAGER: N_("team manager"),
    Role.PRACTITIONER: N_("practitioner"),
    Role.SPECIALIST: N_("specialist"),
    Role.OBSERVER: N_("observer"),
    Role.INTERPRETER: N_("interpreter"),
}

# Social workers and their managers belong to children's social care unless told otherwise.
_SOCIAL_CARE_ROLES = frozenset({Role.SOCIAL_WORKER, Role.TEAM_MANAGER})


def group_of(person: Invitee) -> PractitionerGroup | None:
    """The practitioner group, inferring children's social care from the role."""
    if person.group is not None:
        return person.group
    if person.role in _SOCIAL_CARE_ROLES:
        return PractitionerGroup.CHILDRENS_SOCIAL_CARE
    return None


def agency_keys(people: list[Invitee]) -> dict[str, tuple[str, str]]:
    """Which agency each person is from, so that one agency counts once.

    Two people are the same agency when they share group and agency name (case and spacing
    ignored); the council's housing team is not its children's social care. Someone with no
    agency name joins the first named agency of their group, else stands for the group.
    """
    keys: dict[str, tuple[str, str]] = {}
    named: dict[str, tuple[str, str]] = {}
    for person in people:
        group = group_of(person)
        group_value = group.value if group is not None else ""
        name = " ".join(person.agency.split()).casefold()
        if name:
            keys[person.id] = (group_value, name)
            named.setdefault(group_value, keys[person.id])
    for person in people:
        if person.id in keys:
            continue
        group = group_of(person)
        if group is None:
            keys[person.id] = ("", "person:" + person.id)
        else:
            keys[person.id] = named.get(group.value, (group.value, ""))
    return keys


def by_agency(people: list[Invitee]) -> list[list[Invitee]]:
    """The people grouped by agency (agency_keys), each agency where its first person stands."""
    keys = agency_keys(people)
    agencies: dict[tuple[str, str], list[Invitee]] = {}
    for person in people:
        agencies.setdefault(keys[person.id], []).append(person)
    return list(agencies.values())


def agency_label(person: Invitee) -> str:
    """The agency as shown: its name, else the group's title."""
    if person.agency.strip():
        return person.agency.strip()
    group = group_of(person)
    return GROUP_TITLES[group] if group is not None else person.name
