"""A conference as rows (table -> row id -> values) and back again."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.operations import resolve_path
from cpmeeting.domain.review import case_of

from .schema import CONFERENCE_CODEC, PLAN_CODEC, RECORD_KINDS, RecordKind

Rows = dict[str, dict[str, tuple]]  # table name -> row id -> column values in column order

SUMMARY_COLUMNS = ("children_names", "search_text", "due_by", "plan_owed_by", "minutes_owed_by")
CONFERENCE_COLUMNS = tuple(c.name for c in CONFERENCE_CODEC.columns) + SUMMARY_COLUMNS
PLAN_COLUMNS = tuple(c.name for c in PLAN_CODEC.columns)


def record_changed(old: Rows, new: Rows) -> bool:
    """Whether the record itself differs, not only the list's summary columns (a due date
    worked out again is no change to the record)."""
    keep = len(CONFERENCE_COLUMNS) - len(SUMMARY_COLUMNS)
    for table, rows in new.items():
        before = old.get(table, {})
        if table == "conferences":
            if any(before.get(i) is None or before[i][:keep] != v[:keep] for i, v in rows.items()):
                return True
        elif before != rows:
            return True
    return False


def kind_columns(kind: RecordKind) -> tuple[str, ...]:
    """The value columns of a record table (all but conference_id and id), in row order."""
    owner = ("owner_id",) if kind.owner else ()
    return ("position", *owner, *(c.name for c in kind.codec.columns))


KIND_COLUMNS: dict[str, tuple[str, ...]] = {k.table_name: kind_columns(k) for k in RECORD_KINDS}


def _records(conference: Conference, kind: RecordKind) -> Iterator[tuple[str, tuple, Any]]:
    """(row id, leading values, record) for every record of this kind in the conference."""
    if kind.owner is None:
        for position, record in enumerate(resolve_path(conference, kind.path)):
            row_id = record.id if kind.keyed else str(position)
            yield row_id, (position,), record
        return
    for owner in resolve_path(conference, kind.owner):
        for position, record in enumerate(resolve_path(owner, kind.path)):
            row_id = record.id if kind.keyed else f"{owner.id}.{position}"
            yield row_id, (position, owner.id), record


def search_text(conference: Conference) -> str:
    """What the list search matches: child names, the date in several forms, status, venue."""
    day = conference.date
    parts = [
        *(child.display_name for child in conference.children),
        day.isoformat(), day.strftime("%d/%m/%Y"), f"{day.day} {day:%B %Y}",
        conference.status.value.replace("_", " "), conference.kind.value.replace("_", " "),
        conference.venue,
        case_of(conference),  # the case id finds every conference of the case
    ]
    return "\n".join(parts).lower()


def conference_rows(conference: Conference, due_by: date | None = None,
                    owed: tuple[date | None, date | None] = (None, None)) -> Rows:
    """Every row this conference is stored as; due_by is its due date, and owed the plan's
    and the minutes' due dates while unsent, from the rules."""
    names = ", ".join(child.display_name for child in conference.children)
    rows: Rows = {
        "conferences": {conference.id: CONFERENCE_CODEC.values(conference)
                        + (names, search_text(conference), due_by, *owed)},
        "plan": {conference.id: PLAN_CODEC.values(conference.plan)},
    }
    for kind in RECORD_KINDS:
        values = kind.codec.values
        table: dict[str, tuple] = {}
        for row_id, lead, record in _records(conference, kind):
            if row_id in table:
                # Two records with one id would silently become one row: refuse instead.
                raise ValueError(f"Two {kind.record.__name__} records share the id {row_id}.")
            table[row_id] = lead + values(record)
        rows[kind.table_name] = table
    return rows


def build_conference(
    conference_row: Mapping[str, Any],
    plan_row: Mapping[str, Any] | None,
    record_rows: Mapping[str, list[Mapping[str, Any]]],
) -> Conference:
    """A conference from its rows; record_rows holds each table's rows in position order."""
    conference = CONFERENCE_CODEC.build(conference_row)
    conference.id = conference_row["id"]
    if plan_row is not None:
        conference.plan = PLAN_CODEC.build(plan_row)
    owners: dict[str, dict[str, Any]] = {}
    for kind in RECORD_KINDS:
        build = kind.codec.build
        rows = record_rows.get(kind.table_name, [])
        if kind.owner is None:
            target = resolve_path(conference, kind.path)
            for row in rows:
                record = build(row)
                if kind.keyed:
                    record.id = row["id"]
                target.append(record)
        else:
            by_id = owners.setdefault(
                kind.owner, {o.id: o for o in resolve_path(conference, kind.owner)}
            )
            for row in rows:
                owner = by_id.get(row["owner_id"])
                if owner is not None:
                    resolve_path(owner, kind.path).append(build(row))
    return conference
