"""Checks a schema cannot make: ids used twice, references to ids that do not exist, and an
id named twice in one list of references."""

from __future__ import annotations

from collections.abc import Iterator

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.operations import COLLECTIONS, resolve_path

from .codec import FormatError


def _ids(items: list, path: str) -> dict[str, str]:
    """id -> path of its record; raises FormatError on an id used twice in one list."""
    seen: dict[str, str] = {}
    for index, item in enumerate(items):
        here = f"{path}[{index}].id"
        if item.id in seen:
            raise FormatError(here, f"the id {item.id!r} is used twice (also at {seen[item.id]})")
        seen[item.id] = here
    return seen


def _references(conference: Conference) -> Iterator[tuple[str, str | None, str]]:
    """(path, id referred to, what it must be: 'child' / 'invitee' / 'outcome')."""
    c = "conference"
    for i, person in enumerate(conference.invitees):
        yield f"{c}.invitees[{i}].child_id", person.child_id, "child"
        yield f"{c}.invitees[{i}].substitute_for", person.substitute_for, "invitee"
    for i, exclusion in enumerate(conference.exclusions):
        yield f"{c}.exclusions[{i}].invitee_id", exclusion.invitee_id, "invitee"
    for i, view in enumerate(conference.childs_views):
        yield f"{c}.childs_views[{i}].child_id", view.child_id, "child"
    for i, contribution in enumerate(conference.contributions):
        yield f"{c}.contributions[{i}].invitee_id", contribution.invitee_id, "invitee"
        for j, person in enumerate(sorted(contribution.not_for)):
            yield f"{c}.contributions[{i}].not_for[{j}]", person, "invitee"
    for i, item in enumerate(conference.analysis):
        for j, child_id in enumerate(item.child_ids):
            yield f"{c}.analysis[{i}].child_ids[{j}]", child_id, "child"
    for name, records in (("scaling", conference.scaling),
                          ("participant_views", conference.participant_views)):
        for i, record in enumerate(records):
            yield f"{c}.{name}[{i}].invitee_id", record.invitee_id, "invitee"
            yield f"{c}.{name}[{i}].child_id", record.child_id, "child"
    for i, decision in enumerate(conference.decisions):
        yield f"{c}.decisions[{i}].child_id", decision.child_id, "child"
    plan = conference.plan
    yield f"{c}.plan.lead_social_worker_id", plan.lead_social_worker_id, "invitee"
    for i, outcome in enumerate(plan.outcomes):
        for j, child_id in enumerate(outcome.child_ids):
            yield f"{c}.plan.outcomes[{i}].child_ids[{j}]", child_id, "child"
    for i, action in enumerate(plan.actions):
        yield f"{c}.plan.actions[{i}].owner_id", action.owner_id, "invitee"
        yield f"{c}.plan.actions[{i}].outcome_id", action.outcome_id, "outcome"
        for j, person in enumerate(sorted(action.not_for)):
            yield f"{c}.plan.actions[{i}].not_for[{j}]", person, "invitee"
    for i, member in enumerate(plan.core_group.member_ids):
        yield f"{c}.plan.core_group.member_ids[{i}]", member, "invitee"
    for i, point in enumerate(conference.scaling_history):
        yield f"{c}.scaling_history[{i}].child_id", point.child_id, "child"
    for child_id in sorted(conference.child_said_since):
        yield f"{c}.child_said_since.{child_id}", child_id, "child"
    for i, entry in enumerate(conference.minutes):
        yield f"{c}.minutes[{i}].speaker_id", entry.speaker_id, "invitee"
        for j, person in enumerate(sorted(entry.not_for)):
            yield f"{c}.minutes[{i}].not_for[{j}]", person, "invitee"


def check_integrity(conference: Conference) -> None:
    """Raise FormatError for the first duplicate id, dangling reference, or id named twice in
    one list of references."""
    c = "conference"
    # The list each kind of reference is looked for in, named in the message when it is not.
    lists = {"child": f"{c}.children", "invitee": f"{c}.invitees",
             "outcome": f"{c}.plan.outcomes"}
    known = {
        "child": _ids(conference.children, lists["child"]),
        "invitee": _ids(conference.invitees, lists["invitee"]),
        "outcome": _ids(conference.plan.outcomes, lists["outcome"]),
    }
    # Every collection of records with ids, from the one list the operations use too.
    for path in COLLECTIONS:
        _ids(resolve_path(conference, path), f"{c}.{path}")
    named: dict[tuple[str, str], str] = {}  # (a list of references, id) -> where first
    for path, target, kind in _references(conference):
        if target is not None and target not in known[kind]:
            raise FormatError(path, f"no {kind} in {lists[kind]} has the id {target!r}")
        if path.endswith("]"):
            # In a list of ids (an outcome's children, the core group) each counts once.
            first = named.setdefault((path.rsplit("[", 1)[0], target), path)
            if first != path:
                raise FormatError(path, f"the {kind} {target!r} is named twice (also at "
                                        f"{first})")
    if conference.previous_conference_id == conference.id:
        raise FormatError(f"{c}.previous_conference_id",
                          "the conference names itself as the one before it")
    decided: dict[str, int] = {}
    for i, decision in enumerate(conference.decisions):
        if decision.child_id in decided:
            raise FormatError(f"{c}.decisions[{i}].child_id",
                              f"a second decision for the child {decision.child_id!r} "
                              f"(the first is decisions[{decided[decision.child_id]}])")
        decided[decision.child_id] = i
