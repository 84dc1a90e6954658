"""An invented demonstration conference that shows every stage (names and places are fictional).

The Hartfield-Kowalska family, the practitioners and every agency below are made up for
demonstrations and tests; any likeness to real people is accidental. Dates are computed from
`today`, so the demo conference is always a few working days ahead.
"""

from __future__ import annotations

from datetime import date, time

from ..domain.analysis import AnalysisHeading, AnalysisItem, Scaling
from ..domain.conference import (
    Child,
    Conference,
    ConferenceKind,
    ConferenceStatus,
    IntroductionPoint,
)
from ..domain.contribution import AgencyContribution
from ..domain.decision import Category, Decision, Outcome, ParticipantView
from ..domain.exclusion import Exclusion, ExclusionGround, ExclusionScope, ViewsRepresentation
from ..domain.people import (
    AttendanceStatus,
    Presence,
)
from ..domain.profile import AuthorityProfile, Nation
from ..domain.rules.calendar import WorkingCalendar
from ..domain.stages import Stage
from ..domain.voice import ChildsView, ParticipationCode, ViewsRoute
from .cast import AUTHORITY, DemoDay, DemoPeople, demo_children, demo_people
from .record import demo_minutes, demo_plan
from .translations import translate_demo_copy


def _conference_day(today: date) -> tuple[date, WorkingCalendar]:
    calendar = WorkingCalendar(Nation.ENGLAND)
    return calendar.add_working_days(today, 3), calendar


def blank_demo_conference(today: date) -> Conference:
    """The demo family and practitioners invited, with nothing recorded yet."""
    day, calendar = _conference_day(today)
    people = demo_people()
    people.gp.report_received = calendar.add_working_days(day, -2)
    people.social_worker.report_shared_with_family = calendar.add_working_days(day, -3)
    return Conference(
        kind=ConferenceKind.INITIAL, date=day, start_time=time(10, 0),
        venue="Meeting room 2, Example Borough Civic Centre", authority=AUTHORITY,
        strategy_discussion_date=calendar.add_working_days(day, -12),
        children=list(demo_children(day)), invitees=people.all(),
    )


def demo_conference(today: date) -> Conference:
    """The demo conference with every stage recorded, ready for the chair to sign."""
    conference = blank_demo_conference(today)
    people = DemoPeople(*conference.invitees)
    zofia, leo = conference.children
    at = DemoDay(conference.date)
    calendar = WorkingCalendar(Nation.ENGLAND)
    _record_attendance(people, at)
    conference.status = ConferenceStatus.AWAITING_SIGN_OFF
    conference.current_stage = Stage.CLOSE
    conference.introduction_covered = set(IntroductionPoint)
    conference.exclusions = [_exclusion(people, at, calendar, conference.date)]
    conference.childs_views = _childs_views(zofia, leo)
    conference.contributions = _contributions(people)
    conference.analysis = _analysis(zofia, leo)
    conference.scaling = [
        Scaling(person.id, child.id, score, comment)
        for person, scores, comment in (
            (people.social_worker, (3, 3), "Safety depends on the plan holding."),
            (people.teacher, (4, 4), ""),
            (people.health_visitor, (4, 3), "Leo's needs are less visible."),
            (people.nursery, (4, 4), ""),
            (people.mother, (7, 7), "I know we need help but I am trying hard."),
            (people.father, (8, 8), ""),
        )
        for child, score in zip((zofia, leo), scores, strict=True)
    ]
    conference.participant_views = _participant_views(people, zofia, leo)
    conference.decisions = [_decision(child, at) for child in (zofia, leo)]
    conference.plan = demo_plan(people, zofia, leo, conference.date, calendar)
    conference.minutes = demo_minutes(people, zofia, leo, at)
    # The mother reads Polish: her copy shows what a fully translated family copy looks like.
    translate_demo_copy(conference, people.mother.id, "pl", profile=demo_profile())
    return conference


def _record_attendance(people: DemoPeople, at: DemoDay) -> None:
    for person in people.all():
        person.attendance = AttendanceStatus.PRESENT
        person.presence = [Presence(at(10, 0), at(12, 40))]
    people.police.attendance = AttendanceStatus.PART
    people.police.presence = [Presence(at(10, 0), at(11, 5))]
    people.police.part_items = "Introductions to agency information (police)"
    people.father.presence = [Presence(at(10, 0), at(10, 50)), Presence(at(11, 20), at(12, 40))]
    people.gp.attendance = AttendanceStatus.REPORT_ONLY
    people.gp.presence = []
    people.camhs.presence = [Presence(at(10, 0), at(11, 45))]


def _exclusion(people: DemoPeople, at: DemoDay, calendar: WorkingCalendar,
               day: date) -> Exclusion:
    return Exclusion(
        invitee_id=people.father.id,
        grounds={ExclusionGround.CONFIDENTIAL_INFORMATION, ExclusionGround.FAMILY_CONFLICT},
        scope=ExclusionScope.PART,
        requested_by="Example Police Public Protection Unit (DC Nadia Frost)",
        requested_on=calendar.add_working_days(day, -5),
        evidence="Police are investigating an allegation of assault on Marta Kowalska; "
                 "details of the investigation cannot be shared with Mr Hartfield. Ms Kowalska "
                 "told the social worker she cannot describe the incidents freely while he is "
                 "in the room.",
        legal_advice_taken=True,
        legal_advice_note="The council's legal team agreed the exclusion is proportionate "
                          "for this part only.",
        items="Police information; Ms Kowalska's account of the incidents",
        start=at(10, 50), end=at(11, 20),
        views_represented_by=ViewsRepresentation.ADVOCATE,
        views_representation_note="Sam Whitlow, his advocate, stayed and gave his views; "
                                  "he also gave the chair a written statement beforehand.",
        receives_report=True, receives_minutes=True,
        how_told_outcome="The chair told him the outcome in person after the decision, and "
                         "a letter follows within one working day.",
        told_in_writing_on=calendar.add_working_days(day, -4),
        complaints_procedure_given=True,
    )


def _childs_views(zofia: Child, leo: Child) -> list[ChildsView]:
    return [
        ChildsView(
            zofia.id, ParticipationCode.PN6, {ViewsRoute.WRITTEN, ViewsRoute.DRAWING},
            own_words="I like living with Mama and Leo. I don't like the shouting at night "
                      "because I can't sleep and then I'm tired at school. I want Tata to "
                      "come to my school play but not to shout.",
            relayed_by="Amara Okonjo (social worker), who met Zofia at school twice",
            lived_experience="Zofia drew her home with a big tree and a dark window where "
                             "'the loud room' is. She worries about her mother and about Leo.",
        ),
        ChildsView(
            leo.id, ParticipationCode.PN0, {ViewsRoute.OTHER_PRACTITIONER},
            relayed_by="Joanne Mbatha (health visitor) and Chloe Barraclough (nursery)",
            lived_experience="Leo is a lively boy who seeks comfort from his key worker and "
                             "has started flinching at raised voices. He is behind with his "
                             "speech in both languages.",
        ),
    ]


def _contributions(people: DemoPeople) -> list[AgencyContribution]:
    texts = [
        (people.social_worker, "Section 47 enquiries followed two police call-outs in "
                               "October. The children are cared for by their mother; the "
                               "home is often cold and food short at the end of the month. "
                               "Report shared with both parents three days before."),
        (people.teacher, "Zofia's attendance fell to 84% this term; she arrives tired and "
                         "hungry on Mondays. She is bright, loves reading and has friends."),
        (people.health_visitor, "Leo has missed two development reviews; his speech is "
                                "delayed. Ms Kowalska engaged well at the last home visit."),
        (people.nursery, "Leo attends three mornings a week, often late. He is settled with "
                         "his key worker and becomes anxious when adults argue at the door."),
        (people.police, "Two domestic abuse call-outs in October; an investigation is "
                        "ongoing. Details were given while Mr Hartfield was out of the room."),
        (people.gp, "Written report: Ms Kowalska has been treated for low mood. No concerns "
                    "about the children's physical health; immunisations up to date."),
        (people.camhs, "Advised on the impact of domestic abuse on young children and offered "
                       "a consultation to the school and nursery."),
    ]
    # The GP's report is about the mother's health: not for the father, whom police are
    # investigating for an assault on her.
    return [AgencyContribution(person.id, summary=text,
                               not_for={people.father.id} if person is people.gp else set())
            for person, text in texts]


def _analysis(zofia: Child, leo: Child) -> list[AnalysisItem]:
    h = AnalysisHeading
    return [
        AnalysisItem(h.WORRIES, "Zofia and Leo have heard, and may have seen, their parents' "
                                "violent arguments at night."),
        AnalysisItem(h.WORRIES, "Food and heating run short; Zofia comes to school hungry."),
        AnalysisItem(h.WORRIES, "Leo's health reviews have been missed.", [leo.id]),
        AnalysisItem(h.WORKING_WELL, "Ms Kowalska loves the children and asked for help."),
        AnalysisItem(h.WORKING_WELL, "Zofia is doing well at school and has good friends.",
                     [zofia.id]),
        AnalysisItem(h.WORKING_WELL, "Mr Hartfield has agreed to a domestic abuse programme."),
        AnalysisItem(h.NEEDS_TO_HAPPEN, "The children must be safe from violence at home."),
        AnalysisItem(h.NEEDS_TO_HAPPEN, "The family needs enough money, food and heat."),
        AnalysisItem(h.DANGER_STATEMENT, "Professionals worry that Zofia and Leo will be hurt "
                                         "or very frightened if arguments turn violent again."),
        AnalysisItem(h.SAFETY_GOAL, "Zofia and Leo live in a calm home where adults keep them "
                                    "safe, fed and warm, and go to school and nursery on time."),
    ]


def _participant_views(people: DemoPeople, zofia: Child, leo: Child) -> list[ParticipantView]:
    plan, in_need = Outcome.CHILD_PROTECTION_PLAN, Outcome.CHILD_IN_NEED_PLAN
    both = {Category.NEGLECT, Category.EMOTIONAL}
    views = [
        (people.social_worker, plan, both, "Recommends a plan under neglect and emotional abuse."),
        (people.teacher, plan, both, ""),
        (people.health_visitor, plan, both, ""),
        (people.nursery, plan, both, ""),
        (people.police, plan, {Category.EMOTIONAL}, "Given before she left at 11:05."),
        (people.gp, in_need, set(), "In his report: the family would engage with a child in "
                                    "need plan; he does not think a protection plan is needed."),
        (people.mother, in_need, set(), "Agrees the family needs help; would prefer a child in "
                                        "need plan."),
        (people.father, in_need, set(), "Through his advocate: disagrees that the children are "
                                        "at risk of significant harm."),
    ]
    return [ParticipantView(person.id, child.id, outcome, set(categories), comment)
            for person, outcome, categories, comment in views for child in (zofia, leo)]


def _decision(child: Child, at: DemoDay) -> Decision:
    return Decision(
        child_id=child.id, significant_harm=True, outcome=Outcome.CHILD_PROTECTION_PLAN,
        categories={Category.NEGLECT, Category.EMOTIONAL},
        reasons=f"{child.given_name} is likely to suffer significant harm from exposure to "
                "domestic abuse and from neglect of basic needs; the worries are serious and "
                "recent, and the family's strengths need a plan to build on.",
        dissent="Dr Castellan (GP, by written report) and both parents preferred a child in "
                "need plan.",
        decided_at=at(12, 10), quorate_when_decided=True,
    )


def demo_profile() -> AuthorityProfile:
    """The profile of the invented authority the demo belongs to."""
    return AuthorityProfile(name=AUTHORITY, nation=Nation.ENGLAND)

