"""A conference shared on the authority's server, live in this window.

The server tells this window when another one has written (LISTEN/NOTIFY: no polling); the
window then saves its own changes first, which puts them after the other's, and takes in every
entry it has not seen. The status bar names who else is connected, and says plainly when the
server cannot be reached: the window carries on, keeps every change, and sends them when the
server is back.
"""

from __future__ import annotations

import contextlib
import threading
import time

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from cpmeeting.domain.journal import AuthorRole
from cpmeeting.i18n import _
from cpmeeting.store import outbox
from cpmeeting.store.sharing import LinkLost, ServerLink

SAY_HERE_MS = 4000  # how often a window says it is still here (and finds a dropped server)
RECONNECT_MS = 3000
GONE_AFTER_S = 13  # a window not heard from for this long has gone (closed, or cut off)


def _role_title(role: str) -> str:
    try:
        return _(AuthorRole(role).title)
    except ValueError:
        return role


class LiveSharing(QObject):
    """Keeps the open conference live with the other windows on the server."""

    peersChanged = Signal()
    onlineChanged = Signal(bool)
    _attempted = Signal(object)  # a connection attempt's result, from its thread

    def __init__(self, runner, archive, status_bar: QStatusBar, follow_stage=None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.archive = archive
        self.author = archive.author
        self.conference_id = runner.conference.id
        self._follow_stage = follow_stage  # called with the chair's stage, for the others
        self.peers: dict[str, tuple[str, str, float]] = {}  # session -> name, role, last heard
        self.online = False
        self._link: ServerLink | None = None
        self._notifier: QSocketNotifier | None = None
        self.label = QLabel(objectName="sharing_status")
        self.label.setAccessibleName(_("Who is connected"))
        status_bar.addPermanentWidget(self.label)
        runner.role = self.author.role
        runner.saveFailed.connect(lambda _problem: self._lost())
        self._say_here = QTimer(self, interval=SAY_HERE_MS)
        self._say_here.timeout.connect(self._still_here)
        self._reconnect = QTimer(self, singleShot=True, interval=RECONNECT_MS)
        self._reconnect.timeout.connect(self._connect)
        self._server = archive.engine.url.render_as_string(hide_password=False)
        self._kept_in_memory_only = False
        self._connecting = self._closed = False
        self._attempted.connect(self._connected)
        runner.unsentChanged.connect(self._keep_unsent)
        runner.savesResumed.connect(self._unsent_delivered)
        self._send_what_was_kept()
        self._connect()

    # Changes made while the server was away

    def _send_what_was_kept(self) -> None:
        """Changes a previous session kept on this laptop when the server was gone: sent now,
        after whatever the others wrote meanwhile."""
        try:
            kept = outbox.unsent(self._server, self.conference_id)
        except outbox.OutboxUnavailable:
            return
        if kept is None:
            return
        behind = self.archive.journal_head(self.conference_id).seq != kept.base.seq
        self.archive.set_known_head(self.conference_id, kept.base)
        self.runner.resend(kept.changes, behind)
        if not self.runner.save_pending:
            outbox.forget(self._server, self.conference_id)

    def _keep_unsent(self) -> None:
        try:
            outbox.keep(self._server, self.conference_id, outbox.Unsent(
                self.archive.known_head(self.conference_id), self.runner.unsent()))
        except outbox.OutboxUnavailable:
            self._kept_in_memory_only = True
            self._show()

    def _unsent_delivered(self) -> None:
        outbox.forget(self._server, self.conference_id)
        self._kept_in_memory_only = False
        self._show()

    # The connection

    def _connect(self) -> None:
        """Try the server in a thread of its own (a dropped network can take seconds to
        answer, and the meeting goes on meanwhile); _connected follows on this thread."""
        if self._connecting:
            return
        self._connecting = True
        url, session = self._server, self.archive.session

        def attempt() -> None:
            try:
                link = ServerLink(url, session)
                link.say("here", self.conference_id, self.author)
            except LinkLost:
                link = None
            self._attempted.emit(link)

        threading.Thread(target=attempt, daemon=True, name="cpmeeting-reconnect").start()

    def _connected(self, link) -> None:
        self._connecting = False
        if self._closed:
            if link is not None:
                link.close()
            return
        if link is None:
            self._lost()
            return
        self._link = link
        self.runner.hold_saves = False
        self._notifier = QSocketNotifier(self._link.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        self._say_here.start()
        was_online, self.online = self.online, True
        # Whatever was written while this window could not hear: read it all, never trusting
        # that every notification arrived.
        self._take_in()
        self._show()
        if not was_online:
            self.onlineChanged.emit(True)

    def _lost(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._link is not None:
            self._link.close()
            self._link = None
        self._say_here.stop()
        self.peers.clear()
        self.runner.hold_saves = True
        was_online, self.online = self.online, False
        self._show()
        if was_online:
            self.onlineChanged.emit(False)
        if not self._reconnect.isActive():
            self._reconnect.start()

    def close(self) -> None:
        """Tell the others this window is leaving, and let the connection go."""
        self._closed = True
        self._reconnect.stop()
        self._say_here.stop()
        if self._link is not None:
            with contextlib.suppress(LinkLost):  # leaving anyway
                self._link.say("bye", self.conference_id, self.author)
            self._link.close()
            self._link = None

    # News from the others

    def _read(self) -> None:
        try:
            messages = self._link.receive() if self._link is not None else []
        except LinkLost:
            self._lost()
            return
        news = False
        for message in messages:
            if message.conference_id != self.conference_id:
                continue
            if message.kind == "entry":
                news = True
            elif message.kind == "here":
                if message.session not in self.peers and self._link is not None:
                    self._safe_say("here")  # so a newcomer learns of us at once
                self.peers[message.session] = (message.name, message.role, time.monotonic())
            elif message.kind == "bye":
                self.peers.pop(message.session, None)
        if news:
            self._take_in()
        self._show()

    def _take_in(self) -> None:
        stage = self.runner.conference.current_stage
        self.runner.take_in(self.archive.catch_up)
        now = self.runner.conference.current_stage
        if now is not stage and self.author.role is not AuthorRole.CHAIR \
                and self._follow_stage is not None:
            self._follow_stage(now)  # the minute-taker's window follows the chair

    def _still_here(self) -> None:
        self._safe_say("here")
        cutoff = time.monotonic() - GONE_AFTER_S
        gone = [s for s, (_n, _r, heard) in self.peers.items() if heard < cutoff]
        for session in gone:
            del self.peers[session]
        if gone:
            self._show()

    def _safe_say(self, kind: str) -> None:
        try:
            if self._link is not None:
                self._link.say(kind, self.conference_id, self.author)
        except LinkLost:
            self._lost()

    # The status bar

    def others(self) -> list[str]:
        """Who else has this conference open, as the status bar names them."""
        return sorted({f"{name} ({_role_title(role)})" for name, role, _h in self.peers.values()})

    def _show(self) -> None:
        if not self.online and self._kept_in_memory_only:
            text = _("Offline: the server cannot be reached, and this laptop has no keyring "
                     "to keep your changes in. Keep cpmeeting open until the server is back: "
                     "they are sent then.")
        elif not self.online:
            text = _("Offline: the server cannot be reached. Your changes are kept on this "
                     "laptop and sent when it is back.")
        elif self.peers:
            text = _("Shared with {people}").format(people=", ".join(self.others()))
        else:
            text = _("Shared: nobody else has this conference open")
        self.label.setText(("⚠ " if not self.online else "⇄ ") + text)
        self.label.setToolTip(text)
        self.peersChanged.emit()
