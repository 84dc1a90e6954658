"""Invented conferences for the document tests and the pack benchmark (no real people)."""

from __future__ import annotations

import io
import random
from datetime import date, datetime, timedelta

from cpmeeting.domain.analysis import AnalysisHeading, AnalysisItem, Scaling
from cpmeeting.domain.conference import (
    Child,
    Conference,
    ConferenceKind,
    ConferenceStatus,
    IntroductionPoint,
)
from cpmeeting.domain.contribution import AgencyContribution
from cpmeeting.domain.decision import Category, Decision, Outcome, ParticipantView
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
from cpmeeting.domain.plan import CoreGroup, PlanAction, PlanOutcome, ProtectionPlan
from cpmeeting.domain.stages import Stage
from cpmeeting.domain.voice import ChildsView, ParticipationCode, ViewsRoute

DAY = date(2026, 11, 20)


def at(hour: int, minute: int) -> datetime:
    return datetime(DAY.year, DAY.month, DAY.day, hour, minute)


def person(name: str, role: Role, agency: str = "", group: PractitionerGroup | None = None,
           attendance: AttendanceStatus = AttendanceStatus.PRESENT, **extra) -> Invitee:
    involvement = Involvement.DIRECT_CONTACT if group else None
    return Invitee(name=name, role=role, agency=agency, group=group, involvement=involvement,
                   attendance=attendance, **extra)


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
                    presence=[Presence(at(10, 0), at(10, 40))], part_items="Agency contributions")
    hv = person("Philippa Moorcroft", Role.PRACTITIONER, "Health Visiting Service",
                PractitionerGroup.HEALTH_VISITING, attendance=AttendanceStatus.PRESENT,
                report_received=date(2026, 11, 15))
    gp = person("Dr Osric Belvedere", Role.PRACTITIONER, "Larkspur Surgery", PractitionerGroup.GP,
                attendance=AttendanceStatus.APOLOGIES)
    people = [chair, taker, mother, father, gran, sw, teacher, police, hv, gp]
    conference = Conference(kind=ConferenceKind.INITIAL, date=DAY, venue="Civic Centre, Room 4",
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
                 dissent="The school preferred a child in need plan.", decided_at=at(11, 30),
                 quorate_when_decided=True),
        Decision(leo.id, True, Outcome.CHILD_PROTECTION_PLAN, {Category.NEGLECT},
                 reasons="Leo's needs are not met consistently at home.", decided_at=at(11, 35),
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
                    at(10, 2), chair.id),
        MinuteEntry("Police shared details of the October call-outs.", Stage.CONTRIBUTIONS,
                    at(10, 20), police.id, third_party_confidential=True),
        MinuteEntry("Neighbour's statement described shouting at 2am.", Stage.CONTRIBUTIONS,
                    at(10, 25), police.id, not_for={father.id}),
        MinuteEntry("Delphine said she wants help with bedtime.", Stage.ANALYSIS, at(11, 0),
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
                                    due=DAY + timedelta(days=7 + i)) for i in range(actions)]
    stages = list(Stage)
    base.minutes = [
        MinuteEntry(sentence(rnd.randint(15, 45)), stages[i * len(stages) // entries],
                    at(10, 0) + timedelta(minutes=i // 4), rnd.choice(ids),
                    not_for={father_id}, third_party_confidential=rnd.random() < 0.1)
        for i in range(entries)]
    return base


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page, whitespace collapsed so wrapped phrases still match."""
    from pypdf import PdfReader

    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def all_text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))
