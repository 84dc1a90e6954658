"""Invented conferences and people for the tests in every folder (all names are made up).

The people are made one way: `person` (present unless said otherwise; a practitioner group
means direct contact with the family) and `practitioner`, its short form. `moments(day)`
gives the times of a conference day. Each family is for the tests of one part, which
assert its names and dates:

- `rules_conference`, `ready_conference`: Maisie and Alfie Thornbury, 2 Dec 2026, quorate with
  three other agencies; the second has everything recorded (the rule tests, tests/domain).
- `family_conference`, `large_conference`: Ava and Leo Thornbury, 20 Nov 2026, an excluded
  father, a plan and minutes (the document tests and the benchmarks).
- `sample_conference(day)`: Amira and Kit Testwood, everyone present but the GP (the window).
- `full_conference(family_name, minutes)`: Amy and an unborn baby, a review on 10 Mar 2026 with
  every kind of record and fields away from their defaults (the store tests).

tests/ is on the import path of every test (the top conftest.py lives there), so each test
says `from factories import ...`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from cpmeeting.domain.analysis import AnalysisFramework, AnalysisHeading, AnalysisItem, Scaling
from cpmeeting.domain.conference import (
    Amendment,
    Child,
    Conference,
    ConferenceKind,
    ConferenceStatus,
    InquoratePath,
    InquorateRecord,
    IntroductionPoint,
    SignOff,
)
from cpmeeting.domain.contribution import AgencyContribution
from cpmeeting.domain.decision import Category, Decision, Outcome, ParticipantView, ReviewAction
from cpmeeting.domain.exclusion import (
    Exclusion,
    ExclusionGround,
    ExclusionScope,
    ViewsRepresentation,
)
from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.people import (
    AttendanceStatus,
    Invitee,
    Involvement,
    PractitionerGroup,
    Presence,
    Role,
)
from cpmeeting.domain.plan import (
    CoreGroup,
    DateOverride,
    LeadStatutoryBody,
    PlanAction,
    PlanOutcome,
    ProtectionPlan,
)
from cpmeeting.domain.profile import AuthorityProfile, Nation
from cpmeeting.domain.stages import Stage
from cpmeeting.domain.voice import ChildsView, ParticipationCode, ViewsRoute

RULES_DAY = date(2026, 12, 2)  # a Wednesday
FAMILY_DAY = date(2026, 11, 20)
SAMPLE_DAY = date(2026, 11, 23)
FULL_DAY = date(2026, 3, 10)


def moments(day: date) -> Callable[..., datetime]:
    """`at(hour, minute=0)`: a moment on this conference day."""
    def at(hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute))

    return at


at = moments(RULES_DAY)
family_at = moments(FAMILY_DAY)
full_at = moments(FULL_DAY)


# People

def person(name: str, role: Role, agency: str = "", group: PractitionerGroup | None = None,
           **fields: object) -> Invitee:
    """Someone invited, present for the whole meeting unless fields say otherwise; one of a
    practitioner group has direct contact with the family unless said otherwise."""
    fields.setdefault("attendance", AttendanceStatus.PRESENT)
    if group is not None:
        fields.setdefault("involvement", Involvement.DIRECT_CONTACT)
    return Invitee(name=name, role=role, agency=agency, group=group, **fields)


def practitioner(name: str, group: PractitionerGroup, agency: str = "",
                 role: Role = Role.PRACTITIONER, **fields: object) -> Invitee:
    """A practitioner with direct contact, present for the whole meeting unless said otherwise."""
    return person(name, role, agency, group, **fields)


def named(conf: Conference, name: str) -> Invitee:
    """The invitee with this name."""
    return next(p for p in conf.invitees if p.name == name)


def leaves(invitee: Invitee, joined: datetime, left: datetime) -> None:
    """Record that someone came for part of the meeting only."""
    invitee.attendance = AttendanceStatus.PART
    invitee.presence = [Presence(joined=joined, left=left)]


# Rules and records

def profile(nation: Nation = Nation.ENGLAND, **quoracy: object) -> AuthorityProfile:
    """The default profile, with quoracy settings changed as asked."""
    result = AuthorityProfile(nation=nation)
    for name, value in quoracy.items():
        setattr(result.quoracy, name, value)
    return result


def complete_exclusion(conf: Conference, invitee: Invitee) -> Exclusion:
    """An exclusion of a parent for part of the meeting, recorded in full."""
    return Exclusion(
        invitee_id=invitee.id,
        grounds={ExclusionGround.PRACTITIONER_FEAR},
        scope=ExclusionScope.PART,
        requested_by="Wessex Police",
        requested_on=date(2026, 11, 25),
        evidence="Threats made to the teacher on 20 November.",
        items="Police information",
        start=at(10, 40),
        end=at(11, 0),
        views_represented_by=ViewsRepresentation.SOCIAL_WORKER,
        receives_minutes=True,
        how_told_outcome="Letter from the chair the next day.",
        told_in_writing_on=date(2026, 11, 26),
        complaints_procedure_given=True,
    )


# The families

def rules_conference(kind: ConferenceKind = ConferenceKind.INITIAL, **fields: object) -> Conference:
    """An initial conference on 2 Dec 2026 for two children, with the usual people present.

    Social worker (children's social care), teacher (school), police officer, GP, both
    parents, the chair and the minute-taker: quorate with 3 other agencies.
    """
    fields.setdefault("strategy_discussion_date", date(2026, 11, 12))
    result = Conference(kind=kind, date=RULES_DAY, start_time=time(10, 0), **fields)
    result.children = [
        Child("Maisie", "Thornbury", date_of_birth=date(2013, 5, 14)),
        Child("Alfie", "Thornbury", date_of_birth=date(2024, 2, 3)),
    ]
    result.invitees = [
        person("Priya Castellano", Role.CHAIR),
        person("Tom Ashdown", Role.MINUTE_TAKER),
        practitioner("Grace Mbeki", PractitionerGroup.CHILDRENS_SOCIAL_CARE,
                     "Example Borough Children's Services", role=Role.SOCIAL_WORKER),
        practitioner("Owen Teague", PractitionerGroup.SCHOOL, "Larkfield Primary School"),
        practitioner("DC Sam Okafor", PractitionerGroup.POLICE, "Wessex Police"),
        practitioner("Dr Hana Lindqvist", PractitionerGroup.GP, "Elm Street Surgery"),
        person("Kerry Thornbury", Role.PARENT, relationship="mother"),
        person("Dean Thornbury", Role.PARENT, relationship="father"),
    ]
    return result


def ready_conference() -> Conference:
    """A conference with everything recorded: the readiness check finds nothing missing."""
    conf = rules_conference()
    conf.introduction_covered = set(IntroductionPoint)
    social_worker = named(conf, "Grace Mbeki")
    for child in conf.children:
        conf.childs_views.append(ChildsView(
            child_id=child.id,
            participation=ParticipationCode.PN6 if child.given_name == "Maisie"
            else ParticipationCode.PN0,
            routes={ViewsRoute.WRITTEN} if child.given_name == "Maisie"
            else {ViewsRoute.SOCIAL_WORKER},
            own_words="I want my mum to stop shouting.",
        ))
        conf.decisions.append(Decision(
            child_id=child.id, significant_harm=True, outcome=Outcome.CHILD_PROTECTION_PLAN,
            categories={Category.EMOTIONAL}, reasons="Ongoing domestic abuse in the home.",
            decided_at=at(11, 45),
        ))
    for invitee in conf.invitees:
        if invitee.role in (Role.SOCIAL_WORKER, Role.PRACTITIONER):
            conf.contributions.append(AgencyContribution(invitee.id, summary="Report given."))
    conf.analysis = [
        AnalysisItem(AnalysisHeading.WORRIES, "Shouting and a broken door."),
        AnalysisItem(AnalysisHeading.WORKING_WELL, "Maisie attends school every day."),
        AnalysisItem(AnalysisHeading.NEEDS_TO_HAPPEN, "A safety plan agreed with both parents."),
    ]
    outcome = PlanOutcome("The children live free from domestic abuse.", "No incidents",
                          date(2027, 3, 1))
    conf.plan.lead_social_worker_id = social_worker.id
    conf.plan.outcomes = [outcome]
    conf.plan.actions = [PlanAction("Domestic abuse programme", owner_id=named(
        conf, "Dean Thornbury").id, due=date(2027, 1, 15), outcome_id=outcome.id)]
    conf.plan.contingency = "An urgent strategy discussion if another incident happens."
    conf.plan.core_group = CoreGroup(member_ids=[social_worker.id, named(conf, "Owen Teague").id])
    return conf


def family_conference() -> Conference:
    """Two children, a full attendance list, an excluded father, a plan, minutes."""
    ava = Child("Ava", "Thornbury", date_of_birth=date(2016, 3, 14))
    leo = Child("Leo", "Thornbury", date_of_birth=date(2021, 9, 2))
    chair = person("Imogen Castellane", Role.CHAIR, "Safeguarding Unit")
    taker = person("Rufus Penhallow", Role.MINUTE_TAKER, "Safeguarding Unit")
    mother = person("Delphine Thornbury", Role.PARENT, relationship="Mother")
    father = person("Caspar Thornbury", Role.PARENT, relationship="Father",
                    attendance=AttendanceStatus.DID_NOT_ATTEND)
    gran = person("Winifred Ashdown", Role.FAMILY_NETWORK, relationship="Maternal grandmother",
                  attendance=AttendanceStatus.APOLOGIES)
    sw = person("Tobias Wrenfield", Role.SOCIAL_WORKER, "Children's Services",
                PractitionerGroup.CHILDRENS_SOCIAL_CARE, report_received=date(2026, 11, 17),
                report_shared_with_family=date(2026, 11, 18))
    teacher = person("Marisol Quenby", Role.PRACTITIONER, "Elmfield Primary School",
                     PractitionerGroup.SCHOOL, report_received=date(2026, 11, 16))
    police = person("DC Anselm Hartigan", Role.PRACTITIONER, "Police",
                    PractitionerGroup.POLICE, attendance=AttendanceStatus.PART,
                    presence=[Presence(family_at(10, 0), family_at(10, 40))], part_items="Agency contributions")
    hv = person("Philippa Moorcroft", Role.PRACTITIONER, "Health Visiting Service",
                PractitionerGroup.HEALTH_VISITING, report_received=date(2026, 11, 15))
    gp = person("Dr Osric Belvedere", Role.PRACTITIONER, "Larkspur Surgery", PractitionerGroup.GP,
                attendance=AttendanceStatus.APOLOGIES)
    people = [chair, taker, mother, father, gran, sw, teacher, police, hv, gp]
    conference = Conference(kind=ConferenceKind.INITIAL, date=FAMILY_DAY, venue="Civic Centre, Room 4",
                            authority="Example Borough Council", children=[ava, leo],
                            invitees=people, status=ConferenceStatus.AWAITING_SIGN_OFF,
                            strategy_discussion_date=date(2026, 11, 2))
    conference.introduction_covered = set(IntroductionPoint)
    conference.exclusions.append(Exclusion(
        invitee_id=father.id, grounds={ExclusionGround.INTERFERENCE, ExclusionGround.BAIL_CONDITIONS},
        scope=ExclusionScope.WHOLE, requested_by="Police", requested_on=date(2026, 11, 12),
        evidence="Bail conditions forbid contact with Delphine; threats made on 3 November.",
        legal_advice_taken=True, legal_advice_note="Legal services confirmed the bail terms.",
        views_represented_by=ViewsRepresentation.WRITTEN,
        views_representation_note="Written statement read out by the chair.",
        receives_report=True, receives_minutes=False,
        how_told_outcome="Letter from the chair within one working day.",
        told_in_writing_on=date(2026, 11, 13), complaints_procedure_given=True))
    conference.childs_views += [
        ChildsView(ava.id, ParticipationCode.PN6, {ViewsRoute.WRITTEN, ViewsRoute.DRAWING},
                   own_words="I like it when Mum walks me to school. I get scared at night.",
                   relayed_by="Tobias Wrenfield"),
        ChildsView(leo.id, ParticipationCode.PN0, {ViewsRoute.SOCIAL_WORKER},
                   lived_experience="Leo is cheerful at nursery and clings to his mother at home time."),
    ]
    conference.contributions += [
        AgencyContribution(sw.id, summary="Home conditions have declined since September."),
        AgencyContribution(teacher.id, summary="Ava's attendance is 82%; she is often hungry."),
        AgencyContribution(police.id, summary="Two call-outs to the address in October."),
        AgencyContribution(hv.id, summary="Leo's immunisations are up to date."),
    ]
    conference.analysis += [
        AnalysisItem(AnalysisHeading.WORRIES, "Adult conflict at home at night."),
        AnalysisItem(AnalysisHeading.WORKING_WELL, "Delphine takes Ava to school every day."),
        AnalysisItem(AnalysisHeading.NEEDS_TO_HAPPEN, "A safe bedtime routine for both children."),
    ]
    conference.scaling += [Scaling(sw.id, ava.id, 3, "Worried about nights."),
                           Scaling(teacher.id, ava.id, 4)]
    conference.participant_views += [
        ParticipantView(sw.id, ava.id, Outcome.CHILD_PROTECTION_PLAN, {Category.EMOTIONAL}),
        ParticipantView(teacher.id, ava.id, Outcome.CHILD_IN_NEED_PLAN, comment="Support first."),
    ]
    conference.decisions += [
        Decision(ava.id, True, Outcome.CHILD_PROTECTION_PLAN, {Category.EMOTIONAL},
                 reasons="Ava is exposed to adult conflict at night and is frightened.",
                 dissent="The school preferred a child in need plan.", decided_at=family_at(11, 30),
                 quorate_when_decided=True),
        Decision(leo.id, True, Outcome.CHILD_PROTECTION_PLAN, {Category.NEGLECT},
                 reasons="Leo's needs are not met consistently at home.", decided_at=family_at(11, 35),
                 quorate_when_decided=True),
    ]
    change = PlanOutcome("Nights at home are calm and safe for the children.",
                         measure="Ava tells her teacher she sleeps well.", by_when=date(2027, 2, 20))
    conference.plan = ProtectionPlan(
        lead_social_worker_id=sw.id, childs_needs="Safety at night; regular meals.",
        outcomes=[change],
        actions=[PlanAction("Refer Delphine to the domestic abuse service.", owner_id=sw.id,
                            due=date(2026, 11, 27), outcome_id=change.id),
                 PlanAction("Provide breakfast club place for Ava.", owner_id=teacher.id,
                            due=date(2026, 12, 1)),
                 PlanAction("Keep a bedtime diary.", owner_id=mother.id, due=date(2026, 12, 4))],
        contingency="If nights stay unsafe, a legal planning meeting will be held.",
        core_group=CoreGroup([sw.id, teacher.id, mother.id], first_meeting=date(2026, 12, 3)))
    conference.minutes += [
        MinuteEntry("The chair opened the conference and explained its purpose.", Stage.INTRODUCTION,
                    family_at(10, 2), chair.id),
        MinuteEntry("Police shared details of the October call-outs.", Stage.CONTRIBUTIONS,
                    family_at(10, 20), police.id, third_party_confidential=True),
        MinuteEntry("Neighbour's statement described shouting at 2am.", Stage.CONTRIBUTIONS,
                    family_at(10, 25), police.id, not_for={father.id}),
        MinuteEntry("Delphine said she wants help with bedtime.", Stage.ANALYSIS, family_at(11, 0),
                    mother.id),
    ]
    for entry in conference.minutes:  # the father was out of the room for all of it
        entry.not_for.add(father.id)
    return conference


WORDS = ("school", "home", "night", "support", "visit", "health", "plan", "family", "safe",
         "meals", "routine", "worries", "progress", "contact", "report", "nursery")


def large_conference(children: int = 6, invitees: int = 30, entries: int = 400,
                     actions: int = 40, seed: int = 7) -> Conference:
    """A large invented conference for the pack benchmark."""
    rnd = random.Random(seed)
    base = family_conference()
    kids = [Child(f"Child{i}", "Fernsby", date_of_birth=date(2012 + i, 1 + i, 3))
            for i in range(children)]
    base.children = kids
    groups = [g for g in PractitionerGroup if g is not PractitionerGroup.OTHER]
    while len(base.invitees) < invitees:
        n = len(base.invitees)
        base.invitees.append(person(f"Practitioner {n} Vance", Role.PRACTITIONER, f"Agency {n}",
                                    groups[n % len(groups)]))
    ids = [p.id for p in base.invitees]
    father_id = base.exclusions[0].invitee_id

    def sentence(k: int) -> str:
        return " ".join(rnd.choice(WORDS) for _ in range(k)).capitalize() + "."

    base.childs_views = [ChildsView(k.id, ParticipationCode.PN1, {ViewsRoute.IN_PERSON},
                                    own_words=sentence(20)) for k in kids]
    base.decisions = [Decision(k.id, True, Outcome.CHILD_PROTECTION_PLAN, {Category.NEGLECT},
                               reasons=sentence(25)) for k in kids]
    base.contributions = [AgencyContribution(i, summary=sentence(40)) for i in ids[5:]]
    base.plan.actions = [PlanAction(sentence(10), owner_id=rnd.choice(ids),
                                    due=FAMILY_DAY + timedelta(days=7 + i)) for i in range(actions)]
    stages = list(Stage)
    base.minutes = [
        MinuteEntry(sentence(rnd.randint(15, 45)), stages[i * len(stages) // entries],
                    family_at(10, 0) + timedelta(minutes=i // 4), rnd.choice(ids),
                    not_for={father_id}, third_party_confidential=rnd.random() < 0.1)
        for i in range(entries)]
    return base


def sample_conference(day: date = SAMPLE_DAY, **fields: object) -> Conference:
    """An invented initial conference for two children; everyone present except the GP.

    Fields given replace the sample's (other children, a status, a strategy discussion date).
    """
    sample: dict[str, object] = dict(
        kind=ConferenceKind.INITIAL, date=day, venue="Room 4, Civic Centre",
        strategy_discussion_date=day - timedelta(days=14),
        children=[Child("Amira", "Testwood", date(2016, 5, 2)),
                  Child("Kit", "Testwood", date(2020, 1, 9))],
        invitees=[
            person("Clare Chairwell", Role.CHAIR),
            person("Mina Notesby", Role.MINUTE_TAKER),
            practitioner("Sam Casework", PractitionerGroup.CHILDRENS_SOCIAL_CARE,
                         "Children's Services", role=Role.SOCIAL_WORKER),
            person("Dana Testwood", Role.PARENT, relationship="Mother"),
            person("Owen Testwood", Role.PARENT, relationship="Father"),
            practitioner("Priya Hillside", PractitionerGroup.SCHOOL, "Hillside Primary School"),
            practitioner("Gil Surgery", PractitionerGroup.GP, "Park Surgery",
                         attendance=AttendanceStatus.APOLOGIES),
        ],
    )
    return Conference(**{**sample, **fields})


def full_conference(family_name: str = "Marwick", minutes: int = 6) -> Conference:
    """An invented review conference with every kind of record and non-default fields."""
    amy = Child("Amy", family_name, date_of_birth=date(2014, 5, 2), gender="female",
                languages=["en", "pl"])
    unborn = Child("", "", expected_date=date(2026, 7, 1))
    unrecorded = AttendanceStatus.NOT_RECORDED  # the chair's and minute-taker's, here
    chair = person("Priya Chairwoman", Role.CHAIR, "Safeguarding Unit", attendance=unrecorded)
    taker = person("Tom Notes", Role.MINUTE_TAKER, attendance=unrecorded)
    mother = person(f"Kasia {family_name}", Role.PARENT, relationship="mother",
                    attendance=AttendanceStatus.PART, language="pl", needs_interpreter=True,
                    presence=[Presence(full_at(10), full_at(10, 40)), Presence(full_at(11, 5))],
                    part_items="Introductions; decision")
    social_worker = practitioner("Sam Case", PractitionerGroup.CHILDRENS_SOCIAL_CARE,
                                 "Children's Services", role=Role.SOCIAL_WORKER,
                                 report_received=date(2026, 3, 5),
                                 report_shared_with_family=date(2026, 3, 6))
    police = practitioner("PC Lane", PractitionerGroup.POLICE, "Police",
                          attendance=AttendanceStatus.PART,
                          presence=[Presence(full_at(10), full_at(10, 30))])
    gp = practitioner("Dr Report", PractitionerGroup.GP, "Surgery",
                      attendance=AttendanceStatus.REPORT_ONLY, child_id=amy.id)
    people = [chair, taker, mother, social_worker, police, gp]
    outcome = PlanOutcome("Amy goes to school every day", measure="95% attendance",
                          by_when=date(2026, 6, 1), child_ids=[amy.id])
    conference = Conference(
        kind=ConferenceKind.REVIEW, date=FULL_DAY, start_time=time(10, 0),
        venue="Room 4, Civic Centre",
        authority="Example Borough Council", status=ConferenceStatus.IN_PROGRESS,
        previous_conference_date=date(2025, 12, 9),
        previous_conference_kind=ConferenceKind.INITIAL,
        brought_forward_reason="A baby is due into the household",
        children=[amy, unborn], invitees=people,
        introduction_covered={IntroductionPoint.PURPOSE, IntroductionPoint.NOT_A_COURT},
        exclusions=[Exclusion(
            mother.id, grounds={ExclusionGround.CONFIDENTIAL_INFORMATION,
                                ExclusionGround.FAMILY_CONFLICT},
            scope=ExclusionScope.PART, requested_by="Police", requested_on=date(2026, 3, 4),
            evidence="Ongoing investigation", legal_advice_taken=True, items="Police information",
            start=full_at(10, 40), end=full_at(11, 5), views_represented_by=ViewsRepresentation.ADVOCATE,
            told_in_writing_on=date(2026, 3, 9), complaints_procedure_given=True)],
        childs_views=[ChildsView(amy.id, ParticipationCode.PN6,
                                 {ViewsRoute.DRAWING, ViewsRoute.SOCIAL_WORKER},
                                 own_words="I like my teacher", relayed_by="Sam Case")],
        contributions=[AgencyContribution(police.id, summary="Two call-outs",
                                          view_on_decision="Continue the plan")],
        analysis_framework=AnalysisFramework.SIGNS_OF_SAFETY,
        analysis=[AnalysisItem(AnalysisHeading.WORRIES, "Missed appointments", [amy.id]),
                  AnalysisItem(AnalysisHeading.WORKING_WELL, "Grandmother helps")],
        scaling=[Scaling(social_worker.id, amy.id, 4, comment="Some progress")],
        participant_views=[ParticipantView(gp.id, amy.id, Outcome.CHILD_IN_NEED_PLAN,
                                           comment="Disagrees")],
        decisions=[Decision(amy.id, significant_harm=True,
                            outcome=Outcome.CHILD_PROTECTION_PLAN,
                            categories={Category.NEGLECT, Category.EMOTIONAL},
                            review_action=ReviewAction.CONTINUE, reasons="Risk remains",
                            dissent="GP", decided_at=full_at(11, 30), quorate_when_decided=True)],
        plan=ProtectionPlan(
            lead_statutory_body=LeadStatutoryBody.CHILDRENS_SOCIAL_CARE,
            lead_social_worker_id=social_worker.id, childs_needs="Routine and safety",
            outcomes=[outcome],
            actions=[PlanAction("Walk Amy to school", owner_id=mother.id, due=date(2026, 4, 1),
                                outcome_id=outcome.id),
                     PlanAction("Parenting course referral", owner_text="Family Hub")],
            contingency="Legal planning meeting",
            core_group=CoreGroup([social_worker.id, mother.id], date(2026, 3, 24), "Fortnightly"),
            date_overrides=[DateOverride("review", date(2026, 9, 1), "Summer holidays")]),
        inquorate=InquorateRecord(InquoratePath.REVIEW_EXISTING_PLAN, "Health absent",
                                  date(2026, 3, 20), full_at(10, 15)),
        minutes=[MinuteEntry(f"Entry {i}", Stage.CONTRIBUTIONS, full_at(10, i), speaker_id=police.id,
                             not_for={mother.id} if i % 2 else set(),
                             third_party_confidential=i == 3) for i in range(minutes)],
        sign_offs=[SignOff("Priya Chairwoman", "Chair", full_at(12), 1)],
        amendments=[Amendment(2, "Priya Chairwoman", full_at(15), "Spelling of a name")],
        current_stage=Stage.DECISION,
        stage_budgets_minutes={Stage.INTRODUCTION: 10, Stage.DECISION: 15},
    )
    return conference
