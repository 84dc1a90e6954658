"""Where the archive is and what its schema says: what the quick start-up needs to know
without loading SQLAlchemy (store/index.py)."""

import os
from pathlib import Path

from cpmeeting.paths import data_dir

DATABASE_FILE = "cpmeeting.db"
URL_ENV = "CPMEETING_DATABASE_URL"

# The newest migration's revision id. An archive already there opens without importing
# Alembic (about a tenth of a second of start-up); a test keeps this equal to Alembic's head.
HEAD_REVISION = "0009"

# The summary columns (due dates on the list) are worked out by the rules when a conference
# is saved. This state row names the version of that working; an archive whose summaries are
# older (or were never worked out, after a migration) has them refreshed when it is opened.
SUMMARIES_STATE = "summaries"
SUMMARIES_VERSION = "3"  # 2: what is owed after the meeting; 3: and the case id is searchable

LAST_CONFERENCE, LAST_STAGE = "last_conference", "last_stage"

# Set to "pending" by migration 0004; the next open writes each conference's first journal
# entry (the record as it stood) and sets it to "done".
JOURNAL_BASELINE = "journal_baseline"


def default_database() -> Path:
    """The encrypted database file in the data folder."""
    return data_dir() / DATABASE_FILE


def chosen_database_url(url: str | None = None) -> str | None:
    """The database URL asked for (argument, else CPMEETING_DATABASE_URL); None: the default file."""
    return url or os.environ.get(URL_ENV) or None
