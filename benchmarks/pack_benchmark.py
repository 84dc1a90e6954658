"""Build and sign the whole pack for a large invented conference; print seconds and pages.

6 children, 30 invitees, 400 minute entries, 40 actions; the pack is the professionals'
minutes and plan plus a family copy of each for the mother (target: 2 s on 2 cores).
Run: python benchmarks/pack_benchmark.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def main(runs: int = 5) -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["CPMEETING_DATA_DIR"] = str(Path(folder) / "data")
        from factories import large_conference

        from cpmeeting.documents.pack import build_pack
        from cpmeeting.documents.signing import chair_key
        from cpmeeting.domain.copies import Audience
        from cpmeeting.domain.profile import AuthorityProfile
        from cpmeeting.domain.signoff import sign

        conference = large_conference(children=6, invitees=30, entries=400, actions=40)
        profile = AuthorityProfile()
        sign(conference, profile, "Imogen Castellane", "Independent chair",
             datetime(2026, 11, 20, 12, 5), waiver_reason="Benchmark record.")
        started = time.perf_counter()
        key = chair_key("Imogen Castellane", profile.name, passphrase="benchmark")
        key_seconds = time.perf_counter() - started
        mother = next(p for p in conference.invitees if p.relationship == "Mother")
        copies = [Audience.professionals(), Audience.family(mother.id)]
        timings, cpu, result = [], [], None
        for run in range(runs):
            started, started_cpu = time.perf_counter(), time.process_time()
            result = build_pack(conference, profile, Path(folder) / f"pack{run}", copies, key)
            timings.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        print(f"conference: {len(conference.children)} children, {len(conference.invitees)} "
              f"invitees, {len(conference.minutes)} minute entries, "
              f"{len(conference.plan.actions)} actions")
        print(f"chair key made on first use: {key_seconds:.3f} s")
        print(f"pack: {len(result.files)} signed files, {result.pages} pages")
        print(f"first build (cold imports): {timings[0]:.2f} s")
        print(f"median of {runs}: {statistics.median(timings):.2f} s wall, "
              f"{statistics.median(cpu):.2f} s CPU  (target 2 s; wall time suffers when "
              f"other processes share the cores)")


if __name__ == "__main__":
    main()
