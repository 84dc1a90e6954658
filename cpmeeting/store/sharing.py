"""Sharing one conference between windows on the authority's PostgreSQL server.

The server carries the news: each save NOTIFYs the conference and its new sequence number in
the transaction that wrote it (so the news never arrives before the entry), and each window
listens on a connection of its own. Windows also say who they are ("here", on opening and
every few seconds; "bye" on closing), so the status bar can name who else is connected.
NOTIFY is not stored: a window catches up by reading every entry after the last one it has,
never by trusting that it heard every notification.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url

from cpmeeting.domain.journal import Author

CHANNEL = "cpmeeting"
# The server drops a connection it cannot reach after about this many seconds of silence.
KEEPALIVE = {"keepalives": 1, "keepalives_idle": 2, "keepalives_interval": 1,
             "keepalives_count": 2, "connect_timeout": 3}


class LinkLost(ConnectionError):
    """The connection to the server is gone (the network dropped, or the server stopped)."""


@dataclass(frozen=True)
class Message:
    """What one window told the others: an entry written, or who it is."""

    kind: str  # "entry", "here", "bye"
    conference_id: str
    session: str
    seq: int = 0
    name: str = ""
    role: str = ""

    def payload(self) -> str:
        return json.dumps({"k": self.kind, "c": self.conference_id, "s": self.session,
                           "q": self.seq, "n": self.name, "r": self.role})

    @classmethod
    def parse(cls, payload: str) -> Message | None:
        try:
            data: Any = json.loads(payload)
            return cls(str(data["k"]), str(data["c"]), str(data["s"]), int(data.get("q", 0)),
                       str(data.get("n", "")), str(data.get("r", "")))
        except (ValueError, KeyError, TypeError):
            return None  # not ours: another program on the same channel


def notify(connection: Connection, message: Message) -> None:
    """Send the message when the caller's transaction commits."""
    connection.execute(text("SELECT pg_notify(:channel, :payload)"),
                       {"channel": CHANNEL, "payload": message.payload()})


def is_server(url: str | None) -> bool:
    """Whether the database URL names a PostgreSQL server (where sharing works)."""
    return bool(url) and make_url(url).get_backend_name() == "postgresql"


class ServerLink:
    """A listening connection of its own: news from the other windows, and ours to them."""

    def __init__(self, url: str, session: str) -> None:
        import psycopg

        self._psycopg = psycopg
        self.session = session
        plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        try:
            self._connection = psycopg.connect(plain, autocommit=True,
                                               application_name="cpmeeting", **KEEPALIVE)
            self._connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            raise LinkLost(str(error)) from None

    def fileno(self) -> int:
        return self._connection.fileno()

    def receive(self) -> list[Message]:
        """What has arrived, without waiting; raises LinkLost when the connection is gone."""
        try:
            found = [Message.parse(n.payload) for n in self._connection.notifies(timeout=0)]
        except self._psycopg.Error as error:
            raise LinkLost(str(error)) from None
        if self._connection.closed or self._connection.broken:
            raise LinkLost("the connection to the server closed")
        return [m for m in found if m is not None and m.session != self.session]

    def say(self, kind: str, conference_id: str, author: Author) -> None:
        """Tell the other windows who is here (kind "here") or that we are leaving ("bye")."""
        message = Message(kind, conference_id, self.session, name=author.name,
                          role=author.role.value)
        try:
            self._connection.execute("SELECT pg_notify(%s, %s)", (CHANNEL, message.payload()))
        except self._psycopg.Error as error:
            raise LinkLost(str(error)) from None

    def close(self) -> None:
        with contextlib.suppress(self._psycopg.Error):
            self._connection.close()
