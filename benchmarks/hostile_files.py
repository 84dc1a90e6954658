"""Hostile files: 10,000 broken files given to import-json, profile import and translation import.

The examples are those of tests/hostile/hostile_files.py (a quarter for each of import-json,
profile import, XLIFF and PO), run in process against one open encrypted archive in a
temporary folder. Prints, per target: tried, accepted, refused, tracebacks, refusals with
nothing said, refusals that do not name the broken field, and refusals after which the archive
changed (a hash of every row, the journal's chained hashes among them). The target is 0 in the
last four. Also the time per example against importing the unbroken file (the reference,
measured the same way in the same run).
Run: python benchmarks/hostile_files.py [--examples 10000] [--seed N] [--show 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "hostile"))

import keyring  # noqa: E402
from store_benchmark import BenchmarkKeyring  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000, help="in all, over 4 targets")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--show", type=int, default=3, help="failures to print per kind")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="cpmeeting-hostile-"))
    os.environ["CPMEETING_DATA_DIR"] = str(folder / "data")
    keyring.set_keyring(BenchmarkKeyring())

    from hostile_files import (
        TARGETS,
        Breakage,
        Tally,
        command_for,
        fingerprint,
        judge,
        make_samples,
        run_examples,
    )

    from cpmeeting.store.archive import Archive

    archive = Archive.open()
    samples = make_samples(archive, folder)
    file = folder / "hostile"
    per_target = args.examples // len(TARGETS)
    failed = 0

    for target in TARGETS:
        original = {"import-json": None, "profile import": None,
                    "translation xliff": samples.xliff, "translation po": samples.po}[target]
        if original is None:
            import json

            original = json.dumps(samples.conference if target == "import-json"
                                  else samples.profile).encode()
        file.write_bytes(original)
        reference = Tally()
        started = time.perf_counter()
        before = fingerprint(archive)
        for _ in range(5):
            before = judge(reference, archive, before, command_for(target, samples, file),
                           Breakage("unbroken"), samples)
        reference_s = (time.perf_counter() - started) / 5
        tally = Tally()
        started = time.perf_counter()
        run_examples(target, samples, archive, file, tally, per_target, args.seed)
        each = (time.perf_counter() - started) / max(tally.tried, 1)
        print(tally.line(target))
        print(f"{'':18} {each * 1000:.0f} ms per example; importing the unbroken file "
              f"{reference_s * 1000:.0f} ms (ratio {each / reference_s:.1f})")
        for kind in ("tracebacks", "silent", "unnamed", "changed"):
            for text in getattr(tally, kind)[:args.show]:
                print(f"  {kind}: {text}")
        failed += tally.failed
    archive.close()
    print(f"examples {per_target * len(TARGETS)}, failed {failed}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
