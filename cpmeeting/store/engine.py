"""The database engine: the encrypted SQLite file by default, or a given URL; migrated on open."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DatabaseError

from cpmeeting.i18n import _
from cpmeeting.paths import data_dir

from .secrets import database_key

DATABASE_FILE = "cpmeeting.db"
URL_ENV = "CPMEETING_DATABASE_URL"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class ArchiveLocked(RuntimeError):
    """The database would not open with this key or passphrase."""

    def __init__(self) -> None:
        super().__init__(_(
            "The archive could not be opened: the passphrase (or key) is not the one it was "
            "made with, or the file is not a cpmeeting archive."
        ))


def default_database() -> Path:
    """The encrypted database file in the data folder."""
    return data_dir() / DATABASE_FILE


def _encrypted_engine(path: Path, passphrase: str | None) -> Engine:
    key = database_key(create=not path.exists(), passphrase=passphrase)
    # A raw hex key skips SQLCipher's key derivation: opening takes milliseconds, not 0.2 s.
    url = URL.create("sqlite+pysqlcipher", password=f"x'{key}'", database=str(path))
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _set_up(dbapi_connection, _record) -> None:  # the key pragma has already run
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Sorts and temporary tables stay in memory: nothing decrypted reaches a temp file.
        cursor.execute("PRAGMA temp_store=MEMORY")
        cursor.close()

    return engine


def make_engine(url: str | None = None, passphrase: str | None = None) -> Engine:
    """An engine for the URL (or CPMEETING_DATABASE_URL, or the encrypted file)."""
    url = url or os.environ.get(URL_ENV) or None
    if url is None:
        return _encrypted_engine(default_database(), passphrase)
    parsed = make_url(url)
    if parsed.drivername == "sqlite+pysqlcipher":
        if not parsed.database:
            raise ValueError("An encrypted SQLite URL needs a file path.")
        return _encrypted_engine(Path(parsed.database), passphrase)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed)

        @event.listens_for(engine, "connect")
        def _foreign_keys(dbapi_connection, _record) -> None:
            dbapi_connection.execute("PRAGMA foreign_keys=ON")

        return engine
    return create_engine(parsed, pool_pre_ping=True)


def alembic_config() -> Config:
    """The Alembic configuration, without an ini file: the scripts ship in the package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; a wrong key shows up here first."""
    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")
                               if engine.dialect.name == "sqlite" else text("SELECT 1"))
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except DatabaseError as error:
        if "file is not a database" in str(error):
            raise ArchiveLocked() from None
        raise
