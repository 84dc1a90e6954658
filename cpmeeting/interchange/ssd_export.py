"""A conference as rows of Standard Safeguarding Dataset tables, for the authority's case system.

Only the rows: the field names come from ssd_fields.py, and ssd_files.py writes the CSV and
JSON files. Values are text: dates ISO 8601, flags Y/N, empty for what the record lacks.
Identifiers the record cannot know (the s47 enquiry, the referral, the authority's plan id for
a plan made at an earlier conference) stay empty rather than being invented; the row ids
cpmeeting makes are its own conference and child ids.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from cpmeeting.domain.conference import Child, Conference, ConferenceKind
from cpmeeting.domain.decision import Category, Decision, Outcome, ReviewAction
from cpmeeting.domain.people import PROFESSIONAL_ROLES, Role
from cpmeeting.domain.profile import AuthorityProfile
from cpmeeting.domain.rules.deadlines import conference_due_date
from cpmeeting.domain.rules.quoracy import check_quoracy
from cpmeeting.domain.text import N_
from cpmeeting.domain.voice import ParticipationCode

from .ssd_fields import (
    CATEGORY_LABELS,
    CENSUS_CODES,
    CENSUS_MULTIPLE,
    ICPC_OUTCOME_KEYS,
    MULTIPLE_PREFIX,
    NO,
    SIDE_TABLES,
    SSD_SOURCE,
    YES,
    field_names,
)

Row = dict[str, str]

# Conferences that the dataset records in ssd_initial_cp_conference; the rest are reviews.
INITIAL_KINDS = (ConferenceKind.INITIAL, ConferenceKind.PRE_BIRTH, ConferenceKind.TRANSFER_IN)

# The dataset's labels for cpmeeting's categories, in the dataset's order.
_CATEGORY_LABEL: dict[Category, str] = {
    Category.NEGLECT: "Neglect", Category.PHYSICAL: "Physical abuse",
    Category.SEXUAL: "Sexual abuse", Category.EMOTIONAL: "Emotional abuse",
}
assert set(_CATEGORY_LABEL.values()) == set(CATEGORY_LABELS)

MISSING_CASE_IDS = N_("No case-management id for {children}: type each child's id (the "
                      "authority's person id) on the child's views page, then export again. "
                      "Nothing was written.")


class MissingCaseIds(ValueError):
    """The export is refused: these children have no case-management id."""

    def __init__(self, children: list[Child]) -> None:
        self.children = children
        super().__init__(MISSING_CASE_IDS.format(
            children=", ".join(child.display_name for child in children)))


@dataclass
class SsdExport:
    """The tables of one conference: SSD tables and cpmeeting's own side tables."""

    tables: dict[str, list[Row]] = field(default_factory=dict)
    side_tables: dict[str, list[Row]] = field(default_factory=dict)
    meeting_id: str = ""

    def as_json(self) -> dict:
        """The same data as one JSON document."""
        return {"source": SSD_SOURCE, "meeting_id": self.meeting_id,
                "tables": self.tables, "cpmeeting": self.side_tables}


def missing_case_ids(conference: Conference) -> list[Child]:
    """The children whose case-management id is not typed yet."""
    return [child for child in conference.children if not child.case_management_id.strip()]


def build_ssd_export(conference: Conference, profile: AuthorityProfile) -> SsdExport:
    """The conference's rows; raises MissingCaseIds before building anything."""
    missing = missing_case_ids(conference)
    if missing:
        raise MissingCaseIds(missing)
    quorate = _quorate(conference, profile)
    export = SsdExport(meeting_id=conference.id)
    children = conference.children
    if conference.kind in INITIAL_KINDS:
        export.tables["ssd_initial_cp_conference"] = [
            _icpc_row(conference, profile, child) for child in children]
    else:
        export.tables["ssd_cp_reviews"] = [
            _review_row(conference, profile, child, quorate) for child in children]
    export.tables["ssd_cp_plans"] = [
        row for child in children if (row := _plan_row(conference, child)) is not None]
    export.tables["ssd_professionals"] = _professional_rows(conference)
    export.side_tables["cpmeeting_child_outcomes"] = [
        _outcome_row(conference, child, quorate) for child in children]
    export.side_tables["cpmeeting_attendance"] = _attendance_rows(conference)
    return export


def _row(table: str, **values: str) -> Row:
    """A row with every field of the table, in order; unknown names are a programming error."""
    names = field_names(table) if table.startswith("ssd_") else SIDE_TABLES[table]
    unknown = set(values) - set(names)
    if unknown:
        raise KeyError(f"{table} has no field {sorted(unknown)}")
    return {name: values.get(name, "") for name in names}


def _day(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def _flag(value: bool | None) -> str:
    return "" if value is None else (YES if value else NO)


def _person_id(child: Child) -> str:
    return child.case_management_id.strip()


def _row_id(conference: Conference, child: Child) -> str:
    return f"{conference.id}-{child.id}"


def category_label(categories: set[Category]) -> str:
    """The dataset's label: one category, or "Multiple: ..." in the dataset's order."""
    labels = [_CATEGORY_LABEL[c] for c in _in_order(categories)]
    if len(labels) > 1:
        return MULTIPLE_PREFIX + ", ".join(labels)
    return labels[0] if labels else ""


def census_code(categories: set[Category]) -> str:
    """The CIN census code: NEG, PHY, SAB, EMO, or MUL for several."""
    if len(categories) > 1:
        return CENSUS_MULTIPLE
    return CENSUS_CODES[_CATEGORY_LABEL[next(iter(categories))]] if categories else ""


def _in_order(categories: set[Category]) -> list[Category]:
    order = list(_CATEGORY_LABEL)
    return sorted(categories, key=order.index)


def _has_plan(decision: Decision | None) -> bool:
    return decision is not None and decision.outcome is Outcome.CHILD_PROTECTION_PLAN


def _plan_id(conference: Conference, child: Child) -> str:
    """The plan cpmeeting's conference starts; a plan made earlier has the authority's id."""
    if conference.kind in INITIAL_KINDS and _has_plan(conference.decision_for(child.id)):
        return f"{_row_id(conference, child)}-plan"
    return ""


def outcome_json(decision: Decision | None) -> str:
    """icpc_icpc_outcome_json: every key, whether or not the decision is made."""
    outcome = decision.outcome if decision is not None else None
    flags = {
        "NFA_FLAG": outcome is Outcome.NO_FURTHER_ACTION,
        # A family early help plan is made by another service than children's social care.
        "REFERRAL_TO_OTHER_AGENCY_FLAG": outcome is Outcome.EARLY_HELP_PLAN,
        "SINGLE_ASSESSMENT_FLAG": False,
        # A child in need plan is the provision of services under section 17.
        "PROV_OF_SERVICES_FLAG": outcome is Outcome.CHILD_IN_NEED_PLAN,
        "CP_FLAG": outcome is Outcome.CHILD_PROTECTION_PLAN,
        "OTHER_OUTCOMES_EXIST_FLAG": False,
    }
    value: dict[str, object] = {key: ("" if outcome is None else _flag(flag))
                                for key, flag in flags.items()}
    value["TOTAL_NO_OF_OUTCOMES"] = sum(flags.values())
    comment = ""
    if outcome is not None:
        comment = OUTCOME_LABELS[outcome]
        if decision is not None and decision.categories:
            comment += f" ({category_label(decision.categories)})"
    value["COMMENTS"] = comment
    assert tuple(value) == ICPC_OUTCOME_KEYS
    return json.dumps(value, ensure_ascii=False)


# English on purpose: the case system's feed is not translated.
OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.CHILD_PROTECTION_PLAN: "Child protection plan",
    Outcome.CHILD_IN_NEED_PLAN: "Child in need plan",
    Outcome.EARLY_HELP_PLAN: "Family early help plan",
    Outcome.NO_FURTHER_ACTION: "No further action",
}


def _icpc_row(conference: Conference, profile: AuthorityProfile, child: Child) -> Row:
    decision = conference.decision_for(child.id)
    target = conference_due_date(conference, profile)
    return _row(
        "ssd_initial_cp_conference",
        icpc_icpc_id=_row_id(conference, child),
        icpc_icpc_meeting_id=conference.id,
        icpc_person_id=_person_id(child),
        icpc_cp_plan_id=_plan_id(conference, child),
        icpc_icpc_transfer_in=_flag(conference.kind is ConferenceKind.TRANSFER_IN),
        icpc_icpc_target_date=_day(target.effective if target is not None else None),
        icpc_icpc_date=_day(conference.date),
        icpc_icpc_outcome_cp_flag=(_flag(_has_plan(decision))
                                   if decision is not None and decision.is_made else ""),
        icpc_icpc_outcome_json=outcome_json(decision),
    )


def _continues(decision: Decision | None) -> bool | None:
    if decision is None or decision.review_action is None:
        if decision is not None and decision.outcome is not None:
            return decision.outcome is Outcome.CHILD_PROTECTION_PLAN
        return None
    return decision.review_action is not ReviewAction.DISCONTINUE


def _review_row(conference: Conference, profile: AuthorityProfile, child: Child,
                quorate: bool | None) -> Row:
    decision = conference.decision_for(child.id)
    due = conference_due_date(conference, profile)
    return _row(
        "ssd_cp_reviews",
        cppr_cp_review_id=_row_id(conference, child),
        cppr_person_id=_person_id(child),
        cppr_cp_review_due=_day(due.effective if due is not None else None),
        cppr_cp_review_date=_day(conference.date),
        cppr_cp_review_meeting_id=conference.id,
        cppr_cp_review_outcome_continue_cp=_flag(_continues(decision)),
        cppr_cp_review_quorate=_flag(_quorate_for(decision, quorate)),
        cppr_cp_review_participation=participation(conference, child),
    )


def _plan_row(conference: Conference, child: Child) -> Row | None:
    """A plan started here, or (at a review) the plan's latest category and any end date."""
    decision = conference.decision_for(child.id)
    if conference.kind in INITIAL_KINDS:
        if not _has_plan(decision):
            return None
        label = category_label(decision.categories)
        return _row("ssd_cp_plans", cppl_cp_plan_id=_plan_id(conference, child),
                    cppl_icpc_id=_row_id(conference, child), cppl_person_id=_person_id(child),
                    cppl_cp_plan_start_date=_day(conference.date), cppl_cp_plan_ola=NO,
                    cppl_cp_plan_initial_category=label, cppl_cp_plan_latest_category=label)
    continues = _continues(decision)
    if continues is None:
        return None
    return _row("ssd_cp_plans", cppl_person_id=_person_id(child),
                cppl_cp_plan_end_date="" if continues else _day(conference.date),
                cppl_cp_plan_latest_category=category_label(decision.categories)
                if decision is not None else "")


def _professional_rows(conference: Conference) -> list[Row]:
    """The practitioners invited, with cpmeeting's invitee id (the authority's is not known)."""
    rows = []
    for person in conference.invitees:
        if person.role not in PROFESSIONAL_ROLES and person.role is not Role.CHAIR:
            continue
        rows.append(_row("ssd_professionals", prof_professional_id=person.id,
                         prof_professional_name=person.name,
                         prof_professional_job_title=person.relationship or _ROLE[person.role],
                         prof_professional_department=person.agency))
    return rows


_ROLE: dict[Role, str] = {
    Role.CHAIR: "Independent chair", Role.SOCIAL_WORKER: "Social worker",
    Role.TEAM_MANAGER: "Team manager", Role.PRACTITIONER: "Practitioner",
    Role.SPECIALIST: "Specialist",
}


def participation(conference: Conference, child: Child) -> str:
    """The child's PN code: as recorded, else PN0 for a child under 4 (or unborn)."""
    view = conference.childs_view_for(child.id)
    if view is not None and view.participation is not None:
        return view.participation.value
    age = child.age_on(conference.date)
    if child.is_unborn or (age is not None and age < 4):
        return ParticipationCode.PN0.value
    return ""


def _quorate(conference: Conference, profile: AuthorityProfile) -> bool | None:
    """Quoracy over the meeting, when anyone's attendance is recorded."""
    if not any(person.attendance.attends for person in conference.invitees):
        return None
    return check_quoracy(conference, profile).quorate


def _quorate_for(decision: Decision | None, quorate: bool | None) -> bool | None:
    """Quoracy when this child's decision was taken, if the chair checked it then."""
    if decision is not None and decision.quorate_when_decided is not None:
        return decision.quorate_when_decided
    return quorate


def _outcome_row(conference: Conference, child: Child, quorate: bool | None) -> Row:
    decision = conference.decision_for(child.id)
    categories = decision.categories if decision is not None else set()
    codes = [CENSUS_CODES[_CATEGORY_LABEL[c]] for c in _in_order(categories)]
    return _row(
        "cpmeeting_child_outcomes", person_id=_person_id(child), meeting_id=conference.id,
        conference_kind=conference.kind.value, conference_date=_day(conference.date),
        outcome=decision.outcome.value if decision is not None and decision.outcome else "",
        category_label=category_label(categories), category_census_code=census_code(categories),
        category_census_codes=";".join(codes), quorate=_flag(_quorate_for(decision, quorate)),
        participation=participation(conference, child))


def _attendance_rows(conference: Conference) -> list[Row]:
    return [_row("cpmeeting_attendance", meeting_id=conference.id, name=person.name,
                 role=person.role.value, agency=person.agency,
                 attendance=person.attendance.value,
                 written_report_received=_day(person.report_received))
            for person in conference.invitees
            if person.role not in (Role.MINUTE_TAKER,)]
