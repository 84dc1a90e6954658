"""The conference record: the aggregate that everything else belongs to."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

from .analysis import AnalysisFramework, AnalysisItem, Scaling
from .circulation import Circulation
from .contribution import AgencyContribution
from .correction_request import CorrectionRequest
from .decision import Decision, ParticipantView
from .exclusion import Exclusion
from .ids import new_id
from .kinds import KIND_TITLES, ConferenceKind, ConferenceStatus  # noqa: F401 - re-exported
from .minutes import MinuteEntry
from .people import Invitee, Role
from .plan import ProtectionPlan
from .progress import ActionProgress, CoreGroupMeeting, OutcomeProgress, ScalingPoint
from .stages import Stage
from .text import N_
from .translation import TranslationUnit
from .voice import ChildsView


class IntroductionPoint(StrEnum):
    """What the chair covers when opening the meeting (domain.md §7)."""

    PURPOSE = "purpose"
    AGENDA = "agenda"
    CONFIDENTIALITY = "confidentiality"
    EQUAL_OPPORTUNITIES = "equal_opportunities"
    NOT_A_COURT = "not_a_court"
    COMPLAINTS = "complaints"
    INTRODUCTIONS = "introductions"

    @property
    def title(self) -> str:
        return INTRODUCTION_TITLES[self]


INTRODUCTION_TITLES: dict[IntroductionPoint, str] = {
    IntroductionPoint.PURPOSE: N_("Purpose of the conference"),
    IntroductionPoint.AGENDA: N_("Agenda confirmed"),
    IntroductionPoint.CONFIDENTIALITY: N_("Confidentiality"),
    IntroductionPoint.EQUAL_OPPORTUNITIES: N_("Equal opportunities"),
    IntroductionPoint.NOT_A_COURT: N_("This is not a court"),
    IntroductionPoint.COMPLAINTS: N_("Complaints procedure"),
    IntroductionPoint.INTRODUCTIONS: N_("Introductions: who is here and in what capacity"),
}


class InquoratePath(StrEnum):
    """What the chair does when the conference is not quorate (domain.md §4)."""

    INTERIM_PLAN = "interim_plan"
    REVIEW_EXISTING_PLAN = "review_existing_plan"


@dataclass
class InquorateRecord:
    path: InquoratePath
    reasons: str
    new_date: date | None = None
    recorded_at: datetime | None = None


# SSD's pers_person_id holds at most 20 characters (data-to-insight/ssd-data-model).
CASE_ID_MAX = 20


@dataclass
class Child:
    """A child the conference considers; an unborn child has an expected date instead."""

    given_name: str
    family_name: str
    date_of_birth: date | None = None
    expected_date: date | None = None
    gender: str = ""
    languages: list[str] = field(default_factory=lambda: ["en"])
    # The authority's case-management person id (SSD pers_person_id, at most 20 characters),
    # typed once so that an export's rows join to the authority's own records.
    case_management_id: str = ""
    id: str = field(default_factory=new_id)

    @property
    def is_unborn(self) -> bool:
        return self.date_of_birth is None and self.expected_date is not None

    @property
    def display_name(self) -> str:
        name = f"{self.given_name} {self.family_name}".strip()
        return name or "Unborn baby"

    def age_on(self, day: date) -> int | None:
        if self.date_of_birth is None:
            return None
        born = self.date_of_birth
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@dataclass
class SignOff:
    """The chair's signature on one version of the record."""

    signed_by: str
    role: str
    signed_at: datetime
    version: int
    readiness_waiver: str = ""


@dataclass
class Amendment:
    """A change made after sign-off: a new version with who, when and why."""

    version: int
    made_by: str
    made_at: datetime
    reason: str


@dataclass
class Conference:
    """One child protection conference and everything recorded at it."""

    kind: ConferenceKind
    date: date
    start_time: time | None = None
    venue: str = ""
    authority: str = ""
    status: ConferenceStatus = ConferenceStatus.SCHEDULED
    strategy_discussion_date: date | None = None
    previous_conference_date: date | None = None
    previous_conference_kind: ConferenceKind | None = None
    # A case is a chain of conferences (domain/review.py): the one this follows, and the case
    # id shared along the chain (None: the conference starts its own case).
    previous_conference_id: str | None = None
    case_id: str | None = None
    transfer_notified_date: date | None = None
    brought_forward_reason: str = ""
    # At a review: the family moved permanently and the case transfers to another authority,
    # which is notified on transfer_out_date (its transfer-in conference counts from then).
    transfer_out_authority: str = ""
    transfer_out_date: date | None = None
    children: list[Child] = field(default_factory=list)
    invitees: list[Invitee] = field(default_factory=list)
    introduction_covered: set[IntroductionPoint] = field(default_factory=set)
    exclusions: list[Exclusion] = field(default_factory=list)
    childs_views: list[ChildsView] = field(default_factory=list)
    contributions: list[AgencyContribution] = field(default_factory=list)
    analysis_framework: AnalysisFramework = AnalysisFramework.SIGNS_OF_SAFETY
    analysis: list[AnalysisItem] = field(default_factory=list)
    scaling: list[Scaling] = field(default_factory=list)
    participant_views: list[ParticipantView] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    plan: ProtectionPlan = field(default_factory=ProtectionPlan)
    # At a review, progress since the last conference (domain/progress.py).
    action_progress: list[ActionProgress] = field(default_factory=list)
    outcome_progress: list[OutcomeProgress] = field(default_factory=list)
    core_group_meetings: list[CoreGroupMeeting] = field(default_factory=list)
    child_said_since: dict[str, str] = field(default_factory=dict)  # child id -> what they said
    scaling_history: list[ScalingPoint] = field(default_factory=list)  # earlier conferences
    inquorate: InquorateRecord | None = None
    minutes: list[MinuteEntry] = field(default_factory=list)
    sign_offs: list[SignOff] = field(default_factory=list)
    amendments: list[Amendment] = field(default_factory=list)
    current_stage: Stage = Stage.INTRODUCTION
    stage_budgets_minutes: dict[Stage, int] = field(default_factory=dict)
    # Translations of the free text for family copies (domain/translation.py).
    translations: list[TranslationUnit] = field(default_factory=list)
    # Who was sent which copy, when and how (domain/circulation.py).
    circulations: list[Circulation] = field(default_factory=list)
    # Requests to correct the minutes, and family disagreements (domain/corrections.py).
    corrections: list[CorrectionRequest] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    # Look-ups used by rules, documents and the window.

    def invitee(self, invitee_id: str | None) -> Invitee | None:
        return next((p for p in self.invitees if p.id == invitee_id), None)

    def child(self, child_id: str | None) -> Child | None:
        return next((c for c in self.children if c.id == child_id), None)

    def invitees_with_role(self, *roles: Role) -> list[Invitee]:
        return [p for p in self.invitees if p.role in roles]

    @property
    def chair(self) -> Invitee | None:
        return next(iter(self.invitees_with_role(Role.CHAIR)), None)

    @property
    def minute_taker(self) -> Invitee | None:
        return next(iter(self.invitees_with_role(Role.MINUTE_TAKER)), None)

    @property
    def family(self) -> list[Invitee]:
        return [p for p in self.invitees if p.role.is_family]

    def decision_for(self, child_id: str) -> Decision | None:
        return next((d for d in self.decisions if d.child_id == child_id), None)

    def childs_view_for(self, child_id: str) -> ChildsView | None:
        return next((v for v in self.childs_views if v.child_id == child_id), None)

    def exclusions_of(self, invitee_id: str) -> list[Exclusion]:
        return [e for e in self.exclusions if e.invitee_id == invitee_id]

    def excluded_at(self, moment: datetime) -> list[Invitee]:
        """Family members who are out of the room by an exclusion at this moment."""
        ids = {e.invitee_id for e in self.exclusions if e.applies_at(moment)}
        return [p for p in self.invitees if p.id in ids]

    @property
    def title(self) -> str:
        names = ", ".join(c.display_name for c in self.children) or "No children yet"
        return f"{names} ({self.kind.title}, {self.date.isoformat()})"

    @property
    def is_signed(self) -> bool:
        return bool(self.sign_offs) and self.status is ConferenceStatus.SIGNED

    @property
    def version(self) -> int:
        return 1 + len(self.amendments)
