"""Time the start screen's ordering when conferences are grouped by case, against the plain
upcoming-first order it replaced, on 5,000 conferences (chains of three, and single ones).

Run: python benchmarks/case_list_benchmark.py   (prints median times and the ratio)
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cpmeeting.domain.kinds import ConferenceKind, ConferenceStatus  # noqa: E402
from cpmeeting.domain.summary import (  # noqa: E402
    ConferenceSummary,
    case_places,
    grouped_by_case,
    upcoming_first,
)

TODAY = date(2027, 1, 15)


def summaries(count: int) -> list[ConferenceSummary]:
    rows = []
    for n in range(count):
        case = f"case{n // 3}" if n % 2 == 0 else ""  # half in chains, half alone
        rows.append(ConferenceSummary(
            f"c{n}", ConferenceKind.REVIEW, TODAY + timedelta(days=(n * 37) % 900 - 450),
            ConferenceStatus.SCHEDULED, f"Child {n}", "", datetime(2027, 1, 1), case_id=case))
    return rows


def median_ms(action, repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    rows = summaries(5000)
    plain = median_ms(lambda: upcoming_first(rows, TODAY))
    grouped = median_ms(lambda: (grouped_by_case(rows, TODAY), case_places(rows)))
    print(f"5,000 conferences: upcoming first {plain:.1f} ms (reference), "
          f"grouped by case with places {grouped:.1f} ms, ratio {grouped / plain:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
