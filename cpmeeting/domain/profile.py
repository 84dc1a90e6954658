"""The local authority profile: the local variants of the statutory rules (domain.md §11)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .analysis import AnalysisFramework
from .people import PractitionerGroup
from .stages import Stage


class Nation(StrEnum):
    """Whose bank holidays count; England and Wales share a calendar."""

    ENGLAND = "england"
    WALES = "wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern_ireland"


@dataclass
class QuoracySettings:
    """Minimum representation: the lead agency plus N other agencies with direct contact."""

    required_groups: list[PractitionerGroup] = field(
        default_factory=lambda: [PractitionerGroup.CHILDRENS_SOCIAL_CARE]
    )
    # NSPCC as lead statutory body stands in for children's social care.
    lead_alternatives: list[PractitionerGroup] = field(
        default_factory=lambda: [PractitionerGroup.NSPCC]
    )
    min_other_agencies: int = 2
    count_video: bool = True
    count_written_reports: bool = False


@dataclass
class Timescales:
    """Deadlines, in working days unless the name says months (domain.md §2, §3)."""

    initial_working_days: int = 15
    transfer_in_working_days: int = 15
    first_review_months: int = 3
    later_review_months: int = 6
    pre_birth_first_review_months: int = 3
    core_group_working_days: int = 10
    plan_circulation_working_days: int = 1
    minutes_working_days: int = 15
    exclusion_notice_working_days: int = 3
    inquorate_reconvene_working_days: int = 10
    # Attendees may ask for corrections for this long after the minutes are sent (local).
    correction_window_working_days: int = 10


DEFAULT_INTRODUCTION_SCRIPT = (
    "Good morning, everyone. My name is {chair}, and I am the independent chair of this "
    "{kind_lower} for {children}. {minute_taker} is taking the minutes.\n\n"
    "The purpose of today is to bring together the family and the practitioners who know "
    "{children_short}, to share what we know, to decide whether {children_short} "
    "{is_or_are} likely to suffer significant harm, and if so to agree a child protection "
    "plan.\n\n"
    "The agenda is: introductions, attendance, the children's views, each agency's "
    "information, our analysis of the worries and what is working well, the decision, and "
    "the plan.\n\n"
    "What is said here is confidential. It is shared only with those who need it to keep "
    "the children safe.\n\n"
    "Everyone here will be treated with respect. Racist, homophobic, discriminatory or "
    "threatening behaviour will not be tolerated.\n\n"
    "This is not a court. Nobody here is on trial, and the meeting does not decide guilt.\n\n"
    "If you are unhappy with how the conference was run or with its decision, you can "
    "complain; I will explain how at the end, and it is written in the leaflet.\n\n"
    "Let us go round the room: please say your name and your role.\n\n"
    "Present today: {present}."
)


@dataclass
class AuthorityProfile:
    """Everything that differs between local authorities, with domain.md's defaults."""

    name: str = "Example Borough Council"
    nation: Nation = Nation.ENGLAND
    quoracy: QuoracySettings = field(default_factory=QuoracySettings)
    timescales: Timescales = field(default_factory=Timescales)
    analysis_framework: AnalysisFramework = AnalysisFramework.SIGNS_OF_SAFETY
    introduction_script: str = DEFAULT_INTRODUCTION_SCRIPT
    marking: str = "OFFICIAL-SENSITIVE"
    complaints_procedure: str = (
        "Complaints about the conference go to the Safeguarding Unit within 20 working days."
    )
    # The room view's plain words for a stage, where the authority wants its own
    # (domain/room.py PLAIN_STAGE_WORDS for the rest).
    room_stage_words: dict[Stage, str] = field(default_factory=dict)
    # The letter to a child who can read (documents/child_letter.py); blank: the standard one.
    child_letter_wording: str = ""
    # The authority's logo for the documents' header: a PNG or JPEG as base64 text (domain/logo.py);
    # empty: none.
    logo: str = ""
    # The window locks itself after this many minutes without a key or mouse press (0: never),
    # so a record left open on a laptop in a meeting room shows nothing to a passer-by.
    lock_after_idle_minutes: int = 5
