"""The demo conference's outline plan and minutes (invented; see cast.py)."""

from __future__ import annotations

from datetime import date

from ..domain.conference import Child
from ..domain.minutes import MinuteEntry
from ..domain.plan import CoreGroup, PlanAction, PlanOutcome, ProtectionPlan
from ..domain.rules.calendar import WorkingCalendar, add_months
from ..domain.stages import Stage
from .cast import DemoDay, DemoPeople


def demo_plan(people: DemoPeople, zofia: Child, leo: Child, day: date,
              calendar: WorkingCalendar) -> ProtectionPlan:
    """Four outcomes and eight actions, with owners from the family and the agencies."""
    both = [zofia.id, leo.id]
    safe = PlanOutcome("Zofia and Leo live free from domestic abuse at home.",
                       "No police call-outs; the children say home is calm.",
                       add_months(day, 3), both)
    basics = PlanOutcome("The children are fed, warm and have what they need every day.",
                         "School and nursery see no hunger; the home is heated.",
                         add_months(day, 2), both)
    health = PlanOutcome("Leo's health and speech needs are met.",
                         "Development review done; speech therapy started.",
                         add_months(day, 3), [leo.id])
    school = PlanOutcome("Zofia attends school on time and rested.",
                         "Attendance above 95% by the review.", add_months(day, 3), [zofia.id])
    weeks = lambda n: calendar.add_working_days(day, 5 * n)  # noqa: E731 - reads as "in n weeks"
    actions = [
        PlanAction("Complete the domestic abuse perpetrator programme assessment.",
                   people.father.id, due=weeks(4), outcome_id=safe.id),
        # The mother's safety from the father is not for his copy.
        PlanAction("Agree a written safety plan with Ms Kowalska, in Polish.",
                   people.social_worker.id, due=weeks(1), outcome_id=safe.id,
                   not_for={people.father.id}),
        PlanAction("Refer Ms Kowalska to the Example Women's Aid outreach service.",
                   people.social_worker.id, due=weeks(1), outcome_id=safe.id,
                   not_for={people.father.id}),
        PlanAction("Apply for the household support fund and check benefits.",
                   people.mother.id, due=weeks(2), outcome_id=basics.id),
        PlanAction("Offer Zofia breakfast club every morning.",
                   people.teacher.id, due=weeks(1), outcome_id=school.id),
        PlanAction("Complete Leo's development review and refer to speech therapy.",
                   people.health_visitor.id, due=weeks(3), outcome_id=health.id),
        PlanAction("Share a weekly note of Leo's attendance and wellbeing with the social "
                   "worker.", people.nursery.id, due=weeks(2), outcome_id=health.id),
        PlanAction("Offer a consultation to the school and nursery on supporting the "
                   "children.", people.camhs.id, due=weeks(6), outcome_id=safe.id),
    ]
    return ProtectionPlan(
        lead_social_worker_id=people.social_worker.id,
        childs_needs="Safety from domestic abuse; enough food and warmth; Leo's speech and "
                     "health reviews; Zofia's school attendance and rest.",
        outcomes=[safe, basics, health, school],
        actions=actions,
        contingency="If there is another incident of domestic abuse, or the safety plan is "
                    "not kept, the social worker will call a strategy discussion and the "
                    "team manager will seek legal advice about the children's safety.",
        core_group=CoreGroup(
            member_ids=[people.social_worker.id, people.mother.id, people.father.id,
                        people.teacher.id, people.health_visitor.id, people.nursery.id],
            first_meeting=calendar.add_working_days(day, 8),
        ),
    )


def demo_minutes(people: DemoPeople, zofia: Child, leo: Child, at: DemoDay) -> list[MinuteEntry]:
    """About thirty entries across the stages, with the confidential police section kept out."""
    father = {people.father.id}
    p = people
    s = Stage
    rows: list[tuple[int, int, Stage, object, str, set[str], bool]] = [
        (10, 0, s.INTRODUCTION, p.chair, "The chair welcomed everyone and explained the "
         "purpose of the conference. Irena Zawadzka interprets for Ms Kowalska.", set(), False),
        (10, 3, s.INTRODUCTION, p.chair, "Confidentiality, equal opportunities and the "
         "complaints procedure explained; the chair said this is not a court.", set(), False),
        (10, 6, s.INTRODUCTION, None, "Everyone introduced themselves and their role.",
         set(), False),
        (10, 10, s.ATTENDANCE, p.chair, "Dr Castellan (GP) could not attend and sent a "
         "written report, which was shared before the meeting.", set(), False),
        (10, 12, s.ATTENDANCE, p.chair, "The conference is quorate: children's social care, "
         "school, health visiting, nursery and police are represented.", set(), False),
        (10, 15, s.ATTENDANCE, p.police, "DC Frost must leave at about 11:05 for court.",
         set(), False),
        (10, 18, s.EXCLUSIONS, p.chair, "Mr Hartfield will be asked to leave for the police "
         "information and for Ms Kowalska's account. Police asked for this five working days "
         "ago; he was told in writing and given the complaints procedure.", set(), False),
        (10, 20, s.EXCLUSIONS, p.advocate, "Sam Whitlow will stay and put Mr Hartfield's "
         "views while he is out of the room.", set(), False),
        (10, 24, s.CHILDS_VIEWS, p.social_worker, f"{zofia.given_name} wrote a letter and drew "
         "a picture of her home; the social worker read the letter to the conference.",
         set(), False),
        (10, 28, s.CHILDS_VIEWS, p.health_visitor, f"{leo.given_name} is too young to give "
         "his views; he seeks comfort from his key worker and flinches at raised voices.",
         set(), False),
        (10, 32, s.CONTRIBUTIONS, p.social_worker, "The social worker presented her report "
         "and recommended a child protection plan.", set(), False),
        (10, 38, s.CONTRIBUTIONS, p.teacher, "Zofia's attendance is 84%; she is often tired "
         "and hungry on Mondays, and is doing well in reading.", set(), False),
        (10, 42, s.CONTRIBUTIONS, p.health_visitor, "Leo missed two development reviews; his "
         "speech is delayed in both languages.", set(), False),
        (10, 46, s.CONTRIBUTIONS, p.nursery, "Leo is settled at nursery but often late.",
         set(), False),
        (10, 50, s.EXCLUSIONS, p.chair, "Mr Hartfield left the room at 10:50 as agreed.",
         father, False),
        (10, 53, s.CONTRIBUTIONS, p.police, "Police information about the ongoing "
         "investigation was shared (recorded in the confidential section).", father, True),
        (11, 0, s.CONTRIBUTIONS, p.police, "DC Frost recommends a child protection plan.",
         father, True),
        (11, 5, s.ATTENDANCE, p.chair, "DC Frost left at 11:05; the conference remains "
         "quorate.", father, False),
        (11, 8, s.CONTRIBUTIONS, p.mother, "Ms Kowalska described the arguments in October "
         "and said she wants the children to feel safe.", father, False),
        (11, 20, s.EXCLUSIONS, p.chair, "Mr Hartfield returned at 11:20; the chair summarised "
         "what he needed to know.", set(), False),
        (11, 23, s.CONTRIBUTIONS, p.chair, "The GP's report was read: no concerns about "
         "physical health; he favours a child in need plan.", set(), False),
        (11, 27, s.CONTRIBUTIONS, p.father, "Mr Hartfield said he loves his children and "
         "will do the programme, but does not think they are at risk.", set(), False),
        (11, 32, s.CONTRIBUTIONS, p.camhs, "Dr Haddad explained how conflict at home affects "
         "young children and offered consultation.", set(), False),
        (11, 40, s.ANALYSIS, p.chair, "Worries, what is working well and what needs to happen "
         "were recorded with the family.", set(), False),
        (11, 50, s.ANALYSIS, p.chair, "Scaling: practitioners 3 to 4; Ms Kowalska 7; "
         "Mr Hartfield 8.", set(), False),
        (12, 0, s.DECISION, p.chair, "Views were taken from each practitioner and the parents; "
         "the GP's view was read from his report.", set(), False),
        (12, 10, s.DECISION, p.chair, "Decision: Zofia and Leo to be subject to child "
         "protection plans under neglect and emotional abuse.", set(), False),
        (12, 12, s.DECISION, p.mother, "Ms Kowalska accepted help but disagreed with a "
         "protection plan.", set(), False),
        (12, 20, s.PLAN, p.social_worker, "The outline plan was agreed: four outcomes and "
         "eight actions.", set(), False),
        (12, 30, s.PLAN, p.chair, "First core group set; the written plan goes to everyone "
         "within one working day.", set(), False),
        (12, 38, s.CLOSE, p.chair, "The chair thanked everyone and reminded them of the "
         "complaints procedure.", set(), False),
    ]
    return [
        MinuteEntry(text, stage, at(hour, minute), speaker.id if speaker else None,
                    set(not_for), confidential)
        for hour, minute, stage, speaker, text, not_for, confidential in rows
    ]
