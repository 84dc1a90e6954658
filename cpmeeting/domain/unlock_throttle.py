"""How long a locked window makes someone wait after wrong PINs or passphrases.

Five wrong tries in a row are free; the fifth starts a wait of 30 seconds, and each further
wrong try doubles it, up to 15 minutes. A right answer ends it. The time the wait ends is
kept, so closing cpmeeting does not reset it; a clock moved back never makes the wait longer
than the rule's own wait for that many tries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

FREE_TRIES = 5
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(minutes=15)


def wait_after(failures: int) -> timedelta:
    """The wait that follows this many wrong tries in a row."""
    if failures < FREE_TRIES:
        return timedelta(0)
    doublings = min(failures - FREE_TRIES, 10)  # (2**10 * 30 s is far past the longest)
    return min(FIRST_WAIT * 2**doublings, LONGEST_WAIT)


@dataclass(frozen=True)
class UnlockThrottle:
    """Wrong tries in a row, and when the wait they earned ends (None: no wait)."""

    failures: int = 0
    wait_until: datetime | None = None

    def remaining(self, now: datetime) -> timedelta:
        """How long is left to wait at now: never below zero, never above the rule's wait."""
        if self.wait_until is None:
            return timedelta(0)
        left = self.wait_until - now
        return max(timedelta(0), min(left, wait_after(self.failures)))

    def after_wrong_try(self, now: datetime) -> UnlockThrottle:
        """The throttle once one more wrong answer has been given at now."""
        failures = self.failures + 1
        wait = wait_after(failures)
        return UnlockThrottle(failures, now + wait if wait else None)

    @staticmethod
    def after_right_try() -> UnlockThrottle:
        return UnlockThrottle()
