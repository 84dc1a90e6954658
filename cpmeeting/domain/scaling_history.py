"""The scaling of a case over time: per child, each participant's 0-10 score and the overall
figure at every conference of the case (the ones before, carried forward, and this one)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .conference import Conference
from .review import scaling_so_far


@dataclass(frozen=True)
class ScalingSeries:
    """One child's scaling: the conference dates in order, and each participant's score at
    each (None where they gave none); overall is the mean of those given, to one decimal."""

    child_id: str
    dates: tuple[date, ...]
    participants: tuple[tuple[str, tuple[int | None, ...]], ...]
    overall: tuple[float | None, ...]


def overall_figure(scores: list[int]) -> float | None:
    """The overall figure at one conference: the mean of the scores given."""
    return round(sum(scores) / len(scores), 1) if scores else None


def scaling_over_time(conference: Conference) -> list[ScalingSeries]:
    """A series for each child of the conference that has any scaling in the case."""
    points = scaling_so_far(conference, {c.id for c in conference.children})
    result = []
    for child in conference.children:
        mine = [p for p in points if p.child_id == child.id]
        if not mine:
            continue
        dates = tuple(sorted({p.held_on for p in mine}))
        names = list(dict.fromkeys(p.participant for p in mine))
        table = {(p.participant, p.held_on): p.score for p in mine}
        participants = tuple((name, tuple(table.get((name, d)) for d in dates))
                             for name in names)
        overall = tuple(overall_figure([p.score for p in mine if p.held_on == d])
                        for d in dates)
        result.append(ScalingSeries(child.id, dates, participants, overall))
    return result
