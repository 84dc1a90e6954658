"""Quoracy at a moment, explained person by person (domain.md §4)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from factories import at, leaves, named, person, practitioner, profile, rules_conference
from hypothesis import given
from hypothesis import strategies as st

from cpmeeting.domain.conference import ConferenceKind, InquoratePath, InquorateRecord
from cpmeeting.domain.people import (
    AttendanceStatus,
    Involvement,
    PractitionerGroup,
    Presence,
    Role,
)
from cpmeeting.domain.rules.quoracy import check_quoracy, inquorate_path_needed
from cpmeeting.domain.stages import Stage

DEFAULT = profile()


def texts(findings):
    return [f.render() for f in findings]


def without(conf, *names):
    conf.invitees = [p for p in conf.invitees if p.name not in names]
    return conf


def test_social_care_and_three_agencies_is_quorate_and_explained():
    verdict = check_quoracy(rules_conference(), DEFAULT)
    assert verdict.quorate
    assert verdict.summary == "Quorate: children's social care and 3 other agencies with direct contact."
    assert texts(verdict.counted) == [
        "Example Borough Children's Services: Grace Mbeki",
        "Larkfield Primary School: Owen Teague",
        "Wessex Police: DC Sam Okafor",
        "Elm Street Surgery: Dr Hana Lindqvist",
    ]
    assert all(f.ok and f.stage is Stage.ATTENDANCE for f in verdict.counted)
    assert "Priya Castellano chairs the conference; the chair is not counted." in texts(
        verdict.not_counted)
    assert "Kerry Thornbury is family; family members are not counted for quoracy." in texts(
        verdict.not_counted)
    assert verdict.missing == []


def test_a_school_is_an_agency_separate_from_childrens_services():
    conf = without(rules_conference(), "Dr Hana Lindqvist")
    verdict = check_quoracy(conf, DEFAULT)
    assert verdict.quorate  # social care + school + police
    school = named(conf, "Owen Teague")
    school.agency = "Example Borough Council"
    named(conf, "Grace Mbeki").agency = "Example Borough Council"
    assert check_quoracy(conf, DEFAULT).quorate  # same council, different practitioner group


def test_several_people_from_one_agency_count_once():
    conf = without(rules_conference(), "Dr Hana Lindqvist", "Owen Teague")
    conf.invitees.append(practitioner("PC Jo Marsh", PractitionerGroup.POLICE, "WESSEX  police"))
    verdict = check_quoracy(conf, DEFAULT)
    assert not verdict.quorate
    assert "Wessex Police: DC Sam Okafor, PC Jo Marsh" in texts(verdict.counted)
    assert "PC Jo Marsh is from Wessex Police, which is counted once." in texts(verdict.not_counted)
    assert texts(verdict.missing) == ["One more agency with direct contact with the child is needed."]


def test_a_second_social_worker_without_an_agency_joins_social_care():
    conf = rules_conference()
    conf.invitees.append(person("Nadia Fairweather", Role.TEAM_MANAGER))
    verdict = check_quoracy(conf, DEFAULT)
    assert "Example Borough Children's Services: Grace Mbeki, Nadia Fairweather" in texts(
        verdict.counted)
    assert len(verdict.counted) == 4


def test_specialists_do_not_count():
    conf = without(rules_conference(), "Dr Hana Lindqvist")
    named(conf, "Owen Teague").role = Role.SPECIALIST
    conf.invitees.append(practitioner("Dr Ines Varga", PractitionerGroup.PAEDIATRICS,
                                      involvement=Involvement.EXPERTISE))
    verdict = check_quoracy(conf, DEFAULT)
    assert not verdict.quorate
    reasons = texts(verdict.not_counted)
    assert ("Owen Teague attends as a specialist, not for direct contact with the child; "
            "specialists are not counted.") in reasons
    assert any(r.startswith("Dr Ines Varga attends as a specialist") for r in reasons)


def test_observers_supporters_advocates_interpreters_do_not_count():
    conf = without(rules_conference(), "Dr Hana Lindqvist", "Owen Teague")
    for name, role in [("Lena Ortiz", Role.OBSERVER), ("Bea Crane", Role.SUPPORTER),
                       ("Ravi Anand", Role.ADVOCATE), ("Marta Nowak", Role.INTERPRETER),
                       ("Colin Reyes", Role.SOLICITOR)]:
        conf.invitees.append(person(name, role, agency="Some Agency"))
    verdict = check_quoracy(conf, DEFAULT)
    assert not verdict.quorate
    assert "Lena Ortiz is an observer; observers are not counted." in texts(verdict.not_counted)
    assert "Marta Nowak is an interpreter; interpreters are not counted." in texts(
        verdict.not_counted)


def test_a_written_report_is_not_attendance_unless_the_authority_says_so():
    conf = rules_conference()
    for name in ("Owen Teague", "Dr Hana Lindqvist"):
        named(conf, name).attendance = AttendanceStatus.REPORT_ONLY
        named(conf, name).report_received = date(2026, 11, 30)
    verdict = check_quoracy(conf, DEFAULT)
    assert not verdict.quorate
    assert "Owen Teague sent a written report; a report is not attendance." in texts(
        verdict.not_counted)
    assert check_quoracy(conf, profile(count_written_reports=True)).quorate


def test_video_counts_by_default_only_with_the_chairs_agreement():
    conf = without(rules_conference(), "Dr Hana Lindqvist")
    police = named(conf, "DC Sam Okafor")
    police.attendance = AttendanceStatus.VIDEO
    verdict = check_quoracy(conf, DEFAULT)
    assert not verdict.quorate
    assert "DC Sam Okafor joined by video without the chair's prior agreement." in texts(
        verdict.not_counted)
    police.video_agreed_by_chair = True
    assert check_quoracy(conf, DEFAULT).quorate
    no_video = check_quoracy(conf, profile(count_video=False))
    assert not no_video.quorate
    assert "DC Sam Okafor joined by video, which this authority does not count." in texts(
        no_video.not_counted)


def test_police_leaving_early_makes_the_decision_inquorate():
    conf = without(rules_conference(), "Dr Hana Lindqvist")
    leaves(named(conf, "DC Sam Okafor"), at(10), at(11, 5))
    assert check_quoracy(conf, DEFAULT, at(10, 30)).quorate
    later = check_quoracy(conf, DEFAULT, at(11, 40))
    assert not later.quorate
    assert later.moment == at(11, 40)
    assert "DC Sam Okafor left at 11:05." in texts(later.not_counted)
    assert later.summary == ("Not quorate: children's social care and only 1 other agency with "
                             "direct contact (2 needed).")
    assert check_quoracy(conf, DEFAULT).quorate  # over the whole meeting they did attend


def test_someone_who_had_not_yet_arrived_is_explained():
    conf = rules_conference()
    gp = named(conf, "Dr Hana Lindqvist")
    gp.presence = [Presence(joined=at(10, 45))]
    assert "Dr Hana Lindqvist had not joined by 10:15 (joined at 10:45)." in texts(
        check_quoracy(conf, DEFAULT, at(10, 15)).not_counted)


def test_apologies_and_absence_are_reasons():
    conf = rules_conference()
    named(conf, "Owen Teague").attendance = AttendanceStatus.APOLOGIES
    named(conf, "Dr Hana Lindqvist").attendance = AttendanceStatus.DID_NOT_ATTEND
    verdict = check_quoracy(conf, DEFAULT)
    assert not verdict.quorate
    assert {"Owen Teague sent apologies.", "Dr Hana Lindqvist did not attend."} <= set(
        texts(verdict.not_counted))


def test_a_substitute_counts_for_the_agency_they_stand_in_for():
    conf = without(rules_conference(), "Dr Hana Lindqvist")
    teacher = named(conf, "Owen Teague")
    teacher.attendance = AttendanceStatus.SUBSTITUTE_SENT
    conf.invitees.append(person("Zara Quinn", Role.PRACTITIONER, substitute_for=teacher.id))
    verdict = check_quoracy(conf, DEFAULT)
    assert verdict.quorate
    assert "Larkfield Primary School: Zara Quinn" in texts(verdict.counted)
    assert "Owen Teague sent a substitute." in texts(verdict.not_counted)


def test_without_childrens_social_care_it_is_not_quorate():
    conf = without(rules_conference(), "Grace Mbeki")
    verdict = check_quoracy(conf, DEFAULT)
    assert not verdict.quorate
    assert texts(verdict.missing) == [
        "Children's social care (or the NSPCC as lead statutory body) is not represented."]
    assert verdict.summary.startswith("Not quorate: children's social care is not represented")


def test_the_nspcc_can_be_the_lead_agency():
    conf = without(rules_conference(), "Grace Mbeki")
    conf.invitees.append(practitioner("Ellis Brand", PractitionerGroup.NSPCC, "NSPCC",
                                      role=Role.SOCIAL_WORKER))
    verdict = check_quoracy(conf, DEFAULT)
    assert verdict.quorate
    assert verdict.summary == "Quorate: the NSPCC and 3 other agencies with direct contact."
    assert texts(verdict.counted)[0] == "NSPCC: Ellis Brand"


def test_a_local_rule_can_require_more_agencies_or_a_paediatrician():
    conf = rules_conference()
    assert not check_quoracy(conf, profile(min_other_agencies=4)).quorate
    strict = profile(required_groups=[PractitionerGroup.CHILDRENS_SOCIAL_CARE,
                                      PractitionerGroup.PAEDIATRICS])
    verdict = check_quoracy(conf, strict)
    assert not verdict.quorate
    assert texts(verdict.missing) == [
        "Paediatrics is required by this authority and is not represented."]


def test_the_findings_translate_before_the_values_go_in():
    verdict = check_quoracy(without(rules_conference(), "Owen Teague", "Dr Hana Lindqvist"), DEFAULT)
    polish = {"{name} chairs the conference; the chair is not counted.":
              "{name} przewodniczy konferencji i nie jest liczony."}
    assert verdict.not_counted[0].render(lambda s: polish.get(s, s)) == (
        "Priya Castellano przewodniczy konferencji i nie jest liczony.")


def test_the_inquorate_path_tells_the_chair_what_to_do_and_by_when():
    conf = without(rules_conference(), "Dr Hana Lindqvist", "Owen Teague")
    verdict = check_quoracy(conf, DEFAULT)
    todo = texts(inquorate_path_needed(verdict, conf, DEFAULT))
    assert todo == [
        "The conference is not quorate and should not ordinarily proceed.",
        "Have an interim protection plan produced, or review the existing plan with those "
        "present.",
        "Record the reasons the conference is not quorate.",
        "Set a new date now: within 10 working days, by 16 Dec 2026.",
    ]
    assert inquorate_path_needed(check_quoracy(rules_conference(), DEFAULT), conf, DEFAULT) == []
    conf.inquorate = InquorateRecord(InquoratePath.REVIEW_EXISTING_PLAN, "School and GP absent",
                                     new_date=date(2026, 12, 18))
    todo = texts(inquorate_path_needed(verdict, conf, DEFAULT))
    assert ("There is no existing plan to review at this conference: have an interim "
            "protection plan produced.") in todo
    assert ("The new date 18 Dec 2026 is later than 16 Dec 2026, 10 working days after this "
            "conference.") in todo
    conf.kind = ConferenceKind.REVIEW
    conf.inquorate = replace(conf.inquorate, new_date=date(2026, 12, 16))
    assert len(inquorate_path_needed(verdict, conf, DEFAULT)) == 1
    assert len(inquorate_path_needed(verdict)) == 4  # without the record: everything to do


AGENCIES = [PractitionerGroup.SCHOOL, PractitionerGroup.POLICE, PractitionerGroup.GP,
            PractitionerGroup.HEALTH_VISITING, PractitionerGroup.HOUSING]
STATUSES = list(AttendanceStatus)


@given(st.lists(st.tuples(st.sampled_from(AGENCIES), st.sampled_from(STATUSES)), max_size=8),
       st.integers(min_value=0, max_value=4))
def test_quorate_exactly_when_enough_distinct_agencies_attend(people, needed):
    conf = without(rules_conference(), "Owen Teague", "DC Sam Okafor", "Dr Hana Lindqvist")
    for number, (group, status) in enumerate(people):
        conf.invitees.append(practitioner(f"Worker {number}", group, attendance=status,
                                          video_agreed_by_chair=True))
    attending = {group for group, status in people if status.attends}
    verdict = check_quoracy(conf, profile(min_other_agencies=needed))
    assert verdict.quorate == (len(attending) >= needed)
    assert len(verdict.counted) == 1 + len(attending)
    # Everyone not counted is given one reason; everyone else is counted.
    reasons = [f.record_id for f in verdict.not_counted]
    assert len(reasons) == len(set(reasons))
    counted = {f.record_id for f in verdict.counted}
    assert counted | set(reasons) == {p.id for p in conf.invitees}
    assert len(reasons) == len(conf.invitees) - (1 + len(attending))


def test_quoracy_moment_is_now_on_the_day_and_the_decision_otherwise():
    from datetime import datetime, timedelta

    from cpmeeting.demo import demo_conference
    from cpmeeting.domain.rules import quoracy_moment

    conference = demo_conference(date(2026, 11, 23))
    on_the_day = datetime.combine(conference.date, datetime.min.time()).replace(hour=10, minute=30)
    assert quoracy_moment(conference, on_the_day) == on_the_day
    decided = max(d.decided_at for d in conference.decisions if d.decided_at)
    assert quoracy_moment(conference, on_the_day + timedelta(days=3)) == decided
    conference.decisions.clear()
    assert quoracy_moment(conference, on_the_day - timedelta(days=3)) is None
