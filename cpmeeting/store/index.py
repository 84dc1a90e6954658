"""The list of conferences read straight from the encrypted file, for a quick start.

The start screen needs one query, and SQLAlchemy takes about a fifth of a second to import.
When the archive is the default encrypted file, its key is in the desktop's password store, and
it is at the newest revision with its summaries worked out, the window starts from this index
and opens the whole archive (store/archive.py) once it is showing. Anything else (no archive
yet, a passphrase, a server, a file from an older version) answers None: the full way.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from cpmeeting.domain.kinds import ConferenceKind, ConferenceStatus
from cpmeeting.domain.summary import ConferenceSummary

from .layout import (
    HEAD_REVISION,
    LAST_CONFERENCE,
    LAST_STAGE,
    SUMMARIES_STATE,
    SUMMARIES_VERSION,
    chosen_database_url,
    default_database,
)
from .platform_key import stored_key
from .secrets import KEY_NAME, SERVICE, uses_passphrase

if TYPE_CHECKING:
    from .archive import Archive

_SUMMARY_QUERY = (
    "SELECT id, kind, date, status, children_names, venue, updated_at, due_by, "
    "plan_owed_by, minutes_owed_by, case_id, previous_conference_id "
    "FROM conferences ORDER BY date DESC, updated_at DESC"
)


class ArchiveIndex:
    """The default archive's list and where the user left off, read-only; open() or None."""

    def __init__(self, connection, key: str) -> None:
        self._connection = connection
        self._key = key

    @classmethod
    def open(cls, database_url: str | None = None, key: str | None = None) -> ArchiveIndex | None:
        """The index of the default archive (with its key, if known already, else the key
        from the desktop's password store), or None when the full way must be taken."""
        path = default_database()
        if chosen_database_url(database_url) or not path.exists() or uses_passphrase():
            return None
        key = key or stored_key(SERVICE, KEY_NAME)
        if not key:
            return None
        import sqlcipher3

        connection = sqlcipher3.connect(str(path))
        try:
            # As the engine does (store/engine.py): a raw key, and nothing decrypted on disk.
            connection.execute(f"PRAGMA key = \"x'{key}'\"")
            connection.execute("PRAGMA temp_store = MEMORY")
            revisions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            index = cls(connection, key)
            if revisions != [(HEAD_REVISION,)] or \
                    index._state(SUMMARIES_STATE) != SUMMARIES_VERSION:
                connection.close()
                return None
        except sqlcipher3.DatabaseError:  # a wrong key, or not an archive: the full way says so
            connection.close()
            return None
        return index

    def list_conferences(self) -> list[ConferenceSummary]:
        """Every conference's summary, as Archive.list_conferences() gives them."""
        return [
            ConferenceSummary(row[0], ConferenceKind(row[1]), date.fromisoformat(row[2]),
                              ConferenceStatus(row[3]), row[4], row[5],
                              datetime.fromisoformat(row[6]),
                              *(date.fromisoformat(day) if day else None for day in row[7:10]),
                              row[10] or "", row[11])
            for row in self._connection.execute(_SUMMARY_QUERY)
        ]

    def awaits_set_up(self) -> bool:
        """As Archive.awaits_set_up: no profile and no conference yet."""
        return all(self._connection.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is None
                   for table in ("profile", "conferences"))

    def last_opened(self) -> tuple[str | None, str | None]:
        """The conference and stage open when the app last stopped."""
        return self._state(LAST_CONFERENCE), self._state(LAST_STAGE)

    def open_archive(self) -> Archive:
        """The whole archive (SQLAlchemy), on the key already read; this index is closed."""
        from .archive import Archive

        self.close()
        return Archive.open(key=self._key)

    def close(self) -> None:
        self._connection.close()

    def _state(self, name: str) -> str | None:
        row = self._connection.execute("SELECT value FROM app_state WHERE name = ?",
                                       (name,)).fetchone()
        return row[0] if row else None
