"""Random conferences for the room view's privacy property, with marker text everywhere.

Every piece of text the room must never show (minutes, analysis, reports, exclusion records,
decision reasons, marked plan actions, the names of people not in the room) carries a marker
that no fixed text contains, so a test can look for it in whatever the room shows.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import strategies as st

from cpmeeting.domain.analysis import AnalysisHeading, AnalysisItem
from cpmeeting.domain.conference import Child, Conference, ConferenceKind
from cpmeeting.domain.contribution import AgencyContribution
from cpmeeting.domain.decision import Category, Decision, Outcome
from cpmeeting.domain.exclusion import Exclusion, ExclusionScope
from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.people import AttendanceStatus, Invitee, Presence, Role
from cpmeeting.domain.plan import PlanAction
from cpmeeting.domain.stages import STAGE_ORDER

DAY = date(2026, 12, 2)
SECRET = "QZSECRET"  # in every text the room must never show
START = datetime.combine(DAY, time(10, 0))


def minute(n: int) -> datetime:
    return START + timedelta(minutes=n)


@st.composite
def conferences(draw) -> tuple[Conference, datetime]:
    """A conference, a moment in its morning, and random marks on everything."""
    conf = Conference(kind=ConferenceKind.INITIAL, date=DAY,
                      current_stage=draw(st.sampled_from(STAGE_ORDER)))
    conf.children = [Child(f"Kid{n}", "Family") for n in range(draw(st.integers(1, 3)))]
    roles = st.sampled_from(list(Role))
    for n in range(draw(st.integers(1, 8))):
        attendance = draw(st.sampled_from(list(AttendanceStatus)))
        spells = []
        if draw(st.booleans()):
            joined = draw(st.integers(0, 90))
            left = draw(st.none() | st.integers(joined, 120))
            spells = [Presence(minute(joined), None if left is None else minute(left))]
        conf.invitees.append(Invitee(f"Person{n}Zq", draw(roles), agency=f"Agency{n}Zq",
                                     relationship=f"Rel{n}Zq", attendance=attendance,
                                     presence=spells))
    ids = [p.id for p in conf.invitees]
    marks = st.sets(st.sampled_from(ids), max_size=2)
    for n in range(draw(st.integers(0, 2))):
        scope = draw(st.sampled_from(list(ExclusionScope)))
        start = draw(st.integers(0, 100))
        end = draw(st.none() | st.integers(start, 120))
        conf.exclusions.append(Exclusion(
            draw(st.sampled_from(ids)), scope=scope, start=minute(start),
            end=None if end is None else minute(end), evidence=f"{SECRET} evidence {n}",
            legal_advice_note=f"{SECRET} legal {n}", items=f"{SECRET} items {n}",
            how_told_outcome=f"{SECRET} told {n}"))
    for n in range(draw(st.integers(0, 5))):
        conf.minutes.append(MinuteEntry(f"{SECRET} minute {n}", draw(st.sampled_from(STAGE_ORDER)),
                                        minute(draw(st.integers(0, 120))),
                                        not_for=draw(marks),
                                        third_party_confidential=draw(st.booleans())))
        conf.analysis.append(AnalysisItem(AnalysisHeading.WORRIES, f"{SECRET} analysis {n}"))
        conf.contributions.append(AgencyContribution(
            draw(st.sampled_from(ids)), summary=f"{SECRET} report {n}",
            progress_against_plan=f"{SECRET} progress {n}", not_for=draw(marks),
            third_party_confidential=draw(st.booleans())))
    for child in conf.children:
        if draw(st.booleans()):
            announced = draw(st.none() | st.integers(0, 120))
            conf.decisions.append(Decision(
                child.id, outcome=draw(st.none() | st.sampled_from(list(Outcome))),
                categories=draw(st.sets(st.sampled_from(list(Category)), max_size=2)),
                reasons=f"{SECRET} reasons", dissent=f"{SECRET} dissent",
                announced_at=None if announced is None else minute(announced)))
    for n in range(draw(st.integers(0, 5))):
        not_for = draw(marks)
        confidential = draw(st.booleans())
        hidden = bool(not_for) or confidential
        owner = draw(st.none() | st.sampled_from(ids))
        conf.plan.actions.append(PlanAction(
            f"{SECRET} action {n}" if hidden else f"Task{n}Zq",
            owner_id=owner, owner_text=draw(st.sampled_from(["", f"Owner{n}Zq"])),
            due=draw(st.none() | st.dates(DAY, DAY + timedelta(days=90))),
            not_for=not_for, third_party_confidential=confidential))
    conf.plan.contingency = f"{SECRET} contingency"
    conf.plan.childs_needs = f"{SECRET} needs"
    conf.stage_budgets_minutes = draw(st.dictionaries(st.sampled_from(STAGE_ORDER),
                                                      st.integers(0, 60), max_size=4))
    moment = minute(draw(st.integers(0, 120)))
    return conf, moment


def names_not_in_room(conf: Conference, moment: datetime) -> list[str]:
    """The names the room must not show at this moment."""
    from cpmeeting.domain.room import people_in_room

    present = {p.id for p in people_in_room(conf, moment)}
    return [p.name for p in conf.invitees if p.id not in present]


def forbidden(conf: Conference, moment: datetime, shown: str) -> list[str]:
    """What of the forbidden text appears in the shown text (empty: nothing)."""
    found = [SECRET] if SECRET in shown else []
    return found + [name for name in names_not_in_room(conf, moment) if name in shown]
