"""Time writing and reading interchange files: the demo, and a long one (20,000 minute entries).

Run: python benchmarks/interchange_speed.py   (prints median times and file sizes)
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cpmeeting.demo import demo_conference  # noqa: E402
from cpmeeting.domain.minutes import MinuteEntry  # noqa: E402
from cpmeeting.interchange.document import from_json, to_json  # noqa: E402


def median_ms(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def long_conference(entries: int):
    conference = demo_conference(date(2026, 11, 23))
    first = conference.minutes[0]
    conference.minutes = [
        MinuteEntry(f"Entry {i}: " + "The conference heard about the week at school. " * 4,
                    first.stage, first.at + timedelta(seconds=i), first.speaker_id)
        for i in range(entries)
    ]
    return conference


def main() -> None:
    for label, conference, repeat in (("demo", demo_conference(date(2026, 11, 23)), 20),
                                      ("20,000 entries", long_conference(20_000), 3)):
        text = to_json(conference)
        write = median_ms(lambda c=conference: to_json(c), repeat)
        read = median_ms(lambda t=text: from_json(t), repeat)
        print(f"{label:>15}: {len(text.encode()) / 1024:8.0f} KiB  write {write:8.1f} ms  "
              f"read+check {read:8.1f} ms")


if __name__ == "__main__":
    main()
