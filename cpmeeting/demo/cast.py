"""The invented cast of the demonstration: the family, the practitioners and the children.

Every name, agency and id here is made up; any likeness to real people is accidental.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ..domain.conference import Child
from ..domain.people import Invitee, Involvement, PractitionerGroup, Role

AUTHORITY = "Example Borough Council"
CHILDREN_SERVICES = "Example Borough Children's Services"


@dataclass
class DemoPeople:
    """The invitees of the demo, by the part they play."""

    chair: Invitee
    minute_taker: Invitee
    social_worker: Invitee
    team_manager: Invitee
    mother: Invitee
    father: Invitee
    interpreter: Invitee
    advocate: Invitee
    police: Invitee
    gp: Invitee
    teacher: Invitee
    health_visitor: Invitee
    nursery: Invitee
    camhs: Invitee

    def all(self) -> list[Invitee]:
        return list(vars(self).values())


def _person(name: str, role: Role, agency: str = "", group: PractitionerGroup | None = None,
            relationship: str = "", **extra: object) -> Invitee:
    involvement = Involvement.DIRECT_CONTACT if group is not None else None
    return Invitee(name=name, role=role, agency=agency, group=group, involvement=involvement,
                   relationship=relationship, **extra)


def demo_people() -> DemoPeople:
    practitioner = Role.PRACTITIONER
    people = DemoPeople(
        chair=_person("Helen Ashcombe", Role.CHAIR, f"{AUTHORITY} Safeguarding Unit",
                      relationship="Independent chair"),
        minute_taker=_person("Gareth Pryce", Role.MINUTE_TAKER, f"{AUTHORITY} Safeguarding Unit"),
        social_worker=_person("Amara Okonjo", Role.SOCIAL_WORKER, CHILDREN_SERVICES,
                              PractitionerGroup.CHILDRENS_SOCIAL_CARE, "Lead social worker"),
        team_manager=_person("Rebecca Lindqvist", Role.TEAM_MANAGER, CHILDREN_SERVICES,
                             PractitionerGroup.CHILDRENS_SOCIAL_CARE, "Team manager"),
        mother=_person("Marta Kowalska", Role.PARENT, relationship="Mother of Zofia and Leo",
                       language="pl", needs_interpreter=True),
        father=_person("Daniel Hartfield", Role.PARENT,
                       relationship="Father of Zofia and Leo; lives apart from the family"),
        interpreter=_person("Irena Zawadzka", Role.INTERPRETER, "Example Language Services",
                            relationship="Polish interpreter for Marta Kowalska", language="pl"),
        advocate=_person("Sam Whitlow", Role.ADVOCATE, "Example Parents' Advocacy Service",
                         relationship="Advocate for Daniel Hartfield"),
        police=_person("DC Nadia Frost", practitioner, "Example Police Public Protection Unit",
                       PractitionerGroup.POLICE, "Investigating officer"),
        gp=_person("Dr Owen Castellan", practitioner, "Hollybrook Medical Practice",
                   PractitionerGroup.GP, "Family GP"),
        teacher=_person("Laura Fenwick", practitioner, "Larkspur Primary School",
                        PractitionerGroup.SCHOOL, "Class teacher of Zofia"),
        health_visitor=_person("Joanne Mbatha", practitioner, "Example Community Health Trust",
                               PractitionerGroup.HEALTH_VISITING, "Health visitor for Leo"),
        nursery=_person("Chloe Barraclough", practitioner, "Little Acorns Nursery",
                        PractitionerGroup.EARLY_YEARS, "Key worker for Leo"),
        camhs=_person("Dr Farid Haddad", Role.SPECIALIST, "Example CAMHS",
                      PractitionerGroup.OTHER, "Consultant child psychiatrist"),
    )
    people.camhs.involvement = Involvement.EXPERTISE
    return people


def demo_children(day: date) -> tuple[Child, Child]:
    # Invented case-management ids, in the shape an authority's system gives.
    zofia = Child("Zofia", "Hartfield", _born(day, 8, 200), gender="female",
                  languages=["pl", "en"], case_management_id="DEMO-0041877")
    leo = Child("Leo", "Hartfield", _born(day, 3, 75), gender="male", languages=["pl", "en"],
                case_management_id="DEMO-0041878")
    return zofia, leo


def _born(day: date, years: int, days_since_birthday: int) -> date:
    """A birth date that makes the child `years` old on day."""
    birthday = day - timedelta(days=days_since_birthday)
    if (birthday.month, birthday.day) == (2, 29):
        birthday -= timedelta(days=1)
    return birthday.replace(year=birthday.year - years)



@dataclass(frozen=True)
class DemoDay:
    """Times on the day of the demo conference: at(11, 5) is 11:05 that day."""

    day: date

    def __call__(self, hour: int, minute: int) -> datetime:
        return datetime.combine(self.day, time(hour, minute))
