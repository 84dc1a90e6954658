"""The database engine: the encrypted SQLite file by default, or a given URL; migrated on open."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

# create_engine would load the dialect on first use, which at start-up is after Qt: PySide6's
# import hook then reads the source of each of its ~40 modules (about 20 ms). Loaded here, the
# window's start (which imports the store before Qt) pays only for the import itself.
import sqlalchemy.dialects.sqlite.pysqlcipher  # noqa: F401
import sqlalchemy.engine.reflection  # noqa: F401 - inspect(), used by migrate() at every open
import sqlcipher3  # noqa: F401 - the driver of the default, encrypted archive
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DatabaseError

from cpmeeting.file_modes import create_private
from cpmeeting.i18n import _

from .layout import HEAD_REVISION, chosen_database_url, default_database
from .secrets import database_key

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class ArchiveLocked(RuntimeError):
    """The database would not open with this key or passphrase."""

    def __init__(self) -> None:
        super().__init__(_(
            "The archive could not be opened: the passphrase (or key) is not the one it was "
            "made with, or the file is not a cpmeeting archive."
        ))


def _read_only_url(path: Path, key: str) -> URL:
    """The file opened read-only, as SQLite's URI. With no -wal file left over (a clean close)
    it is opened immutable: SQLite then needs no -shm file, which a read-only or full folder
    cannot hold. A -wal file left by a crash holds the latest saves, so it is read instead."""
    wal = path.with_name(path.name + "-wal")
    leftover = wal.exists() and wal.stat().st_size > 0
    query = {"uri": "true", "mode": "ro", **({} if leftover else {"immutable": "1"})}
    return URL.create("sqlite+pysqlcipher", password=f"x'{key}'",
                      database="file:" + quote(str(path)), query=query)


def _encrypted_engine(path: Path, passphrase: str | None, key: str | None = None,
                      read_only: bool = False) -> Engine:
    key = key or database_key(create=not path.exists(), passphrase=passphrase)
    if not path.exists() and path.parent.is_dir() and not read_only:
        # Made 0600 before SQLite writes into it; its -wal and -shm files take that mode.
        create_private(path)
    # A raw hex key skips SQLCipher's key derivation: opening takes milliseconds, not 0.2 s.
    url = _read_only_url(path, key) if read_only else \
        URL.create("sqlite+pysqlcipher", password=f"x'{key}'", database=str(path))
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _set_up(dbapi_connection, _record) -> None:  # the key pragma has already run
        cursor = dbapi_connection.cursor()
        if not read_only:  # (both would write)
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Sorts and temporary tables stay in memory: nothing decrypted reaches a temp file.
        cursor.execute("PRAGMA temp_store=MEMORY")
        cursor.close()

    return engine


def encrypted_file(url: str | None = None) -> Path | None:
    """The encrypted SQLite file the URL names (None: the default one); None for others."""
    url = chosen_database_url(url)
    if url is None:
        return default_database()
    parsed = make_url(url)
    if parsed.drivername == "sqlite+pysqlcipher":
        if not parsed.database:
            raise ValueError("An encrypted SQLite URL needs a file path.")
        return Path(parsed.database)
    return None


def raw_key(engine: Engine) -> str | None:
    """The raw key an encrypted file's engine was made with (to open the file again)."""
    password = engine.url.password or ""
    return password[2:-1] if password.startswith("x'") else None


def make_engine(url: str | None = None, passphrase: str | None = None,
                key: str | None = None, read_only: bool = False) -> Engine:
    """An engine for the URL (or CPMEETING_DATABASE_URL, or the encrypted file); key, when
    known already, is the encrypted file's. read_only opens an encrypted file for reading
    only, writing nothing beside it (a read-only or full data folder)."""
    path = encrypted_file(url)
    if path is not None:
        return _encrypted_engine(path, passphrase, key, read_only)
    url = chosen_database_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed)

        @event.listens_for(engine, "connect")
        def _foreign_keys(dbapi_connection, _record) -> None:
            dbapi_connection.execute("PRAGMA foreign_keys=ON")

        return engine
    # A dropped network must not hold the window for minutes: give up on a connection after
    # a few seconds, and notice a silent one within about five (TCP keepalives).
    connect_args = {"connect_timeout": 3, "keepalives": 1, "keepalives_idle": 2,
                    "keepalives_interval": 1, "keepalives_count": 2} \
        if parsed.get_backend_name() == "postgresql" else {}
    return create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)


def alembic_config() -> Config:
    """The Alembic configuration, without an ini file: the scripts ship in the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def stored_revisions(connection: Connection) -> set[str]:
    """The revisions the database says it is at; empty for a new database."""
    if not inspect(connection).has_table("alembic_version"):
        return set()
    return set(connection.scalars(text("SELECT version_num FROM alembic_version")))


def migrate(engine: Engine, read_only_in: Path | None = None) -> None:
    """Bring the schema to the newest revision; a wrong key shows up here first. An archive
    opened read-only (in the folder read_only_in) can only be read if it is up to date."""
    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")
                               if engine.dialect.name == "sqlite" else text("SELECT 1"))
            if stored_revisions(connection) == {HEAD_REVISION}:
                return
            if read_only_in is not None:
                from .write_faults import ArchiveNeedsUpdate

                raise ArchiveNeedsUpdate(read_only_in)
            from alembic import command

            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except DatabaseError as error:
        if "file is not a database" in str(error):
            raise ArchiveLocked() from None
        raise
