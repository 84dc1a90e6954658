"""The tables: one per kind of record in a conference, plus profile, directory, drafts, state.

The record kinds are data: each names its dataclass, its table and where its records live in
the conference. Columns come from the dataclass fields (see fields.py), so the mapping is one
table of kinds rather than a copy function per record. Alembic migrations are checked against
this metadata by a test; when a domain field is added, add a migration
(`alembic -c cpmeeting/store/alembic.ini revision --autogenerate -m "..."`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
)

from cpmeeting.domain.analysis import AnalysisItem, Scaling
from cpmeeting.domain.circulation import Circulation
from cpmeeting.domain.conference import Amendment, Child, Conference, SignOff
from cpmeeting.domain.contribution import AgencyContribution
from cpmeeting.domain.correction_request import CorrectionRequest
from cpmeeting.domain.decision import Decision, ParticipantView
from cpmeeting.domain.directory import DirectoryEntry
from cpmeeting.domain.exclusion import Exclusion
from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.people import Invitee, Presence
from cpmeeting.domain.plan import DateOverride, PlanAction, PlanOutcome, ProtectionPlan
from cpmeeting.domain.profile import AuthorityProfile
from cpmeeting.domain.progress import (
    ActionProgress,
    CoreGroupMeeting,
    OutcomeProgress,
    ScalingPoint,
)
from cpmeeting.domain.translation import TranslationUnit
from cpmeeting.domain.voice import ChildsView

from .fields import Codec, field_columns

# Constraint names fixed, so migrations are the same on SQLite and PostgreSQL.
metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s",
})


@dataclass(frozen=True)
class RecordKind:
    """A list of records in a conference, stored one row per record."""

    table_name: str
    record: type
    path: str  # attribute path of the list: "minutes", "plan.actions"; under owner if nested
    owner: str | None = None  # for lists inside records (an invitee's presence): owner's path
    keyed: bool = True  # False: the record has no id; the row id is its place in the list
    skip: frozenset[str] = field(default_factory=frozenset)

    @cached_property
    def codec(self) -> Codec:
        return Codec(self.record, field_columns(self.record, self.skip | {"id"}))


RECORD_KINDS: tuple[RecordKind, ...] = (
    RecordKind("children", Child, "children"),
    RecordKind("invitees", Invitee, "invitees"),
    RecordKind("presence_spells", Presence, "presence", owner="invitees", keyed=False),
    RecordKind("exclusions", Exclusion, "exclusions"),
    RecordKind("childs_views", ChildsView, "childs_views"),
    RecordKind("contributions", AgencyContribution, "contributions"),
    RecordKind("analysis_items", AnalysisItem, "analysis"),
    RecordKind("scaling", Scaling, "scaling"),
    RecordKind("participant_views", ParticipantView, "participant_views"),
    RecordKind("decisions", Decision, "decisions"),
    RecordKind("plan_outcomes", PlanOutcome, "plan.outcomes"),
    RecordKind("plan_actions", PlanAction, "plan.actions"),
    RecordKind("date_overrides", DateOverride, "plan.date_overrides", keyed=False),
    RecordKind("minute_entries", MinuteEntry, "minutes"),
    RecordKind("sign_offs", SignOff, "sign_offs", keyed=False),
    RecordKind("amendments", Amendment, "amendments", keyed=False),
    RecordKind("translation_units", TranslationUnit, "translations"),
    RecordKind("circulations", Circulation, "circulations"),
    RecordKind("correction_requests", CorrectionRequest, "corrections"),
    RecordKind("action_progress", ActionProgress, "action_progress"),
    RecordKind("outcome_progress", OutcomeProgress, "outcome_progress"),
    RecordKind("core_group_meetings", CoreGroupMeeting, "core_group_meetings"),
    RecordKind("scaling_history", ScalingPoint, "scaling_history"),
)

CONFERENCE_CODEC = Codec(Conference, field_columns(Conference, frozenset({"id", "plan"})))
PLAN_CODEC = Codec(ProtectionPlan, field_columns(ProtectionPlan))
PROFILE_CODEC = Codec(AuthorityProfile, field_columns(AuthorityProfile))
DIRECTORY_CODEC = Codec(DirectoryEntry, field_columns(DirectoryEntry, frozenset({"id"})))

conferences = Table(
    "conferences", metadata,
    Column("id", Text, primary_key=True),
    *(c.column() for c in CONFERENCE_CODEC.columns),
    # Summary columns, kept in step on every save, so the list needs no other table.
    Column("children_names", Text, nullable=False, default=""),
    Column("search_text", Text, nullable=False, default=""),
    Column("due_by", Date, nullable=True),  # from the rules and the profile, at each save
    # What is still owed after the meeting (null: sent, or not owed), also from the rules.
    Column("plan_owed_by", Date, nullable=True),
    Column("minutes_owed_by", Date, nullable=True),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    # The journal's newest entry (store/journal.py): catches entries cut off its end, and
    # tells another window how far the record has come.
    Column("journal_seq", Integer, nullable=True),
    Column("journal_hash", Text, nullable=True),
)
Index(None, conferences.c.date)


def _conference_fk() -> Column:
    return Column("conference_id", Text, ForeignKey("conferences.id", ondelete="CASCADE"),
                  nullable=False)


def _record_table(kind: RecordKind) -> Table:
    owner = [Column("owner_id", Text, nullable=False)] if kind.owner else []
    # The key leads with conference_id: it serves loading a conference, and ids need only be
    # unique within one conference (an imported copy may reuse them).
    return Table(
        kind.table_name, metadata,
        _conference_fk(),
        Column("id", Text, nullable=False),
        Column("position", Integer, nullable=False),
        *owner,
        *(c.column() for c in kind.codec.columns),
        PrimaryKeyConstraint("conference_id", "id"),
    )


RECORD_TABLES: dict[str, Table] = {kind.table_name: _record_table(kind) for kind in RECORD_KINDS}

plan = Table(
    "plan", metadata,
    Column("conference_id", Text, ForeignKey("conferences.id", ondelete="CASCADE"),
           primary_key=True),
    *(c.column() for c in PLAN_CODEC.columns),
)

profile = Table(
    "profile", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    *(c.column() for c in PROFILE_CODEC.columns),
)

directory = Table(
    "directory", metadata,
    Column("id", Text, primary_key=True),
    *(c.column() for c in DIRECTORY_CODEC.columns),
)

drafts = Table(
    "drafts", metadata,
    _conference_fk(),
    Column("key", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    PrimaryKeyConstraint("conference_id", "key"),
)

app_state = Table(
    "app_state", metadata,
    Column("name", Text, primary_key=True),
    Column("value", Text, nullable=True),
)

# The record's history: one row per change, append-only, each hash chained to the one before
# (store/journal.py). The tables above are what the entries add up to.
journal = Table(
    "journal", metadata,
    _conference_fk(),
    Column("seq", Integer, nullable=False),
    Column("at", DateTime, nullable=False),
    Column("author", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("device", Text, nullable=False),
    Column("kind", Text, nullable=False),  # operation | record | event
    Column("label", Text, nullable=False),
    Column("payload", Text, nullable=False),  # JSON: the operation, the record, or the event
    Column("hash", Text, nullable=False),
    PrimaryKeyConstraint("conference_id", "seq"),
)
