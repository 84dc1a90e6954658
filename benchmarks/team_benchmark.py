"""Two laptops on one conference: how fast each sees the other's changes, and whether a storm
of changes from both ends with one record.

Two real window processes (tests/sharing/peer.py) on a PostgreSQL server of this run's own on
loopback. First the minute-taker types entries at two a second while the chair watches: the
time from the save to the entry appearing in the chair's minutes table (p50, p95, max; target
p95 at most 300 ms). For a reference measured in the same run, the same delay is printed for
a bare psycopg NOTIFY between two processes' connections (what the server itself costs).
Then a stress run: both windows apply random changes at once, with deliberate same-field
changes in between; at the end both windows, the server and a replay of the journal must hold
the same record, and the conflicts shown must equal the conflicts made.

Run: python benchmarks/team_benchmark.py [--entries 500] [--rate 2] [--operations 1000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "sharing"))

from two_windows import Peer, Server  # noqa: E402


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def bare_notify_ms(url: str, count: int = 200) -> list[float]:
    """The reference: pg_notify from one connection to a listening other, on this server."""
    import select
    import threading

    import psycopg
    from sqlalchemy.engine import make_url

    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    listener = psycopg.connect(plain, autocommit=True)
    listener.execute("LISTEN bench")
    sender = psycopg.connect(plain, autocommit=True)
    delays = []
    for number in range(count):
        sent = time.perf_counter()
        threading.Thread(target=sender.execute,
                         args=("SELECT pg_notify('bench', %s)", (str(number),))).start()
        select.select([listener.fileno()], [], [], 5)
        list(listener.notifies(timeout=0))
        delays.append((time.perf_counter() - sent) * 1000)
        time.sleep(0.005)
    listener.close()
    sender.close()
    return delays


def latency(server: Server, conference_id: str, entries: int, rate: float) -> None:
    chair = Peer(server.url, conference_id, "Helen Ashcombe", "chair", "laptop-1", watch=True)
    taker = Peer(server.url, conference_id, "Tom Notes", "minute_taker", "laptop-2")
    chair.wait_for(lambda s: "Tom Notes" in s["sharing"], "the chair sees the minute-taker")
    saved = {}
    try:
        for number in range(entries):
            text = f"Entry {number} typed by the minute-taker"
            started = time.time()
            saved[text] = taker.do("minute", text=text)["t"]
            time.sleep(max(0.0, 1 / rate - (time.time() - started)))
        chair.wait_for(lambda s: len(s["minutes"]) >= entries, "every entry at the chair", 60)
    finally:
        taker.close()
        chair.close()
    seen = dict(chair.seen)
    delays = [(seen[text] - t) * 1000 for text, t in saved.items() if text in seen]
    reference = bare_notify_ms(server.url)
    print(f"live update, save to the chair's minutes table: {len(delays)} of {entries} entries "
          f"at {rate:g} a second: p50 {percentile(delays, .5):.0f} ms, "
          f"p95 {percentile(delays, .95):.0f} ms, max {max(delays):.0f} ms (target p95 300 ms)")
    print(f"reference, a bare NOTIFY between two connections: p50 "
          f"{statistics.median(reference):.1f} ms, p95 {percentile(reference, .95):.1f} ms; "
          f"the window's p95 is {percentile(delays, .95) / percentile(reference, .95):.0f} x it")


def stress(server: Server, conference_id: str, operations: int) -> int:
    from cpmeeting.domain.conference import Conference
    from cpmeeting.interchange.codec import encode
    from cpmeeting.store import journal
    from cpmeeting.store.archive import Archive

    chair = Peer(server.url, conference_id, "Helen Ashcombe", "chair", "laptop-1")
    taker = Peer(server.url, conference_id, "Tom Notes", "minute_taker", "laptop-2")
    chair.wait_for(lambda s: "Tom Notes" in s["sharing"], "the chair sees the minute-taker")
    made = 0
    rounds = max(1, operations // 100)
    try:
        for round_number in range(rounds):
            # Both at once: each window's batch runs while the other's does.
            for window, share in ((chair, 0), (taker, 1)):
                window.process.stdin.write(
                    f'{{"do": "random", "count": {operations // rounds}, '
                    f'"seed": {round_number * 2 + share}, "share": {share}}}\n')
                window.process.stdin.flush()
            chair._answer()
            taker._answer()
            # A deliberate same-field change: the minute-taker has not heard the chair's yet.
            taker.do("hold_news")
            chair.do("set", field="venue", value=f"Room {round_number} (chair)", label="Venue")
            taker.do("set", field="venue", value=f"Room {round_number} (minute-taker)",
                     label="Venue")
            made += 1
            taker.wait_for(lambda s: s["question"], "the conflict question")
            taker.do("release_news")
            taker.do("answer", choice="mine" if round_number % 2 else "theirs")
        for window in (chair, taker):
            window.wait_for(lambda s: not s["pending"] and not s["question"], "all saved")
        time.sleep(1)
        chair_dump, taker_dump = chair.do("dump"), taker.do("dump")
    finally:
        chair.close()
        taker.close()
    with Archive.open(server.url) as archive:
        stored = encode(archive.load(conference_id), Conference)
        replayed = encode(journal.replay(archive.journal(conference_id)), Conference)
        entries = len(archive.journal(conference_id))
        problem = archive.check_journal(conference_id)
    shown = chair_dump["questions"] + taker_dump["questions"]
    same = chair_dump["record"] == taker_dump["record"] == stored == replayed
    print(f"stress: {entries} journal entries from two windows at once; the chair's window, "
          f"the minute-taker's, the server and a replay of the journal hold "
          f"{'the same record' if same else 'DIFFERENT records'}; journal "
          f"{'intact' if problem is None else problem}")
    print(f"conflicts made {made}, shown {shown}")
    return 0 if same and shown == made and problem is None else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=500)
    parser.add_argument("--rate", type=float, default=2.0, help="entries a second")
    parser.add_argument("--operations", type=int, default=1000, help="per window, stress run")
    args = parser.parse_args()
    import os
    import tempfile

    os.environ.setdefault("CPMEETING_DATA_DIR", tempfile.mkdtemp(prefix="cpmeeting-team-"))
    from cpmeeting.demo import blank_demo_conference
    from cpmeeting.store.archive import Archive

    server = Server()
    try:
        conferences = []
        for _run in range(2):
            conference = blank_demo_conference(date.today())
            with Archive.open(server.url) as archive:
                archive.save(conference, label="Conference created")
            conferences.append(conference.id)
        latency(server, conferences[0], args.entries, args.rate)
        return stress(server, conferences[1], args.operations)
    finally:
        server.remove()


if __name__ == "__main__":
    sys.exit(main())
