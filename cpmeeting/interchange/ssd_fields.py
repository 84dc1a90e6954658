"""The Standard Safeguarding Dataset's tables and fields that the case-system export writes.

Source: the public data-to-insight/ssd-data-model repository, version 1.4.5, files
`data/objects/ssd_initial_cp_conference.yml`, `ssd_cp_plans.yml`, `ssd_cp_reviews.yml` and
`ssd_professionals.yml` (the field names, in the dataset's order, with its descriptions).
The census codes of the categories of abuse are the Children in Need census codes
(data-to-insight's csc-validator-be-cin). This is the one place those names live: the
export takes its CSV headers from here, and a test checks every header it writes against it.

What the dataset has no field for (quoracy and participation at an initial conference,
attendance, the census codes) goes into cpmeeting's own side files, named below with a
`cpmeeting_` prefix so nobody mistakes them for SSD tables.
"""

from __future__ import annotations

SSD_SOURCE = "data-to-insight/ssd-data-model 1.4.5, data/objects/ssd_*.yml"

# table -> ((field, the dataset's description), ...), in the dataset's order.
SSD_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "ssd_initial_cp_conference": (
        ("icpc_icpc_id", "Initial CP Conference ID"),
        ("icpc_icpc_meeting_id", "Initial CP Conference Meeting ID"),
        ("icpc_s47_enquiry_id", "S47 Enquiry ID"),
        ("icpc_person_id", "Person Unique ID"),
        ("icpc_cp_plan_id", "CP Plan ID"),
        ("icpc_referral_id", "Referral ID"),
        ("icpc_icpc_transfer_in", "Is this a transferred in ICPC?"),
        ("icpc_icpc_target_date", "Target ICPC date"),
        ("icpc_icpc_date", "Date of Initial CP Conference"),
        ("icpc_icpc_outcome_cp_flag", "ICPC Outcome CP Flag"),
        ("icpc_icpc_outcome_json", "Outcome of Initial CP Conference"),
        ("icpc_icpc_team", "ICPC Completed by Team"),
        ("icpc_icpc_worker_id", "ICPC Completed by Worker"),
    ),
    "ssd_cp_plans": (
        ("cppl_cp_plan_id", "CP Plan ID"),
        ("cppl_referral_id", "Referral ID"),
        ("cppl_icpc_id", "Initial CP Conference ID"),
        ("cppl_person_id", "Person Unique ID"),
        ("cppl_cp_plan_start_date", "CP Plan Start Date"),
        ("cppl_cp_plan_end_date", "CP Plan End Date"),
        ("cppl_cp_plan_ola", "OLA CP Plan?"),
        ("cppl_cp_plan_initial_category", "CP Plan Initial Category of Abuse"),
        ("cppl_cp_plan_latest_category", "CP Plan Latest Category of Abuse"),
    ),
    "ssd_cp_reviews": (
        ("cppr_cp_review_id", "Review ID"),
        ("cppr_person_id", "Person Unique ID"),
        ("cppr_cp_plan_id", "CP Plan ID"),
        ("cppr_cp_review_due", "Review Due Date"),
        ("cppr_cp_review_date", "Date of Review"),
        ("cppr_cp_review_meeting_id", "CP Review Meeting ID"),
        ("cppr_cp_review_outcome_continue_cp", "CP Plan to Continue?"),
        ("cppr_cp_review_quorate", "Quorate?"),
        ("cppr_cp_review_participation", "Child Participation at Review"),
    ),
    "ssd_professionals": (
        ("prof_professional_id", "Professionals table row ID"),
        ("prof_staff_id", "Staff Identifier"),
        ("prof_professional_name", "Staff name"),
        ("prof_social_worker_registration_no", "Social worker ID - Social Work England "
                                               "(SWE) registration number- if available"),
        ("prof_professional_job_title", "Worker job title e.g. Social Worker"),
        ("prof_professional_caseload", "Number of cases held on previous 30th Sept"),
        ("prof_professional_department", "Worker Department e.g. 'Youth Support Team West'"),
        ("prof_full_time_equivalency", "Full Time Equivalency"),
        ("prof_agency_worker_flag", "Flag for whether the worker is agency"),
    ),
}

# icpc_icpc_outcome_json: "SSD standard - all keys in structure regardless of data presence".
ICPC_OUTCOME_KEYS: tuple[str, ...] = (
    "NFA_FLAG", "REFERRAL_TO_OTHER_AGENCY_FLAG", "SINGLE_ASSESSMENT_FLAG",
    "PROV_OF_SERVICES_FLAG", "CP_FLAG", "OTHER_OUTCOMES_EXIST_FLAG", "TOTAL_NO_OF_OUTCOMES",
    "COMMENTS",
)

# cppr_cp_review_participation's code set.
PARTICIPATION_CODES: tuple[str, ...] = ("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7")

# cppl_cp_plan_*_category's code set (labels), "Multiple: [List of relevant categories]".
CATEGORY_LABELS: tuple[str, ...] = ("Neglect", "Physical abuse", "Sexual abuse",
                                    "Emotional abuse")
MULTIPLE_PREFIX = "Multiple: "

# The CIN census codes for the same categories (csc-validator-be-cin).
CENSUS_CODES: dict[str, str] = {
    "Neglect": "NEG", "Physical abuse": "PHY", "Sexual abuse": "SAB", "Emotional abuse": "EMO",
}
CENSUS_MULTIPLE = "MUL"

YES, NO = "Y", "N"

# cpmeeting's own side files: what SSD has no field for. Never SSD columns.
SIDE_TABLES: dict[str, tuple[str, ...]] = {
    "cpmeeting_child_outcomes": (
        "person_id", "meeting_id", "conference_kind", "conference_date", "outcome",
        "category_label", "category_census_code", "category_census_codes", "quorate",
        "participation",
    ),
    "cpmeeting_attendance": (
        "meeting_id", "name", "role", "agency", "attendance", "written_report_received",
    ),
}


def field_names(table: str) -> tuple[str, ...]:
    """The SSD field names of one table, in the dataset's order."""
    return tuple(name for name, _description in SSD_TABLES[table])


def all_field_names() -> frozenset[str]:
    """Every SSD field name the export may write."""
    return frozenset(name for fields in SSD_TABLES.values() for name, _d in fields)
