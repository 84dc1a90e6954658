"""Store benchmark: an encrypted archive of 5,000 invented conferences.

Prints the fill time and file size, then median and p99 for saving one new minute entry into
an open conference (target 5 ms) and for loading one whole conference (target 50 ms).

The journal, measured in the same run: the save of a minute entry with its journal entry, the
same save with the journal switched off (the save of before the journal), and the
whole-record diff that every save makes; the journal's own cost (the difference of the first
two) is printed as a ratio to the diff. The archive's size is printed with the journal and
without it (a copy with the journal emptied and vacuumed).
Run: python benchmarks/store_benchmark.py [--conferences N]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import types
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from cpmeeting.domain.analysis import AnalysisHeading, AnalysisItem, Scaling  # noqa: E402
from cpmeeting.domain.conference import Child, Conference, ConferenceKind  # noqa: E402
from cpmeeting.domain.contribution import AgencyContribution  # noqa: E402
from cpmeeting.domain.decision import Category, Decision, Outcome, ParticipantView  # noqa: E402
from cpmeeting.domain.exclusion import Exclusion, ExclusionGround  # noqa: E402
from cpmeeting.domain.minutes import MinuteEntry  # noqa: E402
from cpmeeting.domain.operations import AddRecord  # noqa: E402
from cpmeeting.domain.people import AttendanceStatus, Invitee, Presence, Role  # noqa: E402
from cpmeeting.domain.plan import PlanAction, PlanOutcome  # noqa: E402
from cpmeeting.domain.stages import Stage  # noqa: E402
from cpmeeting.domain.voice import ChildsView, ParticipationCode  # noqa: E402

GIVEN = ["Amy", "Ben", "Cara", "Dev", "Ella", "Finn", "Gita", "Hal", "Iris", "Jon"]
FAMILY = ["Marwick", "Oduya", "Penrose", "Quayle", "Rudd", "Sallow", "Tarrant", "Ulwin"]
SENTENCE = ("The health visitor reported that the home conditions had improved since the last "
            "visit, although appointments at the clinic were still being missed. ")


class BenchmarkKeyring(KeyringBackend):
    """In memory, for the benchmark only."""

    priority = -1
    viable = False
    passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username), None)


def invented_conference(rng: random.Random, n: int) -> Conference:
    """A realistic size: 2 children, 12 invitees, 60 minute entries, 10 actions, ..."""
    day = date(2020, 1, 6) + timedelta(days=n % 2000)
    start = datetime.combine(day, datetime.min.time()) + timedelta(hours=10)
    family = rng.choice(FAMILY)
    children = [Child(rng.choice(GIVEN), family, date(2012 + i * 3, 1 + n % 12, 1))
                for i in range(2)]
    roles = [Role.CHAIR, Role.MINUTE_TAKER, Role.PARENT, Role.PARENT, Role.SOCIAL_WORKER,
             *[Role.PRACTITIONER] * 6, Role.ADVOCATE]
    invitees = [Invitee(f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", role, agency="Agency",
                        attendance=AttendanceStatus.PRESENT,
                        presence=[Presence(start, start + timedelta(minutes=90))])
                for role in roles]
    ids = [p.id for p in invitees]
    outcomes = [PlanOutcome(SENTENCE[:60], "Measured monthly", day + timedelta(days=90),
                            [children[i % 2].id]) for i in range(3)]
    conference = Conference(
        kind=ConferenceKind.REVIEW if n % 3 else ConferenceKind.INITIAL, date=day,
        venue="Civic Centre", children=children, invitees=invitees,
        exclusions=[Exclusion(ids[3], {ExclusionGround.FAMILY_CONFLICT}, evidence=SENTENCE)],
        childs_views=[ChildsView(c.id, ParticipationCode.PN6, own_words=SENTENCE)
                      for c in children],
        contributions=[AgencyContribution(i, summary=SENTENCE * 3) for i in ids[4:10]],
        analysis=[AnalysisItem(rng.choice(list(AnalysisHeading)[:3]), SENTENCE)
                  for _ in range(10)],
        scaling=[Scaling(i, children[0].id, rng.randint(0, 10)) for i in ids[4:10]],
        participant_views=[ParticipantView(i, c.id, Outcome.CHILD_PROTECTION_PLAN,
                                           {Category.NEGLECT})
                           for i in ids[4:10] for c in children],
        decisions=[Decision(c.id, True, Outcome.CHILD_PROTECTION_PLAN, {Category.NEGLECT},
                            reasons=SENTENCE) for c in children],
        minutes=[MinuteEntry(SENTENCE * rng.randint(1, 3), rng.choice(list(Stage)),
                             start + timedelta(minutes=i), speaker_id=rng.choice(ids))
                 for i in range(60)],
    )
    conference.plan.outcomes = outcomes
    conference.plan.actions = [PlanAction(SENTENCE[:80], owner_id=rng.choice(ids),
                                          due=day + timedelta(days=30), outcome_id=outcomes[i % 3].id)
                               for i in range(10)]
    return conference


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(name: str, seconds: list[float], target_ms: float) -> None:
    ms = [s * 1000 for s in seconds]
    print(f"{name}: median {statistics.median(ms):.2f} ms, p99 {percentile(ms, 0.99):.2f} ms "
          f"(target {target_ms:g} ms, n={len(ms)})")


def size_without_journal(database: Path) -> int:
    """The size of a copy of the archive with its journal emptied and vacuumed."""
    from sqlalchemy import delete, text

    from cpmeeting.store import schema
    from cpmeeting.store.archive import Archive

    copy = database.with_name("without-journal.db")
    with Archive.open() as archive, archive.engine.connect() as connection:
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    shutil.copyfile(database, copy)
    with Archive.open(f"sqlite+pysqlcipher://:x@/{copy}") as archive:
        with archive.engine.begin() as connection:
            connection.execute(delete(schema.journal))
        with archive.engine.connect() as connection:
            connection.execute(text("VACUUM"))
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    size = sum(p.stat().st_size for p in copy.parent.glob(copy.name + "*"))
    for p in copy.parent.glob(copy.name + "*"):
        p.unlink()
    return size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conferences", type=int, default=5000)
    parser.add_argument("--keep", action="store_true", help="keep the archive's temp folder")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="cpmeeting-bench-")
    os.environ["CPMEETING_DATA_DIR"] = folder
    keyring.set_keyring(BenchmarkKeyring())
    from cpmeeting.store.archive import Archive
    from cpmeeting.store.engine import default_database
    from cpmeeting.store.rows import conference_rows

    rng = random.Random(2026)
    archive = Archive.open()
    ids: list[str] = []
    built = written = 0.0
    for batch_start in range(0, args.conferences, 250):
        t0 = time.perf_counter()
        batch = [invented_conference(rng, n)
                 for n in range(batch_start, min(args.conferences, batch_start + 250))]
        t1 = time.perf_counter()
        archive.save_many(batch)
        written += time.perf_counter() - t1
        built += t1 - t0
        ids.extend(c.id for c in batch)
    archive.close()  # forget the snapshots: measure as a fresh session would
    print(f"fill: {len(ids)} conferences written in {written:.1f} s "
          f"(plus {built:.1f} s building them in Python)")

    archive = Archive.open()
    conference = archive.load(rng.choice(ids))
    saves, bare_saves, diffs = [], [], []
    without_journal = types.MethodType(lambda self, *args: args[4], archive)
    with_journal = archive._journal_rows
    for i in range(600):
        # Interleaved, so that a busy moment of the machine falls on all three alike.
        entry = AddRecord("Add minute entry", "minutes",
                          MinuteEntry(f"{SENTENCE} ({i})", Stage.PLAN, datetime.now()))
        bare = i % 3 == 1
        archive._journal_rows = without_journal if bare else with_journal
        t0 = time.perf_counter()
        entry.apply(conference)
        archive.save(conference, [] if bare else [entry])
        (bare_saves if bare else saves).append(time.perf_counter() - t0)
        if i % 3 == 2:
            t0 = time.perf_counter()
            _ = conference_rows(conference, None) != archive._written[conference.id]
            diffs.append(time.perf_counter() - t0)
    archive._journal_rows = with_journal
    loads = []
    for conference_id in rng.sample(ids, 200):
        t0 = time.perf_counter()
        archive.load(conference_id)
        loads.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    found = archive.list_conferences("marwick")
    listing = time.perf_counter() - t0
    archive.close()

    report("save one new minute entry, with its journal entry", saves, 5)
    report("the same save with the journal switched off", bare_saves, 5)
    report("the whole-record diff inside every save", diffs, 5)
    added = statistics.median(saves) - statistics.median(bare_saves)
    print(f"the journal's own cost: {added * 1000:.2f} ms a save, "
          f"{added / statistics.median(diffs):.2f} x the whole-record diff (target at most 1)")
    report("load one whole conference", loads, 50)
    print(f"list with search: {len(found)} of {len(ids)} in {listing * 1000:.1f} ms")
    database = default_database()
    size = sum(p.stat().st_size for p in database.parent.glob(database.name + "*"))
    print(f"file size with the journal: {size / 1e6:.1f} MB "
          f"({size / len(ids) / 1e3:.0f} kB per conference)")
    bare_size = size_without_journal(database)
    print(f"file size without the journal (a copy, journal emptied and vacuumed): "
          f"{bare_size / 1e6:.1f} MB; the journal adds {(size - bare_size) / 1e6:.1f} MB "
          f"({size / bare_size:.2f} x)")
    if args.keep:
        print(f"kept: {folder}")
    else:
        shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
