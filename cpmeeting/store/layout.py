"""Where the archive is and what its schema says: what the quick start-up needs to know
without loading SQLAlchemy (store/index.py)."""

import os
from pathlib import Path

from cpmeeting.paths import data_dir

DATABASE_FILE = "cpmeeting.db"
URL_ENV = "CPMEETING_DATABASE_URL"

# The newest migration's revision id. An archive already there opens without importing
# Alembic (about a tenth of a second of start-up); a test keeps this equal to Alembic's head.
HEAD_REVISION = "0007"

# The summary columns (due dates on the list) are worked out by the rules when a conference
# is saved. This state row names the version of that working; an archive whose summaries are
# older (or were never worked out, after a migration) has them refreshed when it is opened.
SUMMARIES_STATE = "summaries"
SUMMARIES_VERSION = "1"

LAST_CONFERENCE, LAST_STAGE = "last_conference", "last_stage"


def default_database() -> Path:
    """The encrypted database file in the data folder."""
    return data_dir() / DATABASE_FILE


def chosen_database_url(url: str | None = None) -> str | None:
    """The database URL asked for (argument, else CPMEETING_DATABASE_URL); None: the default file."""
    return url or os.environ.get(URL_ENV) or None
