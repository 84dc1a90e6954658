"""Who is invited to a conference, in what capacity, and whether and when they were there."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from .ids import new_id


class Role(StrEnum):
    """The capacity in which someone is at the conference (domain.md §1)."""

    CHAIR = "chair"
    MINUTE_TAKER = "minute_taker"
    PARENT = "parent"
    CARER = "carer"
    FAMILY_NETWORK = "family_network"
    CHILD = "child"
    SUPPORTER = "supporter"
    ADVOCATE = "advocate"
    SOLICITOR = "solicitor"
    SOCIAL_WORKER = "social_worker"
    TEAM_MANAGER = "team_manager"
    PRACTITIONER = "practitioner"
    SPECIALIST = "specialist"
    OBSERVER = "observer"
    INTERPRETER = "interpreter"

    @property
    def is_family(self) -> bool:
        return self in FAMILY_ROLES

    @property
    def is_professional(self) -> bool:
        return self in PROFESSIONAL_ROLES


FAMILY_ROLES = frozenset({Role.PARENT, Role.CARER, Role.FAMILY_NETWORK, Role.CHILD})
PROFESSIONAL_ROLES = frozenset(
    {Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.PRACTITIONER, Role.SPECIALIST}
)


class PractitionerGroup(StrEnum):
    """Agencies and practitioner groups; quoracy counts each group (or agency) once."""

    CHILDRENS_SOCIAL_CARE = "childrens_social_care"
    NSPCC = "nspcc"
    SCHOOL = "school"
    EARLY_YEARS = "early_years"
    HEALTH_VISITING = "health_visiting"
    SCHOOL_NURSING = "school_nursing"
    MIDWIFERY = "midwifery"
    GP = "gp"
    PAEDIATRICS = "paediatrics"
    POLICE = "police"
    PROBATION = "probation"
    ADULT_MENTAL_HEALTH = "adult_mental_health"
    SUBSTANCE_MISUSE = "substance_misuse"
    HOUSING = "housing"
    FAMILY_SUPPORT = "family_support"
    FOSTER_CARE = "foster_care"
    RESIDENTIAL_CARE = "residential_care"
    VOLUNTARY_SECTOR = "voluntary_sector"
    ARMED_SERVICES = "armed_services"
    LEGAL = "legal"
    OTHER = "other"


class Involvement(StrEnum):
    """Why a practitioner is there: direct contact counts for quoracy, expertise does not."""

    DIRECT_CONTACT = "direct_contact"
    EXPERTISE = "expertise"


class AttendanceStatus(StrEnum):
    """What happened to one invitation (domain.md §1)."""

    NOT_RECORDED = "not_recorded"
    PRESENT = "present"
    VIDEO = "video"
    PART = "part"
    APOLOGIES = "apologies"
    SUBSTITUTE_SENT = "substitute_sent"
    REPORT_ONLY = "report_only"
    DID_NOT_ATTEND = "did_not_attend"

    @property
    def attends(self) -> bool:
        return self in (AttendanceStatus.PRESENT, AttendanceStatus.VIDEO, AttendanceStatus.PART)


@dataclass
class Presence:
    """One spell in the room: joined at, and left at (None while still there)."""

    joined: datetime
    left: datetime | None = None

    def covers(self, moment: datetime) -> bool:
        return self.joined <= moment and (self.left is None or moment < self.left)


@dataclass
class Invitee:
    """A person invited to the conference, with their attendance."""

    name: str
    role: Role
    agency: str = ""
    group: PractitionerGroup | None = None
    involvement: Involvement | None = None
    relationship: str = ""
    attendance: AttendanceStatus = AttendanceStatus.NOT_RECORDED
    video_agreed_by_chair: bool = False
    presence: list[Presence] = field(default_factory=list)
    part_items: str = ""
    substitute_for: str | None = None
    report_received: date | None = None
    report_shared_with_family: date | None = None
    language: str = "en"
    needs_interpreter: bool = False
    child_id: str | None = None
    id: str = field(default_factory=new_id)

    @property
    def counts_as_family(self) -> bool:
        return self.role.is_family

    def in_room_at(self, moment: datetime | None) -> bool:
        """Whether this person is taking part at the given moment (None: at any point)."""
        if not self.attendance.attends:
            return False
        if moment is None or not self.presence:
            return True
        return any(spell.covers(moment) for spell in self.presence)

    @property
    def is_in_room(self) -> bool:
        """Present now: attending and not currently out of the room."""
        if not self.attendance.attends:
            return False
        return not self.presence or self.presence[-1].left is None
